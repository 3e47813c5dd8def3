package org.otexplorer.engine;

/**
 * Unbalanced entropic OT with a KL marginal penalty τ (Chizat, Peyré, Schmitzer, Vialard 2018, "Scaling
 * algorithms for unbalanced optimal transport problems"), in the log domain. It minimises
 * {@code <C,P> + ε KL(P | a⊗b) + τ KL(P1 | a) + τ KL(Pᵀ1 | b)} over P ≥ 0, with the plan
 * {@code P_ij = exp((f_i + g_j − C_ij)/ε)} in the math.md §0 convention. The updates are the balanced
 * c-transforms damped by κ = τ/(τ+ε):
 * {@code f_i ← ε log a_i − κ ε LSE_j((g_j − C_ij)/ε)}, {@code g_j ← ε log b_j − κ ε LSE_i((f_i − C_ij)/ε)}:
 * exact block minimisation of the dual {@link EntropicDual#unbalanced} ψ, whose gradient is
 * {@code (P1 − ã, Pᵀ1 − b̃)} with the marginals the potentials demand, {@code ã_i = a_i exp(−(f_i − ε log a_i)/τ)}.
 * As τ → ∞, κ → 1 and this is balanced Sinkhorn. At the optimum ã = P1, which is
 * {@code f_i − ε log a_i = −τ log((P1)_i / a_i)} (and likewise for g).
 *
 * <p>Stops when that optimality residual {@code ||P1 − ã||₁ + ||Pᵀ1 − b̃||₁} (the recorded history; the column
 * part is zero after each g-update; see {@link UnbalancedScheme}) is at most the tolerance. Sinkhorn contracts by about κ per iteration, so as
 * ε/τ → 0 it crawls; when the rate stalls, Newton steps on ψ finish the solve (math.md §2.4,
 * {@link SolverSettings#withNewton(boolean)}). The reported marginal error is against a, b and is not zero by
 * design; the objective is the one above. Weights need not sum to 1. With ε-scaling, each stage is such a solve.
 */
public final class UnbalancedSinkhornSolver extends NamedSolver {
    public static final String ID = "unbalanced";
    public UnbalancedSinkhornSolver() {
        super(ID, true, "Unbalanced OT: marginals enforced softly by a KL penalty of weight τ.",
                java.util.List.of(SolverParameters.EPSILON, SolverParameters.TAU, SolverParameters.TOLERANCE,
                        SolverParameters.MAX_ITERATIONS, SolverParameters.EPSILON_SCALING, SolverParameters.NEWTON));
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        return solve(problem, settings, monitor, IterateSink.NONE);
    }

    /** Solves, handing every checked iterate to {@code sink} ({@link StepThrough}). */
    TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor, IterateSink sink) {
        EntropicSolverSupport.validateSettings(problem, settings);
        double tau = settings.tau();
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("tau (the KL marginal penalty) must be a finite number > 0, got " + tau);
        }
        EntropicSolverSupport.requirePositive(problem.sourceWeights(), "source");
        EntropicSolverSupport.requirePositive(problem.targetWeights(), "target");
        if (settings.epsilonScaling()) {
            return EpsilonScaling.solve(this, problem, settings, monitor);
        }
        double eps = EntropicSolverSupport.usableEpsilon(problem, settings);
        TransportResult r = SinkhornLoop.run(ID, new UnbalancedScheme(problem, settings, eps), problem, settings, eps,
                monitor, sink);
        return r.toBuilder().objective(objective(problem, r.plan(), eps, tau)).marginalsPenalised(true).build(problem);
    }

    /** {@code <C,P> + ε KL(P | a⊗b) + τ KL(P1 | a) + τ KL(Pᵀ1 | b)}. */
    static double objective(TransportProblem problem, TransportPlan plan, double eps, double tau) {
        double[] a = problem.sourceWeights();
        double[] b = problem.targetWeights();
        return plan.entropicObjective(problem, eps) + tau * kl(plan.rowSums(), a) + tau * kl(plan.columnSums(), b);
    }

    private static double kl(double[] p, double[] q) {
        double s = 0;
        for (int k = 0; k < p.length; k++) {
            s += (p[k] > 0 ? p[k] * Math.log(p[k] / q[k]) : 0) - p[k] + q[k];
        }
        return s;
    }
}
