package org.otexplorer.ui.transport;

import java.nio.file.Path;
import java.util.Objects;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.MovedSource;
import org.otexplorer.service.SolveView;

/**
 * The registration data a moving source cloud is computed from, made once per scenario data and reused for every
 * iterate (jobs on {@value #CHANNEL} only, one at a time).
 */
final class MovingSource {
    /** The channel the moved clouds are computed on (the newest iterate wins). */
    static final String CHANNEL = "transport.movingSource";

    private Object madeFor;
    private MovedSource source;

    /** The solve drawn with its source cloud moved by Θ (worker thread). */
    synchronized SolveView move(SolveView solved, Scenario scenario, Path base, double[][] theta) {
        Object key = java.util.Arrays.asList(scenario.data(), scenario.seed(), scenario.regression(), base);
        if (!Objects.equals(key, madeFor)) {
            source = MovedSource.of(scenario, base);
            madeFor = key;
        }
        return solved.withMovedSource(source.at(theta));
    }
}
