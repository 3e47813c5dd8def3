package org.otexplorer.permutation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.otexplorer.nn.FiniteDifferences;

/**
 * The reconstruction loss and its gradient, the heads' backward passes (unrolled Sinkhorn and the
 * straight-through estimator), and the paper's metrics on hand-checked cases.
 */
class SortingLossAndMetricsTest {

    @Test
    void reconstructionLossByHandAndItsGradientByCentralDifferences() {
        // x = (0.8, 0.2), x̂ = (0.2, 0.8). The swap permutation reconstructs exactly; the identity leaves
        // residuals (0.6, −0.6): L = 0.36.
        double[] x = {0.8, 0.2};
        double[] sorted = {0.2, 0.8};
        assertEquals(0, ReconstructionLoss.evaluate(new int[] {1, 0}, x, sorted, 1, null), 1e-15);
        assertEquals(0.36, ReconstructionLoss.evaluate(new int[] {0, 1}, x, sorted, 1, null), 1e-15);
        SplittableRandom rng = new SplittableRandom(2);
        int n = 4;
        double[] p = new double[n * n];
        double[] input = new double[n];
        double[] target = new double[n];
        for (int k = 0; k < p.length; k++) {
            p[k] = rng.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            input[i] = rng.nextDouble();
            target[i] = rng.nextDouble();
        }
        double[] analytic = new double[n * n];
        ReconstructionLoss.evaluate(p, input, target, 1, analytic);
        double[] numeric = FiniteDifferences.gradient(() -> ReconstructionLoss.evaluate(p, input, target, 1, null), p,
                1e-6);
        assertTrue(FiniteDifferences.relativeError(analytic, numeric) < 1e-8);
    }

    /** Loss of one sequence through a head, with the same noise on every call. */
    private static double headLoss(PermutationHead head, double[] scores, double[] x, double[] sorted, long noiseSeed) {
        return head.train(scores, 0, x, sorted, new SplittableRandom(noiseSeed), 1, new double[scores.length]).loss();
    }

    @Test
    void softHeadsGradientsMatchCentralDifferencesThroughTheNoise() {
        int n = 5;
        SortingSettings settings = SortingSettings.paper(n, 1).withNoiseSamples(3);
        SortingData data = SortingData.generate(n, 1, new SplittableRandom(4));
        for (HeadKind kind : new HeadKind[] {HeadKind.SINKHORN, HeadKind.GUMBEL_SINKHORN}) {
            PermutationHead head = new PermutationHead(kind, settings);
            double[] scores = new double[n * n];
            SplittableRandom rng = new SplittableRandom(5);
            for (int k = 0; k < scores.length; k++) {
                scores[k] = rng.nextGaussian();
            }
            double[] analytic = new double[n * n];
            head.train(scores, 0, data.input(0), data.sorted(0), new SplittableRandom(9), 1, analytic);
            double[] numeric = FiniteDifferences.gradient(
                    () -> headLoss(head, scores, data.input(0), data.sorted(0), 9), scores, 1e-6);
            double error = FiniteDifferences.relativeError(analytic, numeric);
            assertTrue(error < 1e-6, kind + ": relative error " + error);
        }
    }

    @Test
    void straightThroughGradientIsTheLossGradientAtTheAssignedPermutation() {
        // Forward: the exact assignment maximising Σ χ_iσ(i); backward: ∂L/∂χ = ∂L/∂P at P = H(χ), taken
        // here by central differences of the loss in the entries of P, treated as a continuous matrix.
        int n = 4;
        double[] scores = {0.1, 2.0, -0.3, 0.0, 1.5, 0.2, 0.3, -1.0, 0.0, 0.1, 0.4, 2.2, -0.5, 0.3, 1.9, 0.1};
        double[] x = {0.9, 0.1, 0.4, 0.7};
        double[] sorted = {0.1, 0.4, 0.7, 0.9};
        PermutationHead head = new PermutationHead(HeadKind.HUNGARIAN, SortingSettings.paper(n, 1));
        double[] gradient = new double[n * n];
        head.train(scores, 0, x, sorted, new SplittableRandom(1), 1, gradient);
        // Brute force over the 24 permutations: rows 0..3 go to columns 1, 0, 3, 2 (score 7.6).
        double[] p = new double[n * n];
        int[] best = {1, 0, 3, 2};
        for (int i = 0; i < n; i++) {
            p[i * n + best[i]] = 1;
        }
        double[] numeric = FiniteDifferences.gradient(() -> ReconstructionLoss.evaluate(p, x, sorted, 1, null), p, 1e-6);
        assertArrayEquals(numeric, gradient, 1e-9);
    }

    @Test
    void kendallTauOnKnownOrders() {
        int[] identity = {0, 1, 2, 3, 4};
        assertEquals(1, SortingMetrics.kendallTau(identity, identity), 1e-15);
        assertEquals(-1, SortingMetrics.kendallTau(new int[] {4, 3, 2, 1, 0}, identity), 1e-15);
        // One adjacent swap: 1 discordant pair of 10, τ = (9 − 1)/10.
        assertEquals(0.8, SortingMetrics.kendallTau(new int[] {1, 0, 2, 3, 4}, identity), 1e-15);
        // (2,0,1) against (0,1,2): pairs (2,0) and (2,1) discordant, (0,1) concordant: τ = −1/3.
        assertEquals(-1.0 / 3, SortingMetrics.kendallTau(new int[] {2, 0, 1}, new int[] {0, 1, 2}), 1e-15);
    }

    @Test
    void metricsOfOneWrongSwapByHand() {
        SortingData data = SortingData.generate(4, 2, new SplittableRandom(3));
        int[][] predicted = {data.order(0), data.order(1)};
        SortingMetrics perfect = SortingMetrics.of(predicted, data);
        assertEquals(new SortingMetrics(1, 1, 0, 0, 0, 0), perfect);
        int[] swapped = data.order(1);
        int keep = swapped[0];
        swapped[0] = swapped[1];
        swapped[1] = keep;
        predicted[1] = swapped;
        SortingMetrics m = SortingMetrics.of(predicted, data);
        double gap = data.sorted(1)[1] - data.sorted(1)[0];
        // The output's τ: one adjacent swap of 6 pairs, 1 − 2/6. The paper's τ compares the index lists.
        assertEquals((1 + 4.0 / 6) / 2, m.outputKendallTau(), 1e-15);
        assertEquals((1 + SortingMetrics.kendallTau(swapped, data.order(1))) / 2, m.kendallTau(), 1e-15);
        assertEquals((2.0 / 4) / 2, m.proportionWrong(), 1e-15);
        assertEquals(0.5, m.proportionAnyWrong(), 1e-15);
        assertEquals((2 * gap / 4) / 2, m.l1(), 1e-15);
        assertEquals((2 * gap * gap / 4) / 2, m.l2(), 1e-15);
    }

    @Test
    void sortingDataIsSortedAscendingAndOrderReconstructsIt() {
        SortingData data = SortingData.generate(7, 3, new SplittableRandom(11));
        for (int b = 0; b < 3; b++) {
            double[] x = data.input(b);
            double[] s = data.sorted(b);
            int[] order = data.order(b);
            for (int j = 0; j < 7; j++) {
                assertEquals(x[order[j]], s[j]);
                assertTrue(j == 0 || s[j - 1] < s[j]);
                assertTrue(x[j] >= 0 && x[j] < 1);
            }
        }
    }
}
