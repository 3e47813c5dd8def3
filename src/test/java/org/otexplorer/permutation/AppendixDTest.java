package org.otexplorer.permutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otexplorer.permutation.Rejections.expectRejected;

import org.junit.jupiter.api.Test;

/**
 * Paper Appendix D checked numerically on its matrix (15), {@link OscillatingPattern#CENTRE_OPEN}: the
 * first-order terms of (16)–(29), the limit of entry (1,1), and the change point (31) against the measured one
 * (math.md §15.2). Paper indices are 1-based, ours 0-based: the paper's (1,1) is our [0][0], its (2,1) our [1][0].
 */
class AppendixDTest {
    private static final double[] EPSILONS = {1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10};
    /** Small enough that second-order terms (coefficients below ~10³) stay under 1e−4 in the slope. */
    private static final double H = 1e-7;

    /** The matrix after k half-steps for zeros → ε. */
    private static double[][] after(int halfSteps, double eps) {
        SinkhornNormalisation s = SinkhornNormalisation.of(OscillatingPattern.CENTRE_OPEN.withEpsilon(eps));
        for (int k = 0; k < halfSteps; k++) {
            s.halfStep();
        }
        return s.matrix();
    }

    /** The ε⁰ and ε¹ Taylor coefficients of entry (i, j) after k half-steps: the value at ε = 0 and a forward slope. */
    private static double[] taylor(int halfSteps, int i, int j) {
        double zero = after(halfSteps, 0)[i][j];
        return new double[] {zero, (after(halfSteps, H)[i][j] - zero) / H};
    }

    private static void assertTaylor(double constant, double slope, double[] actual, String what) {
        assertEquals(constant, actual[0], 1e-12, what + ": constant term");
        assertEquals(slope, actual[1], 1e-4 * Math.max(1, Math.abs(slope)), what + ": coefficient of eps");
    }

    @Test
    void entryOneOneDoublesEveryHalfStepToFirstOrder() {
        // Eq. (30): 2^{k−1} ε after k normalisations (eqs. 17, 21, 25, 29 give ε, 2ε, 4ε, 8ε).
        for (int k = 1; k <= 6; k++) {
            assertTaylor(0, Math.pow(2, k - 1), taylor(k, 0, 0), "entry (1,1) after " + k + " half-steps");
        }
    }

    @Test
    void theOtherFirstOrderEntriesAreRightWhereThePaperSaysSoAndWrongAtEqs19And25() {
        assertTaylor(1, -2, taylor(1, 0, 1), "eq. 17 (1,2)");
        assertTaylor(0.5, -0.25, taylor(1, 1, 0), "eq. 17 (2,1)");
        assertTaylor(0, 0.5, taylor(1, 1, 1), "eq. 17 (2,2)");
        assertTaylor(0.5, -1.0 / 8, taylor(2, 0, 1), "eq. 21 (1,2)");
        assertTaylor(1, -4, taylor(2, 1, 0), "eq. 21 (2,1)");
        assertTaylor(0, 0.25, taylor(2, 1, 1), "eq. 21 (2,2)");
        assertTaylor(1, -8, taylor(3, 0, 1), "eq. 25 (1,2)");
        assertTaylor(0, 1.0 / 8, taylor(3, 1, 1), "eq. 25 (2,2)");
        assertTaylor(0.5, -1.0 / 32, taylor(4, 0, 1), "eq. 29 (1,2)");
        assertTaylor(1, -16, taylor(4, 1, 0), "eq. 29 (2,1)");
        assertTaylor(0, 1.0 / 16, taylor(4, 1, 1), "eq. 29 (2,2)");
        // Eq. 25 (2,1): the paper has 1/2 + 29/16 ε; the expansion is 1/2 − ε/16.
        assertTaylor(0.5, -1.0 / 16, taylor(3, 1, 0), "eq. 25 (2,1)");
    }

