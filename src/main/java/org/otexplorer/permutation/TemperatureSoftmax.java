package org.otexplorer.permutation;

import org.otexplorer.engine.GumbelSinkhorn;

/**
 * Softmax with temperature, {@code σ(x/τ)_i = e^{x_i/τ} / Σ_k e^{x_k/τ}}, as the one-row case of the Sinkhorn
 * normalisation (a single row step on the 1×K matrix {@code exp(x/τ)}), and the derivatives of paper
 * Appendix A (math.md §15.4): the Jacobian (4), the derivative in τ, and the diagonal gradient of the largest
 * entry (7)–(8), which vanishes like {@code (K−1)/τ · e^{−c/τ}} (14) as τ → 0 when the other entries lie c
 * below the maximum. In double precision {@code e^{−c/τ}} is exactly 0 once {@code c/τ > 745.13}.
 */
public final class TemperatureSoftmax {
    /** {@code −ln} of half the smallest positive double (4.9e−324): e^{−u} rounds to 0.0 for u above this. */
    public static final double DOUBLE_UNDERFLOW_EXPONENT = 745.13;
    /** {@code −ln} of half the smallest positive float (1.4e−45): e^{−u} rounds to 0f for u above this. */
    public static final double FLOAT_UNDERFLOW_EXPONENT = 103.97;

    private TemperatureSoftmax() {
    }

    /**
     * {@code σ(x/τ)}, computed as the row step of {@link GumbelSinkhorn#normaliseRows} on one row.
     *
     * @throws IllegalArgumentException if x is empty or holds a non-finite entry, or τ is not a finite number > 0
     */
    public static double[] softmax(double[] x, double temperature) {
        double[] z = scaled(x, temperature);
        double[] sigma = new double[z.length];
        GumbelSinkhorn.normaliseRows(z, 1, z.length, sigma);
        return sigma;
    }

    /** Appendix A eq. (4): {@code ∂σ_i/∂x_j = (1/τ) σ_i (δ_ij − σ_j)}, K×K. */
    public static double[][] jacobian(double[] x, double temperature) {
        double[] s = softmax(x, temperature);
        double[][] jac = new double[s.length][s.length];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                jac[i][j] = s[i] * ((i == j ? 1 : 0) - s[j]) / temperature;
            }
        }
        return jac;
    }

    /** {@code ∂σ_i/∂τ = −(1/τ²) σ_i (x_i − Σ_k σ_k x_k)}. */
    public static double[] temperatureDerivative(double[] x, double temperature) {
        double[] s = softmax(x, temperature);
        double mean = 0;
        for (int k = 0; k < s.length; k++) {
            mean += s[k] * x[k];
        }
        double[] d = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            d[i] = -s[i] * (x[i] - mean) / (temperature * temperature);
        }
        return d;
    }

    /** Eq. (7)–(8): {@code ∂σ_m/∂x_m = (1/τ) σ_m (1 − σ_m)} for the largest entry m of x. */
    public static double largestEntryGradient(double[] x, double temperature) {
        double[] s = softmax(x, temperature);
        int m = 0;
        for (int k = 1; k < x.length; k++) {
            if (x[k] > x[m]) {
                m = k;
            }
        }
        return s[m] * (1 - s[m]) / temperature;
    }

    /**
     * Eq. (13): the same gradient when the K − 1 other entries all lie c below the maximum,
     * {@code (1/τ) · s (1 − s)} with {@code s = 1 / (1 + (K−1) e^{−c/τ})}, written so that small
     * {@code (K−1)e^{−c/τ}} keeps its digits.
     */
    public static double equalGapGradient(int size, double gap, double temperature) {
        double a = (size - 1) * Math.exp(-gap / requireTemperature(temperature));
        return a / ((1 + a) * (1 + a)) / temperature;
    }

    /** Eq. (14), the low-temperature form {@code (K−1)/τ · e^{−c/τ}}. */
    public static double equalGapApproximation(int size, double gap, double temperature) {
        return (size - 1) * Math.exp(-gap / requireTemperature(temperature)) / temperature;
    }

    /** The temperature below which {@code e^{−c/τ}}, and with it eq. (13), is exactly 0 in double precision. */
    public static double doubleUnderflowTemperature(double gap) {
        return gap / DOUBLE_UNDERFLOW_EXPONENT;
    }

    private static double[] scaled(double[] x, double temperature) {
        requireTemperature(temperature);
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("softmax needs at least one entry");
        }
        double[] z = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k])) {
                throw new IllegalArgumentException("softmax entry " + k + " is not finite: " + x[k]);
            }
            z[k] = x[k] / temperature;
        }
        return z;
    }

    private static double requireTemperature(double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature tau must be a finite number > 0, got " + temperature);
        }
        return temperature;
    }
}
