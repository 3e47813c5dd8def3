package org.otexplorer.barycenter;

import java.util.Arrays;

/**
 * The log-domain state shared by IBP and the IPOT barycenter (math.md §16.3): per input k the potentials
 * {@code F_k} (barycenter side) and {@code G_k} (input side) at the current ε, the log-barycenter {@code log q}, and
 * cached convolutions {@code S_k = softmin(F_k)}, {@code R_k = softmin(G_k)} ({@link LogConvolution}). The three
 * Bregman projections of Benamou et al. are {@link #projectColumns}, {@link #geometricMean} and
 * {@link #projectRows}.
 */
abstract class LogDomainBarycenter implements BarycenterIteration {
    final BarycenterProblem problem;
    final int inputs;
    final int bins;
    final double[][] f;
    final double[][] g;
    final double[] logQ;
    private final double[][] logP;
    private final double[][] rowSoftMin;
    private final double[][] columnSoftMin;
    private final boolean[] rowSoftMinValid;
    private final boolean[] columnSoftMinValid;
    private final LogConvolution[] convolutions;
    double eps;
    int steps;

    LogDomainBarycenter(BarycenterProblem problem, double eps) {
        this.problem = problem;
        this.inputs = problem.size();
        this.bins = problem.grid().size();
        this.eps = eps;
        f = new double[inputs][bins];
        g = new double[inputs][bins];
        logP = new double[inputs][bins];
        rowSoftMin = new double[inputs][bins];
        columnSoftMin = new double[inputs][bins];
        rowSoftMinValid = new boolean[inputs];
        columnSoftMinValid = new boolean[inputs];
        convolutions = new LogConvolution[inputs];
        for (int k = 0; k < inputs; k++) {
            double[] p = problem.input(k);
            for (int i = 0; i < bins; i++) {
                logP[k][i] = Math.log(p[i]);
            }
            convolutions[k] = new LogConvolution(problem.grid());
        }
        logQ = new double[bins];
        Arrays.fill(logQ, -Math.log(bins));
    }

    /** Columns onto {@code p_k}: {@code G_k ← ε log p_k − softmin(F_k)}. */
    final void projectColumns(int k) {
        double[] s = columnSoftMin(k);
        for (int i = 0; i < bins; i++) {
            g[k][i] = logP[k][i] == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : eps * logP[k][i] - s[i];
        }
        rowSoftMinValid[k] = false;
    }

    /** {@code log q ← Σ_k λ_k (F_k + softmin(G_k))/ε}: the weighted geometric mean of the plans' row sums. */
    final void geometricMean() {
        Arrays.fill(logQ, 0);
        for (int k = 0; k < inputs; k++) {
            double[] r = rowSoftMin(k);
            double w = problem.weight(k) / eps;
            for (int i = 0; i < bins; i++) {
                logQ[i] += w * (f[k][i] + r[i]);
            }
        }
    }

    /** Rows onto q: {@code F_k ← ε log q − softmin(G_k)}. */
    final void projectRows(int k) {
        double[] r = rowSoftMin(k);
        for (int i = 0; i < bins; i++) {
            f[k][i] = eps * logQ[i] - r[i];
        }
        columnSoftMinValid[k] = false;
    }

    /** One sweep of Benamou et al.'s order: columns, geometric mean, rows (keeps {@code Σ λ_k F_k} unchanged). */
    final void bregmanSweep() {
        for (int k = 0; k < inputs; k++) {
            projectColumns(k);
        }
        geometricMean();
        for (int k = 0; k < inputs; k++) {
            projectRows(k);
        }
    }

    /** A new ε, or potentials changed directly: the cached convolutions no longer hold. */
    final void setEpsilon(double value) {
        eps = value;
        Arrays.fill(rowSoftMinValid, false);
        Arrays.fill(columnSoftMinValid, false);
    }

    final double[] rowSoftMin(int k) {
        if (!rowSoftMinValid[k]) {
            convolutions[k].apply(eps, g[k], rowSoftMin[k]);
            rowSoftMinValid[k] = true;
        }
        return rowSoftMin[k];
    }

    final double[] columnSoftMin(int k) {
        if (!columnSoftMinValid[k]) {
            convolutions[k].apply(eps, f[k], columnSoftMin[k]);
            columnSoftMinValid[k] = true;
        }
        return columnSoftMin[k];
    }

    @Override
    public final int iteration() {
        return steps;
    }

    @Override
    public final double epsilon() {
        return eps;
    }

    @Override
    public final double[] barycenter() {
        double[] q = new double[bins];
        for (int i = 0; i < bins; i++) {
            q[i] = Math.exp(logQ[i]);
        }
        return q;
    }

    @Override
    public final double marginalError() {
        if (steps == 0) {
            throw new IllegalStateException("no step taken yet");
        }
        double total = 0;
        for (int k = 0; k < inputs; k++) {
            double[] r = rowSoftMin(k);
            double[] s = columnSoftMin(k);
            double[] p = problem.input(k);
            double e = 0;
            for (int i = 0; i < bins; i++) {
                e += Math.abs(Math.exp((f[k][i] + r[i]) / eps) - Math.exp(logQ[i]));
                double column = g[k][i] == Double.NEGATIVE_INFINITY ? 0 : Math.exp((g[k][i] + s[i]) / eps);
                e += Math.abs(column - p[i]);
            }
            total += problem.weight(k) * e;
        }
        return total;
    }

    @Override
    public final double consensusGap() {
        double gap = 0;
        for (int i = 0; i < bins; i++) {
            double s = 0;
            for (int k = 0; k < inputs; k++) {
                s += problem.weight(k) * f[k][i];
            }
            gap = Math.max(gap, Math.abs(s) / eps);
        }
        return gap;
    }
}
