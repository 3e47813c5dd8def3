package org.otexplorer.engine;

import java.util.Arrays;

/**
 * Exact log-domain Sinkhorn half-steps with max-shifted log-sum-exp (math.md §2.1), shared by the
 * log-domain solver (as its safe path) and the stabilized scaling solver (as its stabilization step).
 * All passes walk the row-major cost matrix row by row, split across cores.
 */
final class LogDomainKernels {
    /** {@code ln(Double.MIN_NORMAL)}: below it e^x is subnormal or zero. */
    static final double SUBNORMAL_EXPONENT = -708.3964;

    private LogDomainKernels() {
    }

    /**
     * {@code e^x}, or 0 where e^x would be subnormal (below 2.2e-308). Such a term cannot change a sum of terms
     * near 1 (every sweep here is shifted so), nor a plan entry by more than 2.2e-308, and {@code Math.exp} takes
     * about eight times longer on these arguments (measured: 70–85 ns against 9 ns per call): at small ε most of
     * a kernel's entries are there.
     */
    static double exp(double x) {
        return x < SUBNORMAL_EXPONENT ? 0 : Math.exp(x);
    }

    /** Row update {@code f_i ← ε log a_i − ε LSE_j((g_j − C_ij)/ε)}: afterwards every row sum is exact. */
    static void updateRows(double[] c, int n, int m, double eps, double[] g, double[] logA, double[] f) {
        rowLogSumExps(c, n, m, eps, g, f);
        for (int i = 0; i < n; i++) {
            f[i] = eps * logA[i] - f[i];
        }
    }

    /** {@code out_i = ε LSE_j((g_j − C_ij)/ε)} for every row, max-shifted: {@code log (P1)_i = (f_i + out_i)/ε}. */
    static void rowLogSumExps(double[] c, int n, int m, double eps, double[] g, double[] out) {
        ParallelLoops.forBlocks(n, ParallelLoops.blocks(n, m), (block, from, to) -> {
            BatchExp exp = new BatchExp(m);
            double[] terms = new double[m];
            for (int i = from; i < to; i++) {
                out[i] = rowLogSumExp(c, i * m, m, eps, g, exp, terms);
            }
        });
    }

    /**
     * {@code ε LSE_j((g_j − C_ij)/ε)} for the row starting at {@code row}, max-shifted; the exps a row at a time by
     * {@code exp} ({@link BatchExp}: vectorised, where {@code Math.exp} is a call per entry), {@code terms} its
     * scratch of at least m entries.
     */
    static double rowLogSumExp(double[] c, int row, int m, double eps, double[] g, BatchExp exp, double[] terms) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            max = Math.max(max, g[j] - c[row + j]);
        }
        double invEps = 1 / eps;
        for (int j = 0; j < m; j++) {
            terms[j] = (g[j] - c[row + j] - max) * invEps;
        }
        return max + eps * Math.log(exp.expAndSum(terms, terms, m));
    }

    /**
     * Column update {@code g_j ← ε log b_j − ε LSE_i((f_i − C_ij)/ε)}: afterwards every column sum is exact.
     * Two row-wise passes (column maxima, then shifted sums, a row of exps at a time by {@link BatchExp}) with
     * per-block buffers.
     */
    static void updateColumns(double[] c, int n, int m, double eps, double[] f, double[] logB, double[] g) {
        int blocks = ParallelLoops.blocks(n, m);
        double[][] max = new double[blocks][m];
        double[][] sum = new double[blocks][m];
        ParallelLoops.forBlocks(n, blocks, (block, from, to) -> {
            double[] mx = max[block];
            Arrays.fill(mx, Double.NEGATIVE_INFINITY);
            for (int i = from; i < to; i++) {
                int row = i * m;
                double fi = f[i];
                for (int j = 0; j < m; j++) {
                    mx[j] = Math.max(mx[j], fi - c[row + j]);
                }
            }
        });
        double[] colMax = max[0];
        for (int b = 1; b < blocks; b++) {
            for (int j = 0; j < m; j++) {
                colMax[j] = Math.max(colMax[j], max[b][j]);
            }
        }
        double invEps = 1 / eps;
        ParallelLoops.forBlocks(n, blocks, (block, from, to) -> {
            double[] s = sum[block];
            BatchExp exp = new BatchExp(m);
            double[] terms = new double[m];
            for (int i = from; i < to; i++) {
                int row = i * m;
                double fi = f[i];
                for (int j = 0; j < m; j++) {
                    terms[j] = (fi - c[row + j] - colMax[j]) * invEps;
                }
                exp.exp(terms, terms, m);
                for (int j = 0; j < m; j++) {
                    s[j] += terms[j];
                }
            }
        });
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int b = 0; b < blocks; b++) {
                s += sum[b][j];
            }
            g[j] = eps * logB[j] - colMax[j] - eps * Math.log(s);
        }
    }

    /** {@code P_ij = exp((f_i + g_j − C_ij)/ε)}, written into {@code out}. */
    static void plan(double[] c, int n, int m, double eps, double[] f, double[] g, double[] out) {
        ParallelLoops.forBlocks(n, ParallelLoops.blocks(n, m), (block, from, to) -> {
            for (int i = from; i < to; i++) {
                int row = i * m;
                double fi = f[i];
                for (int j = 0; j < m; j++) {
                    out[row + j] = exp((fi + g[j] - c[row + j]) / eps);
                }
            }
        });
    }

    /** Element-wise natural logarithm of positive weights. */
    static double[] logOf(double[] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Math.log(w[i]);
        }
        return out;
    }

    /** Whether every entry is finite. */
    static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
