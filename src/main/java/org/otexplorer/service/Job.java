package org.otexplorer.service;

/**
 * One background computation of an analysis (a solve, an H-matrix spectrum, a sweep, an optimizer race, a
 * training run). It runs on a worker thread of the {@link ComputeService}, polls
 * {@link JobContext#isCancelled()} (solvers do through {@link org.otexplorer.engine.SolverMonitor}), reports
 * progress and may publish intermediate results; what it returns is delivered as the result, what it throws as
 * an error message.
 *
 * @param <R> the result (and intermediate result) type: plain data, never JavaFX
 */
@FunctionalInterface
public interface Job<R> {
    /** Computes on the calling (worker) thread. */
    R run(JobContext<R> context);
}
