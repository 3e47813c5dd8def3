package org.otexplorer.regression;

import java.util.List;
import org.otexplorer.parameters.Parameter;

/**
 * An optimizer for regression without correspondence. Runs are synchronous on the caller's thread; they
 * report each iteration to the listener and honour the {@link RunControl} (pause, step, resume, cancel)
 * before every iteration. Make one with {@link Optimizers#create(String)}.
 */
public interface Optimizer {
    /** The method id of {@code otx fit} and scenario files. */
    String id();

    /** One sentence on what the method does (help texts). */
    String description();

    /** The declared parameters the method reads ({@link OptimizerParameters} or its own). */
    List<Parameter<?>> parameters();

    /**
     * Runs on the data with the given settings; all randomness comes from {@code seed}.
     *
     * @throws IllegalArgumentException for settings the data cannot take (the message names them)
     */
    Trace run(RegressionData data, OptimizerSettings settings, long seed, TraceListener listener, RunControl control);
}
