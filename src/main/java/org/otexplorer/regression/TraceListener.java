package org.otexplorer.regression;

/** Receives each iteration of a run as it happens (the explorer draws these live). Called on the run's thread. */
@FunctionalInterface
public interface TraceListener {
    /** Ignores everything. */
    TraceListener NONE = (method, entry) -> { };

    void onIteration(String method, TraceEntry entry);
}
