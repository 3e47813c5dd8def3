package org.otexplorer.engine;

/** Why a solver stopped. */
public enum StopReason {
    /** The marginal error reached the tolerance (or the exact method finished). */
    CONVERGED,
    /** The iteration limit was reached before the tolerance. */
    MAX_ITERATIONS,
    /** The caller cancelled through its {@link SolverMonitor}. */
    CANCELLED,
    /** The numbers broke down (overflow, NaN); the result holds the last good iterate. */
    NUMERICAL_BREAKDOWN
}
