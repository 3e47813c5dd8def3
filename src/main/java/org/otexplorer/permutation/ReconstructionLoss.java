package org.otexplorer.permutation;

/**
 * The sorting task's training loss (math.md §15.6): the reconstruction {@code x̃ = Pᵀx}, i.e.
 * {@code x̃_j = Σ_i P_ij x_i}, compared with the sorted sequence, {@code L = (1/N) Σ_j (x̃_j − x̂_j)²}, and its
 * gradient {@code ∂L/∂P_ij = (2/N)(x̃_j − x̂_j) x_i}. P is row-major N×N with rows for the inputs and
 * columns for the sorted positions.
 */
final class ReconstructionLoss {
    private ReconstructionLoss() {
    }

    /** The loss for P, adding {@code weight · ∂L/∂P} into {@code gradient} when it is not null. */
    static double evaluate(double[] p, double[] input, double[] sorted, double weight, double[] gradient) {
        int n = input.length;
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            double xi = input[i];
            int row = i * n;
            for (int j = 0; j < n; j++) {
                residual[j] += p[row + j] * xi;
            }
        }
        double loss = 0;
        for (int j = 0; j < n; j++) {
            residual[j] -= sorted[j];
            loss += residual[j] * residual[j];
        }
        if (gradient != null) {
            for (int i = 0; i < n; i++) {
                double xi = 2 * weight * input[i] / n;
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    gradient[row + j] += xi * residual[j];
                }
            }
        }
        return loss / n;
    }

    /** The loss of a hard permutation (row i goes to column {@code assignment[i]}), adding the gradient as above. */
    static double evaluate(int[] assignment, double[] input, double[] sorted, double weight, double[] gradient) {
        int n = input.length;
        double[] p = new double[n * n];
        for (int i = 0; i < n; i++) {
            p[i * n + assignment[i]] = 1;
        }
        return evaluate(p, input, sorted, weight, gradient);
    }
}
