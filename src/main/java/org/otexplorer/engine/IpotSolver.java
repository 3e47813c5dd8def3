package org.otexplorer.engine;

import java.util.Arrays;

/**
 * IPOT, the inexact proximal point method for exact OT (Xie, Wang, Wang, Zha 2019; thesis Algorithm 1):
 * the proximal step {@code T ← argmin <C,T> + β KL(T | T_prev)} over couplings is an entropic problem
 * with kernel {@code Q = G ⊙ T_prev}, {@code G = exp(−C/β)}, solved inexactly by L Sinkhorn scalings
 * {@code δ = a/(Qσ)}, {@code σ = b/(Qᵀδ)}; then {@code T = diag(δ) Q diag(σ)}. Converges to the exact
 * optimum (not to an entropic plan), so the result reports ε = 0 and no potentials.
 *
 * <p>Stops when the marginal error is at most the tolerance and the transport cost changed by at most
 * tolerance × max(1, |cost|) over the last outer iteration. G is formed relative to the row minima of C
 * (a row factor that δ absorbs), and β must keep the remaining cost range above exp's underflow.
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
            for (int k = 0; k < q.length; k++) {
                q[k] = g[k] * t[k];
            }
            for (int l = 0; l < settings.innerIterations(); l++) {
                scale(q, n, m, sigma, a, delta);
                scaleTransposed(q, n, m, delta, b, sigma);
            }
            for (int i = 0; i < n; i++) {
                int row = i * m;
                for (int j = 0; j < m; j++) {
                    t[row + j] = delta[i] * q[row + j] * sigma[j];
                }
            }
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
        return TransportResult.builder(ID)
                .epsilon(0)
                .plan(new TransportPlan(n, m, t.clone()))
                .marginalErrorHistory(history.toArray())
                .iterations(it)
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9)
                .build(problem);
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

    /** {@code out_i = w_i / (Q s)_i}. */
    private static void scale(double[] q, int n, int m, double[] s, double[] w, double[] out) {
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += q[row + j] * s[j];
            }
            out[i] = w[i] / sum;
        }
    }

    /** {@code out_j = w_j / (Qᵀ s)_j}, accumulated row by row. */
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
            out[j] = w[j] / sum[j];
        }
    }
}
