package org.otexplorer.barycenter;

import java.util.stream.IntStream;
import org.otexplorer.histogram.Grid;

/**
 * The log-domain Gibbs kernel product on a grid, {@code out_i = ε log Σ_j exp((φ_j − C_ij)/ε)} with
 * {@code C_ij = |y_i − y_j|²} (math.md §16.3). The squared Euclidean cost splits over the axes,
 * {@code C = h²(Δr)² + h²(Δc)²}, so the sum is two passes of one-dimensional log-sum-exps, first along each row
 * and then along each column: {@code O(N·(rows + cols))} exponentials for N = rows·cols bins instead of N² for a
 * dense kernel, and nothing under- or overflows (each sum is shifted by its maximum). Entries of φ may be
 * {@code −∞} (bins of zero mass); a line whose entries are all {@code −∞} gives {@code −∞}.
 */
public final class LogConvolution {
    /** Below this many exponentials a pass runs on the calling thread. */
    private static final int PARALLEL_WORK = 1 << 16;

    private final Grid grid;
    private final double[] axisCost;
    private final double[] buffer;

    /** A convolution for one grid; not thread-safe (it owns a scratch buffer): use one per thread. */
    public LogConvolution(Grid grid) {
        this.grid = grid;
        int len = Math.max(grid.rows(), grid.cols());
        axisCost = new double[len];
        for (int d = 0; d < len; d++) {
            axisCost[d] = grid.axisCost(d);
        }
        buffer = new double[grid.size()];
    }

    public Grid grid() {
        return grid;
    }

    /** {@code out_i = ε log Σ_j exp((φ_j − C_ij)/ε)}; {@code out} may not be {@code phi}. */
    public void apply(double eps, double[] phi, double[] out) {
        int rows = grid.rows();
        int cols = grid.cols();
        if (rows == 1) {
            pass(phi, out, 1, cols, cols, 1, eps);
            return;
        }
        pass(phi, buffer, rows, cols, cols, 1, eps);
        pass(buffer, out, cols, rows, 1, cols, eps);
    }

    /**
     * One-dimensional log-sum-exps along {@code lines} lines of {@code len} entries; entry i of line l sits at
     * {@code l·lineStride + i·step}.
     */
    private void pass(double[] in, double[] out, int lines, int len, int lineStride, int step, double eps) {
        double inv = 1 / eps;
        IntStream outputs = IntStream.range(0, lines * len);
        if ((long) lines * len * len >= PARALLEL_WORK) {
            outputs = outputs.parallel();
        }
        outputs.forEach(o -> {
            int base = (o / len) * lineStride;
            int i = o % len;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < len; j++) {
                max = Math.max(max, in[base + j * step] - axisCost[Math.abs(i - j)]);
            }
            if (max == Double.NEGATIVE_INFINITY) {
                out[base + i * step] = Double.NEGATIVE_INFINITY;
                return;
            }
            double s = 0;
            for (int j = 0; j < len; j++) {
                s += Math.exp((in[base + j * step] - axisCost[Math.abs(i - j)] - max) * inv);
            }
            out[base + i * step] = max + eps * Math.log(s);
        });
    }
}
