package org.otexplorer.permutation;

import java.util.Arrays;
import org.otexplorer.engine.GumbelSinkhorn;

/**
 * Reverse mode through L log-domain Sinkhorn iterations (math.md §15.7). The forward pass runs the engine's
 * half-steps (the first from the scores, the others from the weights the previous one left),
 * {@code z_t = z_{t−1} − LSE_row(z_{t−1})} (t odd) and {@code z_t = z_{t−1} − LSE_col(z_{t−1})}
 * (t even) from the scores {@code z_0}, keeping the softmax weights {@code w_t = exp(z_t)} of each; the output
 * is {@code P = w_{2L}}. The backward pass starts from {@code z̄_{2L} = P ⊙ ∂L/∂P} and undoes each half-step:
 * a row step gives {@code z̄_{t−1,ij} = z̄_{t,ij} − w_{t,ij} Σ_k z̄_{t,ik}}, a column step the same with the
 * column sums {@code Σ_k z̄_{t,kj}}. Memory: 2L matrices of N² doubles, reused for every call. Not thread-safe.
 */
final class UnrolledSinkhorn {
    private final int n;
    private final double[][] weights;
    private final double[] z;
    private boolean forwardDone;

    UnrolledSinkhorn(int n, int iterations) {
        this.n = n;
        this.weights = new double[2 * iterations][n * n];
        this.z = new double[n * n];
    }

    /** {@code P = S^(L)(exp(logScores))}; the returned array is the workspace's (read it before the next call). */
    double[] forward(double[] logScores) {
        System.arraycopy(logScores, 0, z, 0, z.length);
        GumbelSinkhorn.normaliseRows(z, n, n, weights[0]);
        for (int t = 1; t < weights.length; t++) {
            // Each half-step starts from the previous weights exp(z) (no exp per entry; math.md §15.1).
            System.arraycopy(weights[t - 1], 0, weights[t], 0, z.length);
            if (t % 2 == 1) {
                GumbelSinkhorn.renormaliseColumns(z, n, n, weights[t]);
            } else {
                GumbelSinkhorn.renormaliseRows(z, n, n, weights[t]);
            }
        }
        forwardDone = true;
        return weights[weights.length - 1];
    }

    /** {@code ∂L/∂logScores} for {@code ∂L/∂P} at the latest forward pass. */
    double[] backward(double[] lossGradientOfP) {
        if (!forwardDone) {
            throw new IllegalStateException("unrolled Sinkhorn: backward before forward");
        }
        double[] bar = new double[n * n];
        double[] p = weights[weights.length - 1];
        for (int k = 0; k < bar.length; k++) {
            bar[k] = p[k] * lossGradientOfP[k];
        }
        double[] sums = new double[n];
        for (int t = weights.length - 1; t >= 0; t--) {
            double[] w = weights[t];
            boolean columnStep = t % 2 == 1;
            Arrays.fill(sums, 0);
            for (int i = 0; i < n; i++) {
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    sums[columnStep ? j : i] += bar[row + j];
                }
            }
            for (int i = 0; i < n; i++) {
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    bar[row + j] -= w[row + j] * sums[columnStep ? j : i];
                }
            }
        }
        return bar;
    }

    /** {@code Err_r = max_i |1 − Σ_j P_ij|} of a matrix after a column step (its column error is zero). */
    static double rowError(double[] p, int n) {
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += p[i * n + j];
            }
            worst = Math.max(worst, Math.abs(1 - s));
        }
        return worst;
    }
}
