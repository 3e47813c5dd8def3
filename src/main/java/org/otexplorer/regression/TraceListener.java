package org.otexplorer.regression;

/** Receives each iteration of a run as it happens (the explorer draws these live). Called on the run's thread. */
@FunctionalInterface
public interface TraceListener {
    /** Ignores everything. */
    TraceListener NONE = (method, entry, parameters) -> { };

    /**
     * One iteration finished.
     *
     * @param method     the optimizer id
     * @param entry      the trace entry just recorded
     * @param parameters a copy of the Θ it reached (the listener may keep it)
     */
    void onIteration(String method, TraceEntry entry, double[][] parameters);

    /**
     * The run starts from Θ0 (before its first iteration; closed-form fits of a linear model have none).
     *
     * @param start a copy of Θ0 (the listener may keep it)
     */
    default void onStart(String method, double[][] start) {
    }
}
