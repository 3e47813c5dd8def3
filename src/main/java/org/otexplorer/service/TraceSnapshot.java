package org.otexplorer.service;

import java.nio.file.Path;
import org.otexplorer.io.Scenario;
import org.otexplorer.regression.LossLandscape;

/**
 * The optimizer traces of a regression scenario as the trace panel shows them: the race snapshot and, for
 * two-parameter models, the loss landscape.
 *
 * @param race      every optimizer's trace
 * @param landscape the loss landscape, or {@code null} when the model has none (or it is not computed yet)
 */
public record TraceSnapshot(RaceView race, LossLandscape landscape) {

    /**
     * Races a scenario's optimizers to their end on the calling thread (headless export, tests); the traces equal
     * {@code otx fit}'s.
     *
     * @throws IllegalArgumentException when the scenario has no regression optimizers or its data are invalid
     */
    public static TraceSnapshot complete(Scenario scenario, Path baseDirectory) {
        if (scenario.regression() == null || scenario.regression().optimizers().isEmpty()) {
            throw new IllegalArgumentException("the trace view needs a scenario with regression.optimizers");
        }
        return OptimizerRace.runToEnd(scenario, baseDirectory);
    }
}
