package org.otexplorer.permutation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otexplorer.permutation.Rejections.expectRejected;

import org.junit.jupiter.api.Test;
import org.otexplorer.nn.FiniteDifferences;

/** Softmax with temperature (Appendix A) as the one-row Sinkhorn case, its derivatives, and where they vanish. */
class TemperatureSoftmaxTest {
    private static final double[] X = {0.3, -1.2, 2.0, 0.7};

    @Test
    void oneRowNormalisationIsTheSoftmax() {
        for (double tau : new double[] {2, 1, 0.1}) {
            double[] sigma = TemperatureSoftmax.softmax(X, tau);
            double denominator = 0;
            for (double x : X) {
                denominator += Math.exp((x - 2.0) / tau);
            }
            for (int i = 0; i < X.length; i++) {
                assertEquals(Math.exp((X[i] - 2.0) / tau) / denominator, sigma[i], 1e-15, "tau " + tau);
            }
        }
        assertArrayEquals(new double[] {0, 0, 1, 0}, TemperatureSoftmax.softmax(X, 1e-4), 1e-300);
    }

    @Test
    void jacobianAndTemperatureDerivativeMatchCentralDifferences() {
        double tau = 0.7;
        double[][] jac = TemperatureSoftmax.jacobian(X, tau);
        for (int i = 0; i < X.length; i++) {
            int row = i;
            double[] x = X.clone();
            double[] numeric = FiniteDifferences.gradient(() -> TemperatureSoftmax.softmax(x, tau)[row], x, 1e-6);
            assertTrue(FiniteDifferences.relativeError(jac[i], numeric) < 1e-8, "row " + i);
        }
        double[] dTau = TemperatureSoftmax.temperatureDerivative(X, tau);
        for (int i = 0; i < X.length; i++) {
            double h = 1e-6;
            double up = TemperatureSoftmax.softmax(X, tau + h)[i];
            double numeric = (up - TemperatureSoftmax.softmax(X, tau - h)[i]) / (2 * h);
            assertEquals(numeric, dTau[i], 1e-8, "d sigma_" + i + " / d tau");
        }
    }

    @Test
    void equalGapFormulaIsTheLargestEntryGradientAndItsLowTemperatureFormIsAsymptotic() {
        int k = 5;
        double c = 0.5;
        double[] x = {0, -c, -c, -c, -c};
        for (double tau : new double[] {1, 0.2, 0.05, 0.01}) {
            double exact = TemperatureSoftmax.equalGapGradient(k, c, tau);
            assertEquals(TemperatureSoftmax.largestEntryGradient(x, tau), exact, 1e-12 * Math.max(1, exact), "tau " + tau);
            // (14) / (13) = (1 + a)² with a = (K−1) e^{−c/τ}.
            double a = (k - 1) * Math.exp(-c / tau);
            double ratio = TemperatureSoftmax.equalGapApproximation(k, c, tau) / exact;
            assertEquals((1 + a) * (1 + a), ratio, 1e-9 * ratio, "tau " + tau);
        }
        assertTrue(TemperatureSoftmax.equalGapApproximation(k, c, 0.02) / TemperatureSoftmax.equalGapGradient(k, c, 0.02)
                < 1 + 1e-9, "at c/tau = 25 the approximation is exact to 1e-9");
    }

    @Test
    void gradientVanishesExactlyBelowTheUnderflowTemperature() {
        double c = 1;
        double tauZero = TemperatureSoftmax.doubleUnderflowTemperature(c);
        assertEquals(0.0, TemperatureSoftmax.equalGapGradient(4, c, 0.99 * tauZero));
        assertTrue(TemperatureSoftmax.equalGapGradient(4, c, 1.05 * tauZero) > 0);
        assertEquals(0.0, TemperatureSoftmax.largestEntryGradient(new double[] {0, -c, -c, -c}, c / 800));
        // The paper puts the 32-bit bound at exp(−1000); single precision underflows near exp(−103.3) already,
        // and exp(−1000) is zero in double precision too.
        assertEquals(0f, (float) Math.exp(-TemperatureSoftmax.FLOAT_UNDERFLOW_EXPONENT - 0.5));
        assertTrue((float) Math.exp(-TemperatureSoftmax.FLOAT_UNDERFLOW_EXPONENT + 0.5) > 0f);
        assertEquals(0.0, Math.exp(-1000));
    }

    @Test
    void badInputIsRejected() {
        expectRejected("tau must be a finite number > 0", () -> TemperatureSoftmax.softmax(X, 0));
        expectRejected("tau must be a finite number > 0", () -> TemperatureSoftmax.equalGapGradient(3, 1, -1));
        expectRejected("entry 1 is not finite", () -> TemperatureSoftmax.softmax(new double[] {0, Double.NaN}, 1));
        expectRejected("at least one entry", () -> TemperatureSoftmax.softmax(new double[0], 1));
    }
}
