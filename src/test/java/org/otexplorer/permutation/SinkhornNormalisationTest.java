package org.otexplorer.permutation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otexplorer.permutation.Rejections.expectRejected;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The operator S^(L) half-step by half-step against hand computation, Sinkhorn's theorem and bad input. */
class SinkhornNormalisationTest {

    @Test
    void halfStepsMatchHandComputationWithBothErrors() {
        // A = [[1,2],[3,4]]: N_r gives [[1/3,2/3],[3/7,4/7]] (column sums 16/21, 26/21);
        // N_c then gives [[7/16,7/13],[9/16,6/13]] (row sums 203/208, 213/208).
        SinkhornNormalisation s = SinkhornNormalisation.of(new double[][] {{1, 2}, {3, 4}});
        ConstraintErrors e = s.run(1);
        assertArrayEquals(new double[] {7.0 / 16, 7.0 / 13}, s.matrix()[0], 1e-15);
        assertArrayEquals(new double[] {9.0 / 16, 6.0 / 13}, s.matrix()[1], 1e-15);
        assertEquals(0, e.rowError()[0], 1e-15);
        assertEquals(5.0 / 21, e.columnError()[0], 1e-15);
        assertEquals(5.0 / 208, e.rowError()[1], 1e-15);
        assertEquals(0, e.columnError()[1], 1e-15);
        assertEquals(5.0 / 208, e.afterIteration(1), 1e-15);
        s.reset();
        s.halfStep();
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, s.matrix()[0], 1e-15);
        assertArrayEquals(new double[] {3.0 / 7, 4.0 / 7}, s.matrix()[1], 1e-15);
        assertEquals(1, s.halfSteps());
        s.reset();
        assertArrayEquals(new double[] {3, 4}, s.matrix()[1], 1e-15);
    }

    @Test
    void withoutAPositiveDiagonalTheIterationSwingsBetweenTwoMatricesForever() {
        // Appendix D's pattern with ε = 0: [[0,1,0],[½,0,½],[0,1,0]] after each row step,
        // [[0,½,0],[1,0,1],[0,½,0]] after each column step; the error stays exactly 1.
        SinkhornNormalisation s = SinkhornNormalisation.of(OscillatingPattern.CENTRE_OPEN.withEpsilon(0));
        for (int l = 0; l < 50; l++) {
            s.halfStep();
            assertArrayEquals(new double[] {0.5, 0, 0.5}, s.matrix()[1], 1e-15);
            assertEquals(1, s.columnError(), 1e-15);
            s.halfStep();
            assertArrayEquals(new double[] {0, 0.5, 0}, s.matrix()[0], 1e-15);
            assertEquals(1, s.rowError(), 1e-15);
        }
    }

    @Test
    void positiveMatricesConvergeToTheirDoublyStochasticScaling() {
        // Sinkhorn's theorem: the limit is diag(u) A diag(v), so cross-ratios A_ij A_kl / (A_il A_kj) survive.
        for (long seed = 1; seed <= 3; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            int n = 5;
            double[][] a = new double[n][n];
            for (double[] row : a) {
                for (int j = 0; j < n; j++) {
                    row[j] = rng.nextDouble(0.1, 2);
                }
            }
            SinkhornNormalisation s = SinkhornNormalisation.of(a);
            ConstraintErrors e = s.run(300);
            assertTrue(e.afterIteration(300) < 1e-13, "row error " + e.afterIteration(300));
            double[][] p = s.matrix();
            assertEquals(a[0][0] * a[2][3] / (a[0][3] * a[2][0]), p[0][0] * p[2][3] / (p[0][3] * p[2][0]), 1e-12);
        }
    }

    @Test
    void logScoresOfHugeMagnitudeDoNotOverflow() {
        // exp(χ/τ) with τ = 1e-3 would overflow as a matrix; the log domain keeps it exact.
        double[] chi = {2.1, -0.4, 0.3, 1.7};
        double[] logScores = new double[4];
        for (int k = 0; k < 4; k++) {
            logScores[k] = chi[k] / 1e-3;
        }
        SinkhornNormalisation s = SinkhornNormalisation.ofLogScores(logScores, 2);
        s.run(5);
        // The best permutation is the diagonal (2.1 + 1.7 > −0.4 + 0.3): the limit is the identity.
        assertArrayEquals(new double[] {1, 0}, s.matrix()[0], 1e-12);
        assertArrayEquals(new double[] {0, 1}, s.matrix()[1], 1e-12);
    }

    @Test
    void badInputIsRejectedWithANamingMessage() {
        expectRejected("row 1 has 1 entries, expected 2", () -> SinkhornNormalisation.of(new double[][] {{1, 2}, {3}}));
        expectRejected("entry (0, 1) is -1.0", () -> SinkhornNormalisation.of(new double[][] {{1, -1}, {1, 1}}));
        expectRejected("entry (1, 0) is NaN", () -> SinkhornNormalisation.of(new double[][] {{1, 1}, {Double.NaN, 1}}));
        expectRejected("row 1 is all zero", () -> SinkhornNormalisation.of(new double[][] {{1, 1}, {0, 0}}));
        expectRejected("column 0 is all zero", () -> SinkhornNormalisation.of(new double[][] {{0, 1}, {0, 1}}));
        expectRejected("non-empty", () -> SinkhornNormalisation.of(new double[0][]));
        expectRejected("L >= 1", () -> SinkhornNormalisation.of(new double[][] {{1}}).run(0));
        expectRejected("n x n", () -> SinkhornNormalisation.ofLogScores(new double[3], 2));
        expectRejected("(0, 1) is not finite",
                () -> SinkhornNormalisation.ofLogScores(new double[] {0, Double.POSITIVE_INFINITY, 0, 0}, 2));
    }
}
