package org.otexplorer.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The iterate of {@link LogDomainSinkhornSolver}: potentials and the sweep buffers. Each iteration is one fused
 * sweep over the cost matrix: the log-sum-exp of row i is shifted by the current {@code f_i}, so its terms are the
 * current plan's entries (at most 1, no max pass needed), and while the row is in cache the new plan's column sums
 * are accumulated (from the same exps, rescaled). Those column sums give both the marginal error of the iterate
 * (rows are exact after the f-update, as in OTT, where f is updated last) and the next g-update. Rows or columns
 * whose shifted sum under- or overflows are redone with an exact max-shifted log-sum-exp.
 */
final class LogDomainScheme implements SinkhornLoop.Scheme {
    /** A Newton phase costs about this many log-domain sweeps (each is one exp per entry, as a Newton pass). */
    static final int NEWTON_BREAK_EVEN = 200;
    /**
     * Terms {@code exp(x)} with x below this may be skipped (taken as 0): each is below e⁻⁶⁰ ≈ 8.8e-27 of the current
     * plan's entries, and a row (column) whose sum such terms could change by more than one rounding unit is redone
     * exactly, so the potentials are those of the exact sweep to round-off. The exact redo skips them.
     */
    static final double SKIP_BELOW = -60;
    /**
     * A row whose sampled share of terms above {@link #SKIP_BELOW} is at least this is exped by {@link BatchExp}, a
     * row with fewer by skipping: measured, the two cost the same per row at about a quarter of the terms kept.
     */
    static final double BATCH_FROM_KEPT = 0.25;
    /** Every this many exponents of a row are looked at to estimate its share of kept terms. */
    private static final int SAMPLE_STRIDE = 8;
    /** {@code e^SKIP_BELOW · 2⁵³}: a sum at least this times (the number of terms) is not changed by the skipped ones. */
    private static final double SAFE_SUM_PER_TERM = Math.exp(SKIP_BELOW) * 0x1p53;

    private final String id;
    private final TransportProblem problem;
    private final int n;
    private final int m;
    private final double eps;
    private final double[] c;
    private final double[] a;
    private final double[] b;
    private final double[] logA;
    private final double[] logB;
    private final double[] f;
    private final double[] g;
    private final double[][] colSums;
    private final double[][] rowBuffers;
    private final BatchExp[] exps;
    private final double[] col;
    private final double[] factorSums;
    private boolean columnsPending;

    /** The scheme for a solve whose results carry method {@code id}. */
    LogDomainScheme(String id, TransportProblem problem, SolverSettings settings, double eps) {
        this.id = id;
        this.problem = problem;
        n = problem.n();
        m = problem.m();
        this.eps = eps;
        c = problem.costArray();
        a = problem.sourceWeights().clone();
        b = problem.targetWeights().clone();
        logA = LogDomainKernels.logOf(a);
        logB = LogDomainKernels.logOf(b);
        f = settings.hasWarmStart() ? settings.initialF().clone() : new double[n];
        g = settings.hasWarmStart() ? settings.initialG().clone() : new double[m];
        int blocks = ParallelLoops.blocks(n, m);
        colSums = new double[blocks][m];
        rowBuffers = new double[blocks][m];
        exps = new BatchExp[blocks];
        for (int k = 0; k < blocks; k++) {
            exps[k] = new BatchExp(m);
        }
        col = new double[m];
        factorSums = new double[blocks];
    }

    @Override
    public double iterate() {
        if (columnsPending) {
            updateColumnsFromSums();
        }
        fusedSweep();
        double error = 0;
        for (int j = 0; j < m; j++) {
            error += Math.abs(col[j] - b[j]);
        }
        if (!Double.isFinite(error)) {
            // A column sum overflowed or vanished: recompute the columns exactly, then the rows.
            LogDomainKernels.updateColumns(c, n, m, eps, f, logB, g);
            LogDomainKernels.updateRows(c, n, m, eps, g, logA, f);
            columnsPending = false;
            return Double.NaN;
        }
        columnsPending = true;
        return error;
    }

    @Override
    public double[] f() {
        return f.clone();
    }

    @Override
    public double[] g() {
        return g.clone();
    }

    @Override
    public void restart(double[] fNew, double[] gNew) {
        System.arraycopy(fNew, 0, f, 0, n);
        System.arraycopy(gNew, 0, g, 0, m);
        columnsPending = false;
    }

