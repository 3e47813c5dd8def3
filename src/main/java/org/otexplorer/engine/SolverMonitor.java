package org.otexplorer.engine;

/**
 * Progress reports and cancellation for long solves. Solvers call {@link #iteration} at each
 * marginal-error check and stop with {@link StopReason#CANCELLED} once {@link #isCancelled()} is true.
 * Implementations must be cheap and thread-safe: solvers call them from worker threads.
 */
public interface SolverMonitor {
    /** A monitor that ignores reports and never cancels. */
    SolverMonitor NONE = new SolverMonitor() { };

    /** Called after an iteration whose marginal error was evaluated. */
    default void iteration(int iteration, double marginalError) {
    }

    /** Whether the caller wants the solve stopped. */
    default boolean isCancelled() {
        return false;
    }
}
