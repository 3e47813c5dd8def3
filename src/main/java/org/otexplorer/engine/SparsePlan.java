package org.otexplorer.engine;

/**
 * The entries of a transport plan above a drop threshold, row-compressed (CSR), with the exact row and column
 * sums of the whole plan: the H-matrix of matrix-free Newton and Hessian solves (math.md §2.4). The diagonal
 * blocks {@code diag(P1)}, {@code diag(Pᵀ1)} stay exact; only the off-diagonal blocks lose the dropped entries D,
 * so {@code H − H̃ = [[0, D], [Dᵀ, 0]]} and
 * {@code ||H − H̃||₂ = ||D||₂ ≤ sqrt(||D||₁ ||D||∞) = sqrt(max_j Σ_i D_ij · max_i Σ_j D_ij)}
 * (Hölder's inequality for the spectral norm), which {@link #droppedNormBound()} computes from the dropped
 * entries themselves, not from a model of them. At small ε almost every entry of the plan is below
 * {@code 1e-14} of the largest, so the kept entries are a few per row and memory stays O(nm) for the plan
 * alone. Immutable.
 */
public final class SparsePlan {
    private final int n;
    private final int m;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;
    private final double[] rowSums;
    private final double[] columnSums;
    private final double droppedNormBound;

    private SparsePlan(int n, int m, int[] rowStart, int[] columns, double[] values, double[] rowSums,
                       double[] columnSums, double droppedNormBound) {
        this.n = n;
        this.m = m;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
        this.rowSums = rowSums;
        this.columnSums = columnSums;
        this.droppedNormBound = droppedNormBound;
    }

    /** Every positive entry of the plan (nothing dropped): the exact H-matrix, for instance of a dense plan. */
    public static SparsePlan of(TransportPlan plan) {
        return of(plan.values(), plan.n(), plan.m(), 0);
    }

    /**
     * The entries of the plan greater than {@code threshold} (absolute); the rest count in
     * {@link #droppedNormBound()}. When unsure, use {@code 1e-14} times the largest entry.
     */
    public static SparsePlan of(TransportPlan plan, double threshold) {
        return of(plan.values(), plan.n(), plan.m(), threshold);
    }

    /** The same from a row-major n×m array (not kept). */
    static SparsePlan of(double[] p, int n, int m, double threshold) {
        int blocks = ParallelLoops.blocks(n, m);
        int[] rowStart = new int[n + 1];
        double[] rowSums = new double[n];
        double[] rowDropped = new double[n];
        double[][] colSums = new double[blocks][m];
        double[][] colDropped = new double[blocks][m];
        ParallelLoops.forBlocks(n, blocks, (block, from, to) -> {
            double[] cs = colSums[block];
            double[] cd = colDropped[block];
            for (int i = from; i < to; i++) {
                int row = i * m;
                int kept = 0;
                double sum = 0;
                double dropped = 0;
                for (int j = 0; j < m; j++) {
                    double v = p[row + j];
                    sum += v;
                    cs[j] += v;
                    if (v > threshold) {
                        kept++;
                    } else {
                        dropped += v;
                        cd[j] += v;
                    }
                }
                rowStart[i + 1] = kept;
                rowSums[i] = sum;
                rowDropped[i] = dropped;
            }
        });
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] columns = new int[rowStart[n]];
        double[] values = new double[rowStart[n]];
        ParallelLoops.forBlocks(n, blocks, (block, from, to) -> {
            for (int i = from; i < to; i++) {
                int row = i * m;
                int k = rowStart[i];
                for (int j = 0; j < m; j++) {
                    double v = p[row + j];
                    if (v > threshold) {
                        columns[k] = j;
                        values[k++] = v;
                    }
                }
            }
        });
        double[] columnSums = sumBlocks(colSums, m);
        double[] columnDropped = sumBlocks(colDropped, m);
        double bound = Math.sqrt(max(rowDropped) * max(columnDropped));
        return new SparsePlan(n, m, rowStart, columns, values, rowSums, columnSums, bound);
    }

    public int n() {
        return n;
    }

    public int m() {
        return m;
    }

    /** Number of kept entries. */
    public int nonZeroCount() {
        return values.length;
    }

    /** Row sums of the whole plan, dropped entries included (shared; do not modify). */
    public double[] rowSums() {
        return rowSums;
    }

    /** Column sums of the whole plan, dropped entries included (shared; do not modify). */
    public double[] columnSums() {
        return columnSums;
    }

    /** An upper bound on {@code ||D||₂} for the dropped entries D (0 when nothing was dropped). */
    public double droppedNormBound() {
        return droppedNormBound;
    }

    /**
     * {@code out = Dg∘x − P̃ᵀ((P̃ x)/Df)} over rows {@code [from, to)} only, accumulated into {@code out} without
     * the diagonal term: one pass over the kept entries of those rows (the Schur complement's product).
     */
    void subtractSchurProduct(double[] x, double[] fDiagonal, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            int start = rowStart[i];
            int end = rowStart[i + 1];
            double y = 0;
            for (int k = start; k < end; k++) {
                y += values[k] * x[columns[k]];
            }
            double w = y / fDiagonal[i];
            for (int k = start; k < end; k++) {
                out[columns[k]] -= values[k] * w;
            }
        }
    }

    /**
     * {@code max |z_i + z_{n+j}|} over the kept entries: the largest change of a kept entry's exponent
     * {@code (f_i + g_j − C_ij)/ε} under the step {@code (f, g) −= ε z}.
     */
    double largestExponentChange(double[] z) {
        double mx = 0;
        for (int i = 0; i < n; i++) {
            double zi = z[i];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                mx = Math.max(mx, Math.abs(zi + z[n + columns[k]]));
            }
        }
        return mx;
    }

    /** {@code out_i = Σ_j P̃_ij x_j} (kept entries). */
    void times(double[] x, double[] out) {
        for (int i = 0; i < n; i++) {
            double y = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                y += values[k] * x[columns[k]];
            }
            out[i] = y;
        }
    }

    /** {@code out_j += Σ_i P̃_ij x_i} (kept entries). */
    void addTransposeTimes(double[] x, double[] out) {
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                out[columns[k]] += values[k] * xi;
            }
        }
    }

    /** {@code out_j += Σ_i P̃_ij² / d_i}: the Schur complement's diagonal, less its diagonal block. */
    void addSquaredColumnSums(double[] d, double[] out) {
        for (int i = 0; i < n; i++) {
            double inv = 1 / d[i];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                out[columns[k]] += values[k] * values[k] * inv;
            }
        }
    }

    private static double[] sumBlocks(double[][] perBlock, int m) {
        double[] out = perBlock[0];
        for (int b = 1; b < perBlock.length; b++) {
            for (int j = 0; j < m; j++) {
                out[j] += perBlock[b][j];
            }
        }
        return out;
    }

    private static double max(double[] v) {
        double mx = 0;
        for (double x : v) {
            mx = Math.max(mx, x);
        }
        return mx;
    }
}