    @Override
    public TransportResult.Builder result() {
        return EntropicSolverSupport.resultFromPotentials(id, problem, eps, f.clone(), g.clone());
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    @Override
    public int newtonBreakEven() {
        return NEWTON_BREAK_EVEN;
    }

    @Override
    public EntropicDual dual() {
        return EntropicDual.balanced(a, b);
    }

    /**
     * Rows: {@code f_i ← f_i + ε log a_i − ε log Σ_j exp((f_i + g_j − C_ij)/ε)}; then, with the new f_i,
     * accumulates {@code col_j = Σ_i exp((f_i + g_j − C_ij)/ε)} (the new plan's column sums). The new
     * plan's row is the old one times {@code exp((f_i,new − f_i)/ε)}, so each entry costs one exp, computed a row at a
     * time by {@link BatchExp} (vectorised; every term, none skipped), or, in rows where most terms are below
     * {@link #SKIP_BELOW} ({@link #mostlyNegligible}), by {@code Math.exp} for the others only. A
     * row whose sum is so small that terms below {@link #SKIP_BELOW} could matter is redone exactly (a max-shifted
     * log-sum-exp, skipping those terms); the row factors are summed, which bounds what the columns skipped
     * ({@link #updateColumnsFromSums}).
     */
    private void fusedSweep() {
        double invEps = 1 / eps;
        int blocks = colSums.length;
        double safeRowSum = SAFE_SUM_PER_TERM * m;
        ParallelLoops.forBlocks(n, blocks, (block, from, to) -> {
            double[] acc = colSums[block];
            double[] rowTerms = rowBuffers[block];
            BatchExp exp = exps[block];
            Arrays.fill(acc, 0);
            double factors = 0;
            for (int i = from; i < to; i++) {
                int row = i * m;
                double fi = f[i];
                for (int j = 0; j < m; j++) {
                    rowTerms[j] = (fi + g[j] - c[row + j]) * invEps;
                }
                double s = mostlyNegligible(rowTerms) ? skippingExpAndSum(rowTerms)
                        : exp.expAndSum(rowTerms, rowTerms, m);
                if (s >= safeRowSum && s < Double.POSITIVE_INFINITY) {
                    // New row = old row × a_i/s: the row sum becomes exactly a_i.
                    f[i] = fi + eps * logA[i] - eps * Math.log(s);
                    double factor = a[i] / s;
                    factors += factor;
                    for (int j = 0; j < m; j++) {
                        acc[j] += rowTerms[j] * factor;
                    }
                } else {
                    double lse = LogDomainKernels.rowLogSumExp(c, row, m, eps, g, exp, rowTerms);
                    double fNew = eps * logA[i] - lse;
                    f[i] = fNew;
                    factors += 1;
                    for (int j = 0; j < m; j++) {
                        double x = (fNew + g[j] - c[row + j]) * invEps;
                        acc[j] += x < SKIP_BELOW ? 0 : Math.exp(x);
                    }
                }
            }
            factorSums[block] = factors;
        });
        System.arraycopy(colSums[0], 0, col, 0, m);
        for (int k = 1; k < blocks; k++) {
            double[] acc = colSums[k];
            for (int j = 0; j < m; j++) {
                col[j] += acc[j];
            }
        }
    }

    /**
     * Whether, judged by every {@link #SAMPLE_STRIDE}-th exponent, fewer than {@link #BATCH_FROM_KEPT} of the row's
     * terms are above {@link #SKIP_BELOW}: then one {@code Math.exp} per kept term is cheaper than {@link BatchExp}'s
     * fixed cost per term (at ε = 1e-3 × mean C most terms are negligible, at 0.05 × mean C almost none).
     */
    private boolean mostlyNegligible(double[] exponents) {
        int sampled = 0;
        int kept = 0;
        for (int j = 0; j < m; j += SAMPLE_STRIDE) {
            sampled++;
            if (exponents[j] >= SKIP_BELOW) {
                kept++;
            }
        }
        return kept < BATCH_FROM_KEPT * sampled;
    }

    /** {@code terms[j] ← exp(terms[j])}, 0 below {@link #SKIP_BELOW} (no exp there); returns their sum. */
    private double skippingExpAndSum(double[] terms) {
        double s = 0;
        for (int j = 0; j < m; j++) {
            double x = terms[j];
            double t = x < SKIP_BELOW ? 0 : Math.exp(x);
            terms[j] = t;
            s += t;
        }
        return s;
    }

    /**
     * {@code g_j ← g_j + ε log b_j − ε log col_j}. Column j skipped terms worth at most
     * {@code e^SKIP_BELOW Σ_i factor_i}; when that is not round-off against col_j (a column that nearly vanished),
     * the columns are recomputed exactly.
     */
    private void updateColumnsFromSums() {
        double factors = 0;
        for (double s : factorSums) {
            factors += s;
        }
        double safeColumnSum = SAFE_SUM_PER_TERM * factors;
        boolean exactNeeded = false;
        for (int j = 0; j < m; j++) {
            if (col[j] >= safeColumnSum) {
                g[j] += eps * logB[j] - eps * Math.log(col[j]);
            } else {
                exactNeeded = true;
            }
        }
        if (exactNeeded) {
            LogDomainKernels.updateColumns(c, n, m, eps, f, logB, g);
        }
    }
}
