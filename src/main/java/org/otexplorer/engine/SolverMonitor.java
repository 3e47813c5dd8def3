package org.otexplorer.engine;

/**
 * Progress reports and cancellation for long solves. Solvers call {@link #iteration} at each
 * marginal-error check (also after each Newton step of the dual) and stop with {@link StopReason#CANCELLED}
 * once {@link #isCancelled()} is true (polled inside the Newton phase's conjugate-gradient loop too).
 * Implementations must be cheap and thread-safe: solvers call them from worker threads.
 */
public interface SolverMonitor {
    /** A monitor that ignores reports and never cancels. */
    SolverMonitor NONE = new SolverMonitor() { };

    /** Called after an iteration whose marginal error was evaluated. */
    default void iteration(int iteration, double marginalError) {
    }

    /**
     * Called when a solve enters a phase, by name: {@code "sinkhorn"} at the start of the scaling iterations,
     * {@code "newton"} when it switches to Newton steps on the dual (math.md §2.4), {@code "sinkhorn"} again if
     * a Newton step failed and the iterations fell back. Iteration numbers continue across phases.
     */
    default void phase(String name) {
    }

    /** Whether the caller wants the solve stopped. */
    default boolean isCancelled() {
        return false;
    }
}
