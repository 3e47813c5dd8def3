package org.otexplorer.permutation;

/**
 * The sorting task's test metrics as the paper defines them (after Mena et al. 2018; math.md §15.6), each the
 * mean over test sequences. {@code kendallTau} is Mena et al.'s: Kendall's τ between the true and the predicted
 * order written as lists of input indices (position j → the input placed there), which is what Table 5
 * reports; it depends on the arbitrary order the inputs came in (one adjacent swap can cost anything from
 * 2/(N(N−1)) to much more), so {@code outputKendallTau}, Kendall's τ between the reconstruction
 * {@code x̃ = Pᵀx} under the hard permutation and the sorted x̂ (1 sorted, −1 reversed, one adjacent swap
 * 1 − 4/(N(N−1))), is given beside it. Then the proportion of positions holding the wrong number
 * ({@code 1 − (1/N) Σ P ⊙ Q}), the proportion of sequences with any wrong position, and the l1 and l2
 * (squared) errors between x̂ and x̃, averaged over positions.
 */
public record SortingMetrics(double kendallTau, double outputKendallTau, double proportionWrong,
                             double proportionAnyWrong, double l1, double l2) {

    /**
     * @param predictedOrders for each test sequence, the input index placed at each sorted position
     */
    static SortingMetrics of(int[][] predictedOrders, SortingData data) {
        int count = data.count();
        int n = data.n();
        double tau = 0;
        double outputTau = 0;
        double wrong = 0;
        double anyWrong = 0;
        double l1 = 0;
        double l2 = 0;
        for (int b = 0; b < count; b++) {
            int[] predicted = predictedOrders[b];
            int[] truth = data.order(b);
            double[] x = data.input(b);
            double[] sorted = data.sorted(b);
            int[] trueRank = new int[n];
            for (int j = 0; j < n; j++) {
                trueRank[truth[j]] = j;
            }
            int[] ranksPlaced = new int[n];
            int[] positions = new int[n];
            for (int j = 0; j < n; j++) {
                ranksPlaced[j] = trueRank[predicted[j]];
                positions[j] = j;
            }
            tau += kendallTau(predicted, truth);
            outputTau += kendallTau(ranksPlaced, positions);
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
        return new SortingMetrics(tau / count, outputTau / count, wrong / count, anyWrong / count, l1 / count,
                l2 / count);
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