    @Test
    void columnSumsBehindEqs19And27() {
        // Column sums of N_r(A): column 2 is 2 − (7/2)ε (the paper's denominator in eq. 19 has 7/4),
        // column 1 is 1/2 + (7/4)ε as the paper has it.
        double[] col1 = columnSumTaylor(1, 0);
        double[] col2 = columnSumTaylor(1, 1);
        assertTaylor(0.5, 7.0 / 4, col1, "eq. 19 column 1 sum");
        assertTaylor(2, -7.0 / 2, col2, "eq. 19 column 2 sum");
        // Column sums after three half-steps: 1/2 + (127/16)ε (paper: 157/16, carried from eq. 25) and
        // 2 − (127/8)ε (as the paper has it).
        assertTaylor(0.5, 127.0 / 16, columnSumTaylor(3, 0), "eq. 27 column 1 sum");
        assertTaylor(2, -127.0 / 8, columnSumTaylor(3, 1), "eq. 27 column 2 sum");
    }

    private static double[] columnSumTaylor(int halfSteps, int column) {
        double zero = 0;
        double small = 0;
        for (int i = 0; i < 3; i++) {
            zero += after(halfSteps, 0)[i][column];
            small += after(halfSteps, H)[i][column];
        }
        return new double[] {zero, (small - zero) / H};
    }

    @Test
    void entryOneOneTendsToOneQuarterNotOneHalf() {
        // Symmetry gives the limit the form [[a,b,a],[b,d,b],[a,b,a]] with 2a + b = 1 and 2b + d = 1, and
        // Sinkhorn's theorem keeps the cross-ratio a d / b² = ε²: (4 − 4ε²)a² − (1 − 4ε²)a − ε² = 0.
        for (double eps : new double[] {1e-1, 1e-2, 1e-3, 1e-5}) {
            double p = 1 - 4 * eps * eps;
            double closedForm = (p + Math.sqrt(p * p + 16 * eps * eps * (1 - eps * eps))) / (8 * (1 - eps * eps));
            SinkhornNormalisation s = SinkhornNormalisation.of(OscillatingPattern.CENTRE_OPEN.withEpsilon(eps));
            s.run(200);
            assertEquals(closedForm, s.matrix()[0][0], 1e-12, "eps " + eps);
            assertEquals(0.25, s.matrix()[0][0], eps * eps, "eps " + eps);
        }
    }

    @Test
    void changePointIsWhere2ToTheKMinus1EpsReachesOneQuarter() {
        // Measured: the first half-step whose error is below 1/2. It equals ceil(−log₂ε − 1) for every decade,
        // while eq. (31) −log₂ε + 2 lies 2 to 3 half-steps later; eq. (31) instead marks, within half a step
        // before to 1.25 after, where the error has fallen to 0.1.
        for (double eps : EPSILONS) {
            int measured = PlateauChangePoints.measured(OscillatingPattern.CENTRE_OPEN, eps,
                    PlateauChangePoints.HALF_PLATEAU, 100);
            assertEquals((int) Math.ceil(PlateauChangePoints.limitPrediction(eps)), measured, "eps " + eps);
            double lag = PlateauChangePoints.paperPrediction(eps) - measured;
            assertTrue(lag > 2 && lag <= 3, "eq. 31 minus measured = " + lag + " at eps " + eps);
            int tenth = PlateauChangePoints.measured(OscillatingPattern.CENTRE_OPEN, eps, 0.1, 100);
            double offset = tenth - PlateauChangePoints.paperPrediction(eps);
            assertTrue(offset >= -0.5 && offset <= 1.25, "error < 0.1 at " + tenth + ", eq. 31 says "
                    + PlateauChangePoints.paperPrediction(eps));
        }
    }

    @Test
    void paperTableRoundsEq31() {
        // The table (32)–(41) is eq. (31) rounded to the nearest half-step.
        int[] table = {5, 9, 12, 15, 19, 22, 25, 29, 32, 35};
        for (int d = 0; d < EPSILONS.length; d++) {
            assertEquals(table[d], Math.round(PlateauChangePoints.paperPrediction(EPSILONS[d])), "eps " + EPSILONS[d]);
        }
    }

    @Test
    void badInputIsRejected() {
        expectRejected("(0, 1)", () -> PlateauChangePoints.paperPrediction(0));
        expectRejected("threshold", () -> PlateauChangePoints.measured(OscillatingPattern.CENTRE_OPEN, 1e-3, 2, 10));
    }
}
