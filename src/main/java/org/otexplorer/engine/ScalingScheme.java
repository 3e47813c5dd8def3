package org.otexplorer.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The iterate of {@link SinkhornSolver}: potentials, scalings, the kernel relative to the potentials and the sweep
 * buffers. One iteration streams the kernel once: the sweep that computes {@code u_i} accumulates the column sums
 * {@code K̃ᵀu} while row i is still in cache; the iterate checked is {@code (u_new, v_old)}, whose rows are exact,
 * so its marginal error is the column error; then {@code v = b/(K̃ᵀu)} starts the next iteration.
 *
 * <p>Robust OT ({@link RobustSinkhornSolver}, ROBOT Algorithm 1, math.md §11.2) drives it in half-steps against
 * marginals that move between them: {@link #relax} to μ, ν, then {@link #sweepRows} ({@code u = μ/(K̃v)}), then
 * {@link #fitColumns} ({@code v = ν/(K̃ᵀu)}), with the potentials {@code f + ε log u}, {@code g + ε log v} written
 * out after each ({@link #liveF}, {@link #liveG}); a row or column whose sum under- or overflows is redone as an
 * exact log-domain half-step, which {@link #warnings} counts.
 */
final class ScalingScheme implements SinkhornLoop.Scheme {
    /** Scalings beyond [1/ABSORB_BOUND, ABSORB_BOUND] are absorbed into the potentials. */
    static final double ABSORB_BOUND = 1e50;
    /**
     * A Newton phase costs about this many scaling sweeps: each sweep is a multiply-add per entry, a Newton step one
     * or two exp passes (about ten sweeps each) and a CG solve on the sparse plan, and a phase some ten steps.
     */
    static final int NEWTON_BREAK_EVEN = 500;

    private final String id;
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
    private final double[] u;
    private final double[] v;
    private final double[][] kernel;
    private final double[][] colSums;
    private final boolean[] rowBroke;
    private final BatchExp[] exps;
    private final double[] col;
    private final double[] incomingRowSums;
    private final double[] scalingsBefore;
    private final double[] liveF;
    private final double[] liveG;
    private boolean columnsPending;
    private int logDomainSteps;

    /** The scheme for a solve whose results carry method {@code id}. */
    ScalingScheme(String id, TransportProblem problem, SolverSettings settings, double eps) {
        this.id = id;
        n = problem.n();
        m = problem.m();
        this.eps = eps;
        c = problem.costArray();
        a = problem.sourceWeights().clone();
        b = problem.targetWeights().clone();
        logA = LogDomainKernels.logOf(a);
        logB = LogDomainKernels.logOf(b);
        f = new double[n];
        g = settings.hasWarmStart() ? settings.initialG().clone() : new double[m];
        u = new double[n];
        v = new double[m];
        kernel = new double[n][m];
        int blocks = ParallelLoops.blocks(n, m);
        colSums = new double[blocks][m];
        rowBroke = new boolean[blocks];
        exps = new BatchExp[blocks];
        for (int k = 0; k < blocks; k++) {
            exps[k] = new BatchExp(m);
        }
        col = new double[m];
        incomingRowSums = new double[n];
        scalingsBefore = new double[n];
        liveF = new double[n];
        liveG = new double[m];
        // Shift f so that every kernel row has its largest entry exactly 1: no row starts out all zero.
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                min = Math.min(min, c[row + j] - g[j]);
            }
            f[i] = min;
        }
        rebuildKernel();
        writePotentials(liveF, f, u);
        writePotentials(liveG, g, v);
    }

    @Override
    public double iterate() {
        if (columnsPending) {
            if (!updateColumns()) {
                stabilizeInLogDomain();
            } else if (outOfRange(u) || outOfRange(v)) {
                absorb();
            }
        }
        boolean rowsBroke = scaleRows();
        double error = rowsBroke ? Double.NaN : columnError();
        if (!Double.isFinite(error)) {
            stabilizeInLogDomain();
            columnsPending = false;
            return Double.NaN;
        }
        columnsPending = true;
        return error;
    }

    @Override
    public double[] f() {
        double[] out = new double[n];
        writePotentials(out, f, u);
        return out;
    }

    @Override
    public double[] g() {
        double[] out = new double[m];
        writePotentials(out, g, v);
        return out;
    }

    @Override
    public void restart(double[] fNew, double[] gNew) {
        System.arraycopy(fNew, 0, f, 0, n);
        System.arraycopy(gNew, 0, g, 0, m);
        rebuildKernel();
        columnsPending = false;
    }

    /** The result for the current iterate: plan {@code u_i K̃_ij v_j}, potentials with the scalings absorbed. */
    @Override
    public TransportResult.Builder result() {
        double[] plan = new double[n * m];
        ParallelLoops.forBlocks(n, colSums.length, (block, from, to) -> {
            for (int i = from; i < to; i++) {
                double[] k = kernel[i];
                int row = i * m;
                double ui = u[i];
                for (int j = 0; j < m; j++) {
                    plan[row + j] = ui * k[j] * v[j];
                }
            }
        });
        return TransportResult.builder(id).epsilon(eps).plan(new TransportPlan(n, m, plan))
                .potentials(f(), g());
    }

    @Override
    public List<String> warnings() {
        return logDomainSteps == 0 ? List.of() : List.of("the scaling iteration under- or overflowed " + logDomainSteps
                + " time(s); those steps fell back to exact log-domain iterations");
    }

    @Override
    public int newtonBreakEven() {
        return NEWTON_BREAK_EVEN;
    }

    @Override
    public EntropicDual dual() {
        return EntropicDual.balanced(a, b);
    }

    /** The marginals the next half-steps fit become μ, ν (copied). */
    void relax(double[] mu, double[] nu) {
        System.arraycopy(mu, 0, a, 0, n);
        System.arraycopy(nu, 0, b, 0, m);
        for (int i = 0; i < n; i++) {
            logA[i] = Math.log(mu[i]);
        }
        for (int j = 0; j < m; j++) {
            logB[j] = Math.log(nu[j]);
        }
    }

    /**
     * The f half-step {@code u_i ← μ_i/(K̃v)_i}: afterwards every row sum is μ_i, and {@link #incomingRowSums} holds
     * the row sums of the plan it started from.
     */
    void sweepRows() {
        System.arraycopy(u, 0, scalingsBefore, 0, n);
        if (scaleRows()) {
            System.arraycopy(scalingsBefore, 0, u, 0, n); // rows swept before the one that broke are undone
            exactRows();
        }
        writePotentials(liveF, f, u);
    }

    /** The g half-step after {@link #sweepRows}: {@code v_j ← ν_j/(K̃ᵀu)_j}. */
    void fitColumns() {
        if (!updateColumns()) {
            exactColumns();
            rebuildKernel();
            logDomainSteps++;
        } else if (outOfRange(u) || outOfRange(v)) {
            absorb();
        }
        // liveF stands: absorbing u into f computes f + ε log u exactly as sweepRows wrote it
        writePotentials(liveG, g, v);
    }

    /** Row sums of the plan the last {@link #sweepRows} started from (the scheme's array: read, do not keep). */
    double[] incomingRowSums() {
        return incomingRowSums;
    }

    /** The current f, rewritten by every half-step (the scheme's own array). */
    double[] liveF() {
        return liveF;
    }

    /** The current g, rewritten by every half-step (the scheme's own array). */
    double[] liveG() {
        return liveG;
    }

    /**
     * The exact log-domain f half-step where a scaled row sum broke down: {@code f_i ← ε log μ_i − ε LSE_j((g_j −
     * C_ij)/ε)}, the row sums of the plan before from the same log-sum-exps; then a fresh kernel, whose column sums
     * the next {@link #fitColumns} divides by.
     */
    private void exactRows() {
        absorbInto(f, u);
        absorbInto(g, v);
        double[] lse = new double[n];
        LogDomainKernels.rowLogSumExps(c, n, m, eps, g, lse);
        for (int i = 0; i < n; i++) {
            incomingRowSums[i] = Math.exp((f[i] + lse[i]) / eps);
            f[i] = eps * logA[i] - lse[i];
        }
        rebuildKernel();
        int blocks = colSums.length;
        ParallelLoops.forBlocks(n, blocks, (block, from, to) -> {
            double[] acc = colSums[block];
            Arrays.fill(acc, 0);
            for (int i = from; i < to; i++) {
                double[] k = kernel[i];
                for (int j = 0; j < m; j++) {
                    acc[j] += k[j];
                }
            }
        });
        sumColumnBlocks();
        logDomainSteps++;
    }

    /**
     * {@code u_i = a_i/(K̃v)_i} for every row, accumulating {@code col = K̃ᵀu} and recording the row sums
     * {@code u_i (K̃v)_i} of the plan before; true if a row sum broke down. Rows go in pairs so that each load of v
     * and of the column accumulator serves two rows.
     */
    private boolean scaleRows() {
        int blocks = colSums.length;
        Arrays.fill(rowBroke, false);
        ParallelLoops.forBlocks(n, blocks, (block, from, to) -> {
            double[] acc = colSums[block];
            Arrays.fill(acc, 0);
            int i = from;
            for (; i + 1 < to; i += 2) {
                double[] k0 = kernel[i];
                double[] k1 = kernel[i + 1];
                double s0 = rowDot(k0, v, m);
                double s1 = rowDot(k1, v, m);
                if (!(s0 > 0 && s0 < Double.POSITIVE_INFINITY && s1 > 0 && s1 < Double.POSITIVE_INFINITY)) {
                    rowBroke[block] = true;
                    continue;
                }
                double u0 = a[i] / s0;
                double u1 = a[i + 1] / s1;
                incomingRowSums[i] = u[i] * s0;
                incomingRowSums[i + 1] = u[i + 1] * s1;
                u[i] = u0;
                u[i + 1] = u1;
                for (int j = 0; j < m; j++) {
                    acc[j] += k0[j] * u0 + k1[j] * u1;
                }
            }
            if (i < to) {
                double[] k0 = kernel[i];
                double s0 = rowDot(k0, v, m);
                if (!(s0 > 0 && s0 < Double.POSITIVE_INFINITY)) {
                    rowBroke[block] = true;
                    return;
                }
                double u0 = a[i] / s0;
                incomingRowSums[i] = u[i] * s0;
                u[i] = u0;
                for (int j = 0; j < m; j++) {
                    acc[j] += k0[j] * u0;
                }
            }
        });
        sumColumnBlocks();
        for (boolean broke : rowBroke) {
            if (broke) {
                return true;
            }
        }
        return false;
    }

    /** Column error of the iterate (u, v): {@code Σ_j |v_j (K̃ᵀu)_j − b_j|}. */
    private double columnError() {
        double e = 0;
        for (int j = 0; j < m; j++) {
            e += Math.abs(v[j] * col[j] - b[j]);
        }
        return e;
    }

    /** {@code v_j = b_j/(K̃ᵀu)_j}; false if a column sum vanished. */
    private boolean updateColumns() {
        for (int j = 0; j < m; j++) {
            if (!(col[j] > 0)) {
                return false;
            }
        }
        for (int j = 0; j < m; j++) {
            v[j] = b[j] / col[j];
        }
        return true;
    }

    /** Moves the scalings into the potentials and recomputes the kernel (one exp pass, {@link BatchExp}). */
    private void absorb() {
        absorbInto(f, u);
        absorbInto(g, v);
        rebuildKernel();
    }

    /** Absorbs what is finite, then one exact log-domain iteration, then a fresh kernel. */
    private void stabilizeInLogDomain() {
        exactColumns();
        LogDomainKernels.updateRows(c, n, m, eps, g, logA, f);
        rebuildKernel();
        logDomainSteps++;
    }

    /**
     * Absorbs the finite scalings into the potentials, then the exact log-domain g half-step
     * {@code g_j ← ε log ν_j − ε LSE_i((f_i − C_ij)/ε)}; the kernel is stale until rebuilt.
     */
    private void exactColumns() {
        absorbInto(f, u);
        absorbInto(g, v);
        LogDomainKernels.updateColumns(c, n, m, eps, f, logB, g);
    }

    private void rebuildKernel() {
        double invEps = 1 / eps;
        ParallelLoops.forBlocks(n, colSums.length, (block, from, to) -> {
            BatchExp exp = exps[block];
            for (int i = from; i < to; i++) {
                double[] k = kernel[i];
                int row = i * m;
                double fi = f[i];
                for (int j = 0; j < m; j++) {
                    k[j] = (fi + g[j] - c[row + j]) * invEps;
                }
                exp.exp(k, k, m);
            }
        });
        Arrays.fill(u, 1);
        Arrays.fill(v, 1);
    }

    private void absorbInto(double[] potential, double[] scaling) {
        for (int k = 0; k < potential.length; k++) {
            double s = scaling[k];
            if (s > 0 && s < Double.POSITIVE_INFINITY) {
                potential[k] += eps * Math.log(s);
            }
            scaling[k] = 1;
        }
    }

    /** {@code out_k = potential_k + ε log scaling_k} (the potential alone where the scaling is not usable). */
    private void writePotentials(double[] out, double[] potential, double[] scaling) {
        for (int k = 0; k < out.length; k++) {
            double s = scaling[k];
            out[k] = s > 0 && s < Double.POSITIVE_INFINITY ? potential[k] + eps * Math.log(s) : potential[k];
        }
    }

    /** {@code col = Σ_blocks colSums[block]}. */
    private void sumColumnBlocks() {
        System.arraycopy(colSums[0], 0, col, 0, m);
        for (int k = 1; k < colSums.length; k++) {
            double[] acc = colSums[k];
            for (int j = 0; j < m; j++) {
                col[j] += acc[j];
            }
        }
    }

    private static boolean outOfRange(double[] s) {
        for (double x : s) {
            if (x > ABSORB_BOUND || x < 1 / ABSORB_BOUND) {
                return true;
            }
        }
        return false;
    }

    /** {@code Σ_j K̃_ij v_j} for one kernel row, with eight independent partial sums, so FMA latency does not serialise it. */
    private static double rowDot(double[] k, double[] v, int m) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int j = 0;
        for (; j + 7 < m; j += 8) {
            s0 += k[j] * v[j];
            s1 += k[j + 1] * v[j + 1];
            s2 += k[j + 2] * v[j + 2];
            s3 += k[j + 3] * v[j + 3];
            s4 += k[j + 4] * v[j + 4];
            s5 += k[j + 5] * v[j + 5];
            s6 += k[j + 6] * v[j + 6];
            s7 += k[j + 7] * v[j + 7];
        }
        for (; j < m; j++) {
            s0 += k[j] * v[j];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
