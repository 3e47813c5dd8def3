package org.otexplorer.service;

import java.util.List;
import org.otexplorer.regression.Trace;
import org.otexplorer.regression.TraceEntry;

/**
 * A snapshot of an {@link OptimizerRace}: every lane's trace so far, for the trace panel to draw.
 *
 * @param raceId  which race (a reset starts a new one)
 * @param lanes   one lane per optimizer of the scenario, in the scenario's order
 * @param running whether any lane is still running or waiting
 */
public record RaceView(long raceId, List<Lane> lanes, boolean running) {

    /**
     * One optimizer's run.
     *
     * @param label   the optimizer id, with its position when the scenario runs the same method twice
     * @param entries the iterations so far
     * @param path    the start Θ0 and Θ after each iteration as (θ1, θ2) for two-parameter models, else empty
     * @param summary the final summary once the run ended, else {@code null}
     * @param iterates Θ after each iteration (one per entry; {@code null} where an optimizer gave none), for views
     *                 that move the data with the fit
     */
    public record Lane(String label, List<TraceEntry> entries, List<double[]> path, Trace.Summary summary,
                       List<double[][]> iterates) {
        /** Where the lane stands, in a few words ("waiting", "running", or the stop reason and its detail). */
        public String state() {
            if (summary != null) {
                return summary.describe();
            }
            return entries.isEmpty() ? "waiting" : "running";
        }
    }
}
