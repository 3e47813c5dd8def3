package org.otexplorer.derivatives;

/**
 * Closed form of the H-matrix spectrum for N equally spaced points on the unit circle transported to
 * themselves with uniform weights (math.md §10, the differentiation paper's Example 12). The plan is
 * circulant, {@code P_ij = κ_{(i−j) mod N}/(N Z)} with {@code κ_m = exp(−4 sin²(πm/N)/ε)}, and
 * <pre>
 *   ρ_k = Σ_m κ_m cos(2πkm/N) / Z,   spec(H) = {(1 ± ρ_k)/N : k = 0..N−1},
 *   λ_{2N−1} = (1 − ρ_1)/N,   cond = 2/(1 − ρ_1).
 * </pre>
 * ε is absolute (mean C = 2 on the circle). Exact cosine sums, no Bessel truncation.
 */
public final class UnitCircleSpectrum {
    private UnitCircleSpectrum() {
    }

    /** ρ_k, k = 0..N−1 (ρ_0 = 1). */
    public static double[] rho(int n, double epsilon) {
        if (n < 2) {
            throw new IllegalArgumentException("the unit-circle spectrum needs N >= 2, got " + n);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
        }
        double[] kappa = new double[n];
        double z = 0;
        for (int m = 0; m < n; m++) {
            double s = Math.sin(Math.PI * m / n);
            kappa[m] = Math.exp(-4 * s * s / epsilon);
            z += kappa[m];
        }
        double[] rho = new double[n];
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int m = 0; m < n; m++) {
                sum += kappa[m] * Math.cos(2 * Math.PI * ((long) k * m % n) / n);
            }
            rho[k] = sum / z;
        }
        return rho;
    }

    /** All 2N eigenvalues of H, ascending. */
    public static double[] eigenvalues(int n, double epsilon) {
        double[] rho = rho(n, epsilon);
        double[] out = new double[2 * n];
        for (int k = 0; k < n; k++) {
            out[2 * k] = (1 + rho[k]) / n;
            out[2 * k + 1] = (1 - rho[k]) / n;
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /** λ_{2N−1} = (1 − ρ_1)/N. */
    public static double smallestPositiveEigenvalue(int n, double epsilon) {
        return (1 - rho(n, epsilon)[1]) / n;
    }

    /** λ_max/λ_{2N−1} = 2/(1 − ρ_1). */
    public static double conditionNumber(int n, double epsilon) {
        return 2 / (1 - rho(n, epsilon)[1]);
    }
}
