package org.otexplorer.engine;

/**
 * Unbalanced entropic OT with a KL marginal penalty τ (Chizat, Peyré, Schmitzer, Vialard 2018, "Scaling
 * algorithms for unbalanced optimal transport problems"), in the log domain. It minimises
 * {@code <C,P> + ε KL(P | a⊗b) + τ KL(P1 | a) + τ KL(Pᵀ1 | b)} over P ≥ 0, with the plan
 * {@code P_ij = exp((f_i + g_j − C_ij)/ε)} in the math.md §0 convention. The updates are the balanced
 * c-transforms damped by κ = τ/(τ+ε):
 * {@code f_i ← ε log a_i − κ ε LSE_j((g_j − C_ij)/ε)}, {@code g_j ← ε log b_j − κ ε LSE_i((f_i − C_ij)/ε)};
 * as τ → ∞, κ → 1 and this is balanced Sinkhorn. At the fixed point
 * {@code f_i − ε log a_i = −τ log((P1)_i / a_i)} (and likewise for g).
 *
 * <p>Stops when the largest change of a potential in an iteration is at most tolerance × max(1, ε). The
 * reported marginal error is against a, b and is not zero by design; the objective is the one above.
 * Weights need not sum to 1.
 */
public final class UnbalancedSinkhornSolver extends NamedSolver {
    public static final String ID = "unbalanced";

    public UnbalancedSinkhornSolver() {
        super(ID, true, "Unbalanced OT: marginals enforced softly by a KL penalty of weight τ.",
                java.util.List.of(SolverParameters.EPSILON, SolverParameters.TAU, SolverParameters.TOLERANCE, SolverParameters.MAX_ITERATIONS));
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        settings.requirePositiveEpsilon();
        settings.requireValidStopping();
        settings.requireWarmStartFits(problem);
        double tau = settings.tau();
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("tau (the KL marginal penalty) must be a finite number > 0, got " + tau);
        }
        requirePositive(problem.sourceWeights(), "source");
        requirePositive(problem.targetWeights(), "target");
        long start = System.nanoTime();
        int n = problem.n();
        int m = problem.m();
        double eps = settings.epsilon();
        double kappa = tau / (tau + eps);
        double[] c = problem.costArray();
        double[] logA = LogDomainKernels.logOf(problem.sourceWeights());
        double[] logB = LogDomainKernels.logOf(problem.targetWeights());
        double[] f = settings.hasWarmStart() ? settings.initialF().clone() : new double[n];
        double[] g = settings.hasWarmStart() ? settings.initialG().clone() : new double[m];
        double[] previous = new double[Math.max(n, m)];
        IterationHistory history = new IterationHistory();
        StopReason reason = StopReason.MAX_ITERATIONS;
        int it = 0;
        while (it < settings.maxIterations()) {
            if (monitor.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            System.arraycopy(f, 0, previous, 0, n);
            LogDomainKernels.updateRows(c, n, m, eps, g, logA, f);
            double change = damp(f, logA, previous, eps, kappa);
            System.arraycopy(g, 0, previous, 0, m);
            LogDomainKernels.updateColumns(c, n, m, eps, f, logB, g);
            change = Math.max(change, damp(g, logB, previous, eps, kappa));
            it++;
            history.add(change);
            monitor.iteration(it, change);
            if (change <= settings.tolerance() * Math.max(1, eps)) {
                reason = StopReason.CONVERGED;
                break;
            }
        }
        TransportResult.Builder builder = EntropicSolverSupport.resultFromPotentials(ID, problem, eps, f, g);
        TransportResult partial = builder.build(problem);
        return partial.toBuilder()
                .objective(objective(problem, partial.plan(), eps, tau))
                .marginalErrorHistory(history.toArray())
                .iterations(it)
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9)
                .build(problem);
    }

    /**
     * Turns the balanced update {@code ε log w − ε LSE} (already in {@code x}) into the damped one
     * {@code ε log w − κ ε LSE}; returns the largest change against {@code previous}.
     */
    private static double damp(double[] x, double[] logW, double[] previous, double eps, double kappa) {
        double change = 0;
        for (int k = 0; k < x.length; k++) {
            double lse = eps * logW[k] - x[k];
            x[k] = eps * logW[k] - kappa * lse;
            change = Math.max(change, Math.abs(x[k] - previous[k]));
        }
        return change;
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

    private static void requirePositive(double[] w, String side) {
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] > 0)) {
                throw new IllegalArgumentException(side + " weight " + i + " is zero; unbalanced OT needs positive weights");
            }
        }
    }
}
