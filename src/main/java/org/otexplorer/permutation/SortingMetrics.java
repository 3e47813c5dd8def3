package org.otexplorer.permutation;

/**
 * The sorting task's test metrics as the paper defines them (after Mena et al. 2018; math.md §15.6), each the
 * mean over test sequences: Kendall's τ between the predicted and the true order (pairs of positions, ties
 * impossible), the proportion of positions holding the wrong number ({@code 1 − (1/N) Σ P ⊙ Q}), the
 * proportion of sequences with any wrong position, and the l1 and l2 (squared) errors between x̂ and the
 * reconstruction {@code Pᵀx} under the hard permutation, averaged over positions.
 */
public record SortingMetrics(double kendallTau, double proportionWrong, double proportionAnyWrong, double l1,
                             double l2) {

    /**
     * @param predictedOrders for each test sequence, the input index placed at each sorted position
     */
    static SortingMetrics of(int[][] predictedOrders, SortingData data) {
        int count = data.count();
        int n = data.n();
        double tau = 0;
        double wrong = 0;
        double anyWrong = 0;
        double l1 = 0;
        double l2 = 0;
        for (int b = 0; b < count; b++) {
            int[] predicted = predictedOrders[b];
            int[] truth = data.order(b);
            double[] x = data.input(b);
            double[] sorted = data.sorted(b);
            tau += kendallTau(predicted, truth);
            int misplaced = 0;
            for (int j = 0; j < n; j++) {
                misplaced += predicted[j] == truth[j] ? 0 : 1;
                double d = x[predicted[j]] - sorted[j];
                l1 += Math.abs(d) / n;
                l2 += d * d / n;
            }
            wrong += misplaced / (double) n;
            anyWrong += misplaced > 0 ? 1 : 0;
        }
        return new SortingMetrics(tau / count, wrong / count, anyWrong / count, l1 / count, l2 / count);
    }

    /** Kendall's τ of two sequences without ties: (concordant − discordant pairs) / (N(N−1)/2). */
    static double kendallTau(int[] a, int[] b) {
        long score = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                score += Integer.signum(a[i] - a[j]) * Integer.signum(b[i] - b[j]);
            }
        }
        return score / (a.length * (a.length - 1) / 2.0);
    }
}
