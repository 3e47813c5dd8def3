package org.otexplorer.engine;

import java.util.Arrays;

/**
 * Log-domain Sinkhorn (math.md §2.1, OTT order): each iteration updates
 * {@code g_j ← ε log b_j − ε LSE_i((f_i − C_ij)/ε)} and then
 * {@code f_i ← ε log a_i − ε LSE_j((g_j − C_ij)/ε)}, so rows are exact after every iteration and the
 * marginal error is the column error. Stable for any ε > 0; warm-starts from given potentials.
 */
public final class LogDomainSinkhornSolver implements Solver {
    public static final String ID = "sinkhorn-log";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean isEntropic() {
        return true;
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        problem.requireBalanced();
        settings.requirePositiveEpsilon();
        settings.requireValidStopping();
        settings.requireWarmStartFits(problem);
        long start = System.nanoTime();
        int n = problem.n();
        int m = problem.m();
        double eps = settings.epsilon();
        double[] c = problem.costArray();
        double[] logA = logOf(problem.sourceWeights());
        double[] logB = logOf(problem.targetWeights());
        double[] f = settings.hasWarmStart() ? settings.initialF().clone() : new double[n];
        double[] g = settings.hasWarmStart() ? settings.initialG().clone() : new double[m];
        double[] history = new double[Math.min(settings.maxIterations(), 1 << 16)];
        int historySize = 0;
        double error = Double.POSITIVE_INFINITY;
        StopReason reason = StopReason.MAX_ITERATIONS;
        int it = 0;
        while (it < settings.maxIterations()) {
            if (monitor.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            updateColumns(c, n, m, eps, f, logB, g);
            updateRows(c, n, m, eps, g, logA, f);
            it++;
            error = columnError(c, n, m, eps, f, g, problem.targetWeights());
            if (historySize == history.length) {
                history = Arrays.copyOf(history, history.length * 2);
            }
            history[historySize++] = error;
            monitor.iteration(it, error);
            if (error <= settings.tolerance()) {
                reason = StopReason.CONVERGED;
                break;
            }
        }
        double[] plan = planFromPotentials(c, n, m, eps, f, g);
        return TransportResult.builder(ID)
                .epsilon(eps)
                .plan(new TransportPlan(n, m, plan))
                .potentials(f, g)
                .marginalErrorHistory(Arrays.copyOf(history, historySize))
                .iterations(it)
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9)
                .build(problem);
    }

    /** {@code P_ij = exp((f_i + g_j − C_ij)/ε)}. */
    static double[] planFromPotentials(double[] c, int n, int m, double eps, double[] f, double[] g) {
        double[] p = new double[n * m];
        for (int i = 0; i < n; i++) {
            int row = i * m;
            for (int j = 0; j < m; j++) {
                p[row + j] = Math.exp((f[i] + g[j] - c[row + j]) / eps);
            }
        }
        return p;
    }

    private static void updateColumns(double[] c, int n, int m, double eps, double[] f, double[] logB,
                                      double[] g) {
        double[] max = new double[m];
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            int row = i * m;
            for (int j = 0; j < m; j++) {
                max[j] = Math.max(max[j], f[i] - c[row + j]);
            }
        }
        double[] sum = new double[m];
        for (int i = 0; i < n; i++) {
            int row = i * m;
            for (int j = 0; j < m; j++) {
                sum[j] += Math.exp((f[i] - c[row + j] - max[j]) / eps);
            }
        }
        for (int j = 0; j < m; j++) {
            g[j] = eps * logB[j] - max[j] - eps * Math.log(sum[j]);
        }
    }

    private static void updateRows(double[] c, int n, int m, double eps, double[] g, double[] logA,
                                   double[] f) {
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                max = Math.max(max, g[j] - c[row + j]);
            }
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += Math.exp((g[j] - c[row + j] - max) / eps);
            }
            f[i] = eps * logA[i] - max - eps * Math.log(s);
        }
    }

    private static double columnError(double[] c, int n, int m, double eps, double[] f, double[] g, double[] b) {
        double[] col = new double[m];
        for (int i = 0; i < n; i++) {
            int row = i * m;
            for (int j = 0; j < m; j++) {
                col[j] += Math.exp((f[i] + g[j] - c[row + j]) / eps);
            }
        }
        double e = 0;
        for (int j = 0; j < m; j++) {
            e += Math.abs(col[j] - b[j]);
        }
        return e;
    }

    private static double[] logOf(double[] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Math.log(w[i]);
        }
        return out;
    }
}
