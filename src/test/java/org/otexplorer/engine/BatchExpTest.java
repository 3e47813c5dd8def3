package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchExp} against {@link StrictMath#exp} (fdlibm, within 1 ulp) on many points: within 2 ulp, results near
 * and below the subnormal range exactly 0 or normal (never subnormal), 0 and ∞ and NaN where StrictMath has them.
 */
class BatchExpTest {
    private static final double LN2 = Math.log(2);

    @Test
    void randomArgumentsOverTheWholeRangeAreWithinTwoUlp() {
        Random random = new Random(20261202);
        double[] x = new double[4096];
        double worst = 0;
        for (int round = 0; round < 250; round++) {
            for (int j = 0; j < x.length; j++) {
                // Half the points where the sweeps evaluate (x ≤ 0, mostly near 0), half over the double range.
                x[j] = (j & 1) == 0 ? -60 * random.nextDouble() : -760 + 1480 * random.nextDouble();
            }
            worst = Math.max(worst, worstUlpError(x));
        }
        assertTrue(worst <= 2, "worst error " + worst + " ulp");
    }

    @Test
    void edgesUnderflowOverflowAndSpecialValuesAreThoseOfStrictMath() {
        double[] x = {0.0, -0.0, 1e-300, -1e-300, 1e-17, -1e-17, LN2 / 2, -LN2 / 2, Math.nextUp(LN2 / 2),
            Math.nextDown(-LN2 / 2), LN2, -LN2, 1, -1, -60, -708.3964, -708.4, -709, -720, -740, -744.44, -745.1,
            -745.13, -745.2, -746, -800, -1e308, Double.NEGATIVE_INFINITY, 709, 709.78, 709.7827128933840,
            709.79, 710, 800, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        assertTrue(worstUlpError(x) <= 2);
        double[] out = new double[x.length];
        new BatchExp(x.length).expAndSum(x, out, x.length);
        for (int j = 0; j < x.length; j++) {
            double expected = StrictMath.exp(x[j]);
            if (expected < Double.MIN_NORMAL) {
                assertEquals(0.0, out[j], "e^" + x[j] + " is subnormal or 0: flushed");
            } else if (Double.isInfinite(expected)) {
                assertEquals(expected, out[j], "e^" + x[j]);
            }
        }
        double[] nan = {Double.NaN, 0};
        assertTrue(Double.isNaN(new BatchExp(2).expAndSum(nan, nan, 2)));
        assertTrue(Double.isNaN(nan[0]));
        assertEquals(1.0, nan[1]);
    }

    @Test
    void theSumIsThatOfTheTermsAndTheRowMayBeOverwrittenInPlace() {
        Random random = new Random(7);
        for (int len : new int[] {1, 2, 3, 5, 17, 1000}) {
            double[] x = new double[len];
            for (int j = 0; j < len; j++) {
                x[j] = -30 * random.nextDouble();
            }
            double[] copy = x.clone();
            BatchExp exp = new BatchExp(1000);
            double[] out = new double[len];
            double sum = exp.expAndSum(x, out, len);
            double inPlace = exp.expAndSum(copy, copy, len);
            double expected = 0;
            for (int j = 0; j < len; j++) {
                assertEquals(out[j], copy[j], 0, "entry " + j + " of " + len);
                expected += StrictMath.exp(x[j]);
            }
            assertEquals(sum, inPlace, 0);
            assertEquals(expected, sum, 1e-15 * expected, "length " + len);
        }
    }

    /** The largest |BatchExp − StrictMath.exp| in units of the last place of the StrictMath value. */
    private static double worstUlpError(double[] x) {
        double[] out = new double[x.length];
        new BatchExp(x.length).expAndSum(x, out, x.length);
        double worst = 0;
        for (int j = 0; j < x.length; j++) {
            double expected = StrictMath.exp(x[j]);
            if (Double.isInfinite(expected)) {
                assertEquals(expected, out[j], "e^" + x[j]);
                continue;
            }
            if (expected < BatchExp.FLUSH_BELOW) {
                assertEquals(0.0, out[j], "e^" + x[j] + " is below the flush threshold");
                continue;
            }
            assertTrue(out[j] >= Double.MIN_NORMAL, "e^" + x[j] + " is normal");
            worst = Math.max(worst, Math.abs(out[j] - expected) / Math.ulp(expected));
        }
        return worst;
    }
}
