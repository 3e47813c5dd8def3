package org.otexplorer.engine;

/**
 * Log-domain Sinkhorn (math.md §2.1): alternating exact c-transforms
 * {@code f_i ← ε log a_i − ε LSE_j((g_j − C_ij)/ε)} and {@code g_j ← ε log b_j − ε LSE_i((f_i − C_ij)/ε)}.
 * Stable for any ε > 0; warm-starts from given potentials; optional ε-scaling. When the rate stalls (a plan
 * near a split, common at small ε), Newton steps on the dual finish the solve (math.md §2.4;
 * {@link SolverSettings#withNewton(boolean)} turns this off).
 *
 * <p>Each iteration is one fused sweep over the cost matrix ({@link LogDomainScheme}): one exp per entry, the
 * marginal error of the iterate from the same pass.
 */
public final class LogDomainSinkhornSolver extends NamedSolver {
    public static final String ID = "sinkhorn-log";

    public LogDomainSinkhornSolver() {
        super(ID, true, "Entropic OT by log-domain Sinkhorn: slower per iteration, stable for any ε.",
                java.util.List.of(SolverParameters.EPSILON, SolverParameters.TOLERANCE, SolverParameters.MAX_ITERATIONS,
                        SolverParameters.EPSILON_SCALING, SolverParameters.NEWTON));
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        return solve(problem, settings, monitor, IterateSink.NONE);
    }

    /** Solves, handing every checked iterate to {@code sink} ({@link StepThrough}). */
    TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor, IterateSink sink) {
        EntropicSolverSupport.validate(problem, settings);
        if (settings.epsilonScaling()) {
            return EpsilonScaling.solve(this, problem, settings, monitor);
        }
        double eps = EntropicSolverSupport.usableEpsilon(problem, settings);
        return SinkhornLoop.run(ID, new LogDomainScheme(ID, problem, settings, eps), problem, settings, eps, monitor,
                sink);
    }
}
