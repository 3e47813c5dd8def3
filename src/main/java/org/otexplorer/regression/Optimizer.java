package org.otexplorer.regression;

import org.otexplorer.io.RegressionSpec.OptimizerSpec;

/**
 * An optimizer for regression without correspondence. Runs are synchronous on the caller's thread; they
 * report each iteration to the listener and honour the {@link RunControl} (pause, step, resume, cancel)
 * before every iteration. Make one with {@link Optimizers#create(String)}.
 */
public interface Optimizer {
    /** The method id of {@code otx fit} and scenario files. */
    String id();

    /**
     * Runs on the data with the spec's settings; all randomness comes from {@code seed}.
     *
     * @throws IllegalArgumentException for settings out of range (the message names them)
     */
    Trace run(RegressionData data, OptimizerSpec spec, long seed, TraceListener listener, RunControl control);
}
