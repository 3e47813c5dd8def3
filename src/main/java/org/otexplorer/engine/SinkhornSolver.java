package org.otexplorer.engine;

/**
 * Stabilized Sinkhorn in scaling form (Schmitzer 2019, "Stabilized sparse scaling algorithms for entropy
 * regularized transport problems", absorption of large scalings into the potentials). The plan is
 * {@code P = diag(u) K̃ diag(v)} with the kernel {@code K̃_ij = exp((f_i + g_j − C_ij)/ε)} taken relative to
 * the absorbed potentials f, g; the scaling updates {@code u = a/(K̃v)}, {@code v = b/(K̃ᵀu)} need no
 * exp. When a scaling leaves [1e-50, 1e50] it is absorbed ({@code f += ε log u}, {@code g += ε log v},
 * {@code u = v = 1}) and the kernel is recomputed; when a row or column sum under- or overflows, that
 * step is redone as an exact log-domain iteration (and the result says so in a warning). When the rate
 * stalls (a plan near a split, common at small ε), Newton steps on the dual finish the solve (math.md §2.4;
 * {@link SolverSettings#withNewton(boolean)} turns this off).
 *
 * <p>The kernel is stored as one array per row (C2 vectorises the column accumulation over a whole
 * array, not over an offset slice of a flat one); see {@link ScalingScheme} for one iteration. The iterate
 * checked for convergence is {@code (u_new, v_old)}, whose rows are exact (as in OTT), so its marginal error is
 * the column error {@code Σ_j |v_j (K̃ᵀu)_j − b_j|}, known at the end of the sweep. Reported potentials follow
 * math.md §0: {@code f_i + ε log u_i} and {@code g_j + ε log v_j}.
 */
public final class SinkhornSolver extends NamedSolver {
    public static final String ID = "sinkhorn";

    public SinkhornSolver() {
        super(ID, true, "Entropic OT by stabilized scaling Sinkhorn; falls back to the log domain when ε is tiny.",
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
        return SinkhornLoop.run(ID, new ScalingScheme(ID, problem, settings, eps), problem, settings, eps, monitor, sink);
    }
}
