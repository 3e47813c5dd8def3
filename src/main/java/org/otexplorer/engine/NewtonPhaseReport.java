package org.otexplorer.engine;

/** What a Newton phase (math.md §2.4) means for a solve's stop reason, and the warnings that say what happened. */
final class NewtonPhaseReport {
    private NewtonPhaseReport() {
    }

    /**
     * The stop reason a Newton phase ending this way gives the solve, or {@code null} when it failed and the
     * solve falls back to Sinkhorn.
     */
    static StopReason stopReason(SinkhornNewton.Status status) {
        return switch (status) {
            case CONVERGED -> StopReason.CONVERGED;
            case CANCELLED -> StopReason.CANCELLED;
            case PRECISION_LIMIT -> StopReason.NUMERICAL_BREAKDOWN;
            case LINE_SEARCH_FAILED, STALLED, STEP_LIMIT -> null;
        };
    }

    /**
     * The note that the solve switched, with the rate that triggered it, what Newton did and, when it failed, that
     * Sinkhorn continued.
     */
    static String switched(int sinkhornIterations, double rate, SinkhornNewton.Outcome outcome) {
        String note = String.format("the Sinkhorn rate stalled (%.6f per iteration after %d iterations): switched to "
                        + "Newton steps on the dual, %d step(s) with %d conjugate-gradient iterations, error %.3g",
                rate, sinkhornIterations, outcome.steps(), outcome.cgIterations(), outcome.error());
        String why = switch (outcome.status()) {
            case STEP_LIMIT -> "ran out of steps";
            case STALLED -> "stopped lowering the error far above round-off";
            case LINE_SEARCH_FAILED -> "found no step that lowers the dual objective";
            default -> null;
        };
        return why == null ? note : note + "; the Newton phase " + why + ", so Sinkhorn continued from its best iterate";
    }

    /**
     * The residual below which a Newton stall is the precision limit: {@code 64 max(2⁻⁵³ max|C|/ε, 2⁻⁵³ (n + m))}
     * times the total mass (every entry's relative rounding, or the summation's).
     */
    static double precisionFloor(TransportProblem problem, double eps, double mass) {
        return 64 * Math.max(EntropicSolverSupport.roundingLevel(problem, eps), 0x1p-53 * (problem.n() + problem.m()))
                * mass;
    }

    /** The warning that the residual stopped falling at the precision limit of double at this ε. */
    static String precisionLimit(TransportProblem problem, double eps, double error) {
        return String.format("Newton steps stopped lowering the error at %.3g: at epsilon = %.3g the plan "
                        + "exp((f + g - C)/epsilon) carries relative rounding errors of about 2^-53 max|C|/epsilon = "
                        + "%.2g, so double precision cannot meet the tolerance; not converged",
                error, eps, EntropicSolverSupport.roundingLevel(problem, eps));
    }
}
