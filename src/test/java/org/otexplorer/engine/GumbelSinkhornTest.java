package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otexplorer.engine.Rejections.expectRejected;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Sinkhorn operator and Gumbel-Sinkhorn (math.md §12) against Sinkhorn's theorem and brute force. */
class GumbelSinkhornTest {

    private static double[] randomScores(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] s = new double[n * n];
        for (int k = 0; k < s.length; k++) {
            s[k] = 3 * rng.nextDouble() - 1.5;
        }
        return s;
    }

    @Test
    void sinkhornOperatorMakesColumnsStochasticAndRowsConverge() {
        int n = 6;
        double[] s = GumbelSinkhorn.sinkhorn(randomScores(n, 1), n, 200);
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (int i = 0; i < n; i++) {
                col += s[i * n + j];
            }
            assertEquals(1.0, col, 1e-14, "column " + j);
        }
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += s[i * n + j];
            }
            assertEquals(1.0, row, 1e-12, "row " + i);
        }
    }

    @Test
    void sinkhornOperatorKeepsTheDiagonalScalingClassOfAlpha() {
        // Sinkhorn's theorem: S(log α) = diag(u) α diag(v), so S_ij S_kl / (S_il S_kj) = α_ij α_kl / (α_il α_kj).
        int n = 4;
        double[] logAlpha = randomScores(n, 2);
        double[] s = GumbelSinkhorn.sinkhorn(logAlpha, n, 50);
        double crossLog = Math.log(s[0] * s[n + 1] / (s[1] * s[n]));
        assertEquals(logAlpha[0] + logAlpha[n + 1] - logAlpha[1] - logAlpha[n], crossLog, 1e-12);
    }

    @Test
    void asTemperatureShrinksTheOutputTendsToTheBestPermutation() {
        for (long seed = 10; seed < 14; seed++) {
            int n = 6;
            double[] logAlpha = randomScores(n, seed);
            double best = -BruteForce.optimalAssignmentCost(TransportProblem.fromCost(negatedMatrix(logAlpha, n)));
            int[] sigma = GumbelSinkhorn.matching(logAlpha, n);
            assertEquals(best, score(logAlpha, sigma, n), 1e-12, "matching is the brute-force maximiser");
            double previous = Double.POSITIVE_INFINITY;
            // The claim is about the operator's limit; Sinkhorn needs ~1/temperature sweeps to get there.
            for (double temperature : new double[] {1, 0.1, 0.01, 0.002}) {
                double[] s = GumbelSinkhorn.gumbelSinkhorn(logAlpha, n, temperature, 0,
                        (int) (50 / temperature), new SplittableRandom(1));
                double distance = 0;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        distance += Math.abs(s[i * n + j] - (sigma[i] == j ? 1 : 0));
                    }
                }
                assertTrue(distance < previous, "distance " + distance + " at temperature " + temperature);
                previous = distance;
            }
            assertTrue(previous < 1e-3, "at temperature 0.002 the output is within " + previous + " of the permutation");
        }
    }

    @Test
    void gumbelNoiseIsReproducibleAndStillDoublyStochastic() {
        int n = 5;
        double[] logAlpha = randomScores(n, 3);
        double[] first = GumbelSinkhorn.gumbelSinkhorn(logAlpha, n, 0.5, 1, 100, new SplittableRandom(9));
        double[] again = GumbelSinkhorn.gumbelSinkhorn(logAlpha, n, 0.5, 1, 100, new SplittableRandom(9));
        double[] noiseless = GumbelSinkhorn.gumbelSinkhorn(logAlpha, n, 0.5, 0, 100, new SplittableRandom(9));
        assertArrayEquals(first, again);
        double change = 0;
        double total = 0;
        for (int k = 0; k < first.length; k++) {
            change += Math.abs(first[k] - noiseless[k]);
            total += first[k];
        }
        assertTrue(change > 1e-3, "the noise changes the output");
        assertEquals(n, total, 1e-9);
    }

    @Test
    void halfStepsKeepZeroEntriesAndWriteTheNormalisedMatrix() {
        // exp(z) = [[0, 1, 3], [2, 2, 0]] (log 0 = -inf): rows normalise to [[0, 1/4, 3/4], [1/2, 1/2, 0]].
        double[] z = {Double.NEGATIVE_INFINITY, 0, Math.log(3), Math.log(2), Math.log(2), Double.NEGATIVE_INFINITY};
        double[] w = new double[6];
        GumbelSinkhorn.normaliseRows(z, 2, 3, w);
        assertArrayEquals(new double[] {0, 0.25, 0.75, 0.5, 0.5, 0}, w, 1e-15);
        GumbelSinkhorn.normaliseColumns(z, 2, 3, w);
        assertArrayEquals(new double[] {0, 1.0 / 3, 1, 1, 2.0 / 3, 0}, w, 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, z[0]);
        double[] zeroRow = {0, 0, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        expectRejected("row 1 has no positive entry", () -> GumbelSinkhorn.normaliseRows(zeroRow, 2, 2, new double[4]));
        double[] nan = {0, Double.NaN, 0, 0};
        expectRejected("column 1 has no positive entry or holds a NaN",
                () -> GumbelSinkhorn.normaliseColumns(nan, 2, 2, new double[4]));
    }

    @Test
    void renormalisingFromTheWeightsAgreesWithTheExactLogDomainStepsEvenWhereWeightsUnderflow() {
        // Column 1 of exp(z) after the row step is e^-800 ≈ 0 in both rows: its weights underflow, so the
        // column must be recomputed from z, giving [1/2, 1/2] as the exact step does.
        double[] z = {0, -800, 0, -800};
        double[] w = new double[4];
        GumbelSinkhorn.normaliseRows(z, 2, 2, w);
        GumbelSinkhorn.renormaliseColumns(z, 2, 2, w);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, w, 1e-15);
        // Widely spread scores (temperature 0.01): every half-step from the weights against every step exact.
        for (long seed = 20; seed < 23; seed++) {
            int n = 6;
            double[] scores = randomScores(n, seed);
            for (int k = 0; k < scores.length; k++) {
                scores[k] /= 0.01;
            }
            double[] exactZ = scores.clone();
            double[] exactW = new double[n * n];
            for (int l = 0; l < 30; l++) {
                GumbelSinkhorn.normaliseRows(exactZ, n, n, exactW);
                GumbelSinkhorn.normaliseColumns(exactZ, n, n, exactW);
            }
            assertArrayEquals(exactW, GumbelSinkhorn.sinkhorn(scores, n, 30), 1e-12, "seed " + seed);
        }
    }

    @Test
    void badInputIsRejectedWithANamingMessage() {
        double[] s = randomScores(3, 4);
        expectRejected("temperature", () -> GumbelSinkhorn.gumbelSinkhorn(s, 3, 0, 1, 10, new SplittableRandom(1)));
        expectRejected("noise factor", () -> GumbelSinkhorn.gumbelSinkhorn(s, 3, 1, -1, 10, new SplittableRandom(1)));
        expectRejected("iteration", () -> GumbelSinkhorn.sinkhorn(s, 3, 0));
        expectRejected("n x n", () -> GumbelSinkhorn.sinkhorn(s, 4, 10));
        double[] bad = s.clone();
        bad[4] = Double.NaN;
        expectRejected("(1, 1) is not finite", () -> GumbelSinkhorn.matching(bad, 3));
    }

    private static double[][] negatedMatrix(double[] logAlpha, int n) {
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = -logAlpha[i * n + j];
            }
        }
        return c;
    }

    private static double score(double[] logAlpha, int[] sigma, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += logAlpha[i * n + sigma[i]];
        }
        return s;
    }
}
