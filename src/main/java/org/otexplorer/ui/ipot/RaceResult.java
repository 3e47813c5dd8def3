package org.otexplorer.ui.ipot;

import java.util.List;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.io.Scenario;
import org.otexplorer.ipot.ConvergenceRace;
import org.otexplorer.ipot.PlanSparsity;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.service.Analysis;
import org.otexplorer.service.Job;

/**
 * The convergence race of thesis Fig. 2.2 and 2.4 for a scenario (math.md §16.1): IPOT at every (β, L) of the
 * section and Sinkhorn at every ε, each against the network simplex's exact plan, with the histograms a and b and
 * the frames (iterations) play and step walk through.
 *
 * @param a      the source histogram
 * @param b      the target histogram
 * @param race   the curves, the exact cost and plan
 * @param frames the iterations the panel steps through ({@link ConvergenceRace#ladder})
 */
record RaceResult(double[] a, double[] b, ConvergenceRace.Result race, int[] frames) {
    /** The race's analysis on the {@code ipot.race} channel. */
    static final Analysis<Scenario, RaceResult> ANALYSIS = new Analysis<>() {
        @Override
        public String channel() {
            return "ipot.race";
        }

        @Override
        public Job<RaceResult> job(Scenario s) {
            return context -> RaceResult.compute(s, context::isCancelled);
        }
    };

    static RaceResult compute(Scenario s, java.util.function.BooleanSupplier cancelled) {
        double[][] ab = IpotSection.histograms(s);
        TransportProblem p = IpotSection.problem(s);
        int budget = IpotSection.of(s).get(IpotSection.ITERATIONS);
        ConvergenceRace race = new ConvergenceRace(p, IpotSection.ipotSettings(s), IpotSection.epsilons(s), budget,
                PlanSparsity.DEFAULT_THRESHOLD);
        return new RaceResult(ab[0], ab[1], race.run(cancelled), ConvergenceRace.ladder(budget));
    }

    /** The part of a scenario the race depends on. */
    static Object inputs(Scenario s) {
        ParameterValues v = IpotSection.of(s);
        return List.of(histogramInputs(s), v.get(IpotSection.BETAS), v.get(IpotSection.INNER),
                v.get(IpotSection.EPSILONS), v.get(IpotSection.ITERATIONS));
    }

    /** The part of a scenario the histograms depend on. */
    static Object histogramInputs(Scenario s) {
        ParameterValues v = IpotSection.of(s);
        return List.of(v.get(IpotSection.HISTOGRAMS), v.get(IpotSection.BINS), v.get(IpotSection.COMPONENTS),
                "random".equals(v.get(IpotSection.HISTOGRAMS)) ? s.seed() : 0L, v.get(IpotSection.SOURCE_HISTOGRAM),
                v.get(IpotSection.TARGET_HISTOGRAM));
    }

    /** The frame (index into {@link #frames}) of an iteration: the last frame at or before it. */
    int frameOf(int iteration) {
        int k = 0;
        while (k + 1 < frames.length && frames[k + 1] <= iteration) {
            k++;
        }
        return k;
    }
}
