package org.otexplorer.engine;

import java.util.Arrays;

/**
 * IPOT, the inexact proximal point method for exact OT (Xie, Wang, Wang, Zha 2019; thesis Algorithm 1):
 * the proximal step {@code T ← argmin <C,T> + β KL(T | T_prev)} over couplings is an entropic problem
 * with kernel {@code Q = G ⊙ T_prev}, {@code G = exp(−C/β)}, solved inexactly by L Sinkhorn scalings
 * {@code δ = a/(Qσ)}, {@code σ = b/(Qᵀδ)}; then {@code T = diag(δ) Q diag(σ)}. It starts from
 * {@code T = 1 1ᵀ}, β = {@link SolverSettings#beta()}, L = {@link SolverSettings#innerIterations()}.
 * It converges to an exact optimum (not to an entropic plan), so the result reports ε = 0, objective =
 * transport cost, and no potentials: the scalings δ, σ of a proximal step are not dual variables of the
 * exact problem, and their cumulative logarithms diverge as T sharpens, so f and g are {@code null}.
 *
 * <p>The marginal error {@code ||T1 − a||₁ + ||Tᵀ1 − b||₁} is reported after every proximal step. Stops when
 * it is at most the tolerance and the transport cost changed by at most tolerance × max(1, |cost|) over the
 * last step, or at the iteration limit (counted in proximal steps).
 *
 * <p>Numerics: G is formed relative to the row minima of C (a row factor that δ absorbs); a β so small that a
 * row's cost range exceeds {@code 700 β} is refused up front, because exp would underflow. If the scalings
 * still leave the floating-point range later (weights near underflow), the last finite plan is returned with
 * {@link StopReason#NUMERICAL_BREAKDOWN} and a warning, never NaN.
 */
public final class IpotSolver extends NamedSolver {
    public static final String ID = "ipot";
    /** exp(−x) is comfortably above underflow for x up to this. */
    private static final double MAX_EXPONENT = 700;

    public IpotSolver() {
        super(ID, false);
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        problem.requireBalanced();
        settings.requireValidStopping();
        double beta = settings.beta();
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("IPOT's beta must be a finite number > 0, got " + beta);
        }
        if (settings.innerIterations() < 1) {
            throw new IllegalArgumentException("IPOT's inner iterations must be >= 1, got " + settings.innerIterations());
        }
        long start = System.nanoTime();
        int n = problem.n();
        int m = problem.m();
        double[] a = problem.sourceWeights();
        double[] b = problem.targetWeights();
        double[] g = proximalKernel(problem, beta);
        double[] t = new double[n * m];
        Arrays.fill(t, 1.0);
        double[] q = new double[n * m];
        double[] next = new double[n * m];
        double[] delta = new double[n];
        double[] sigma = new double[m];
        Arrays.fill(sigma, 1.0 / m);
        IterationHistory history = new IterationHistory();
        StopReason reason = StopReason.MAX_ITERATIONS;
        double previousCost = Double.NaN;
        int it = 0;
        while (it < settings.maxIterations()) {
            if (monitor.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            if (!proximalStep(g, t, q, delta, sigma, a, b, settings.innerIterations(), next)) {
                reason = StopReason.NUMERICAL_BREAKDOWN;
                break;
            }
            double[] swap = t;
            t = next;
            next = swap;
            it++;
            TransportPlan plan = new TransportPlan(n, m, t);
            double error = plan.marginalError(a, b);
            double cost = plan.transportCost(problem);
            history.add(error);
            monitor.iteration(it, error);
            boolean settled = Math.abs(cost - previousCost) <= settings.tolerance() * Math.max(1, Math.abs(cost));
            previousCost = cost;
            if (error <= settings.tolerance() && settled) {
                reason = StopReason.CONVERGED;
                break;
            }
        }
        TransportResult.Builder result = TransportResult.builder(ID)
                .epsilon(0)
                .plan(new TransportPlan(n, m, t.clone()))
                .marginalErrorHistory(history.toArray())
                .iterations(it)
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9);
        if (reason == StopReason.NUMERICAL_BREAKDOWN) {
            result.warning("IPOT's scalings left the floating-point range after " + it + " proximal steps (beta = "
                    + beta + " is too small for these weights and costs); the last finite plan is returned");
        }
        return result.build(problem);
    }

    /**
     * One proximal step of thesis Algorithm 1: {@code Q = G ⊙ T}, L scalings {@code δ = a/(Qσ)},
     * {@code σ = b/(Qᵀδ)} (σ carries over from the previous step, as in the thesis), then
     * {@code T' = diag(δ) Q diag(σ)} into {@code out}. Returns false, leaving {@code out} unusable, if a
     * scaling overflowed or a row or column of Q underflowed to zero.
     */
    private static boolean proximalStep(double[] g, double[] t, double[] q, double[] delta, double[] sigma,
                                        double[] a, double[] b, int inner, double[] out) {
        int n = a.length;
        int m = b.length;
        for (int k = 0; k < q.length; k++) {
            q[k] = g[k] * t[k];
        }
        for (int l = 0; l < inner; l++) {
            scale(q, n, m, sigma, a, delta);
            scaleTransposed(q, n, m, delta, b, sigma);
        }
        if (!LogDomainKernels.allFinite(delta) || !LogDomainKernels.allFinite(sigma)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int row = i * m;
            for (int j = 0; j < m; j++) {
                out[row + j] = delta[i] * q[row + j] * sigma[j];
            }
        }
        return LogDomainKernels.allFinite(out);
    }

    /** {@code G_ij = exp(−(C_ij − min_j C_ij)/β)}, refusing a β so small that a whole cell range underflows. */
    private static double[] proximalKernel(TransportProblem problem, double beta) {
        int n = problem.n();
        int m = problem.m();
        double[] c = problem.costArray();
        double[] g = new double[n * m];
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                min = Math.min(min, c[row + j]);
                max = Math.max(max, c[row + j]);
            }
            if ((max - min) / beta > MAX_EXPONENT) {
                throw new IllegalArgumentException("IPOT's beta = " + beta + " is too small for this cost range (row " + i
                        + " spans " + (max - min) + "); use beta >= " + (max - min) / MAX_EXPONENT);
            }
            for (int j = 0; j < m; j++) {
                g[row + j] = Math.exp(-(c[row + j] - min) / beta);
            }
        }
        return g;
    }

    /** {@code out_i = w_i / (Q s)_i}; a point of zero weight keeps scaling 0 (its row of T stays empty). */
    private static void scale(double[] q, int n, int m, double[] s, double[] w, double[] out) {
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += q[row + j] * s[j];
            }
            out[i] = w[i] == 0 ? 0 : w[i] / sum;
        }
    }

    /** {@code out_j = w_j / (Qᵀ s)_j}, accumulated row by row; 0 for a point of zero weight. */
    private static void scaleTransposed(double[] q, int n, int m, double[] s, double[] w, double[] out) {
        double[] sum = new double[m];
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double si = s[i];
            for (int j = 0; j < m; j++) {
                sum[j] += q[row + j] * si;
            }
        }
        for (int j = 0; j < m; j++) {
            out[j] = w[j] == 0 ? 0 : w[j] / sum[j];
        }
    }
}
