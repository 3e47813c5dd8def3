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

    /** ρ_k, k = 0..N−1 (ρ_0 = 1): O(N²). */
    public static double[] rho(int n, double epsilon) {
        double[] kappa = kernel(n, epsilon);
        double[] rho = new double[n];
        for (int k = 0; k < n; k++) {
            rho[k] = 1 - gap(kappa, k);
        }
        return rho;
    }

    /** 1 − ρ_1 alone, in O(N): all that λ_{2N−1} and the condition number need. */
    static double gap1(int n, double epsilon) {
        return gap(kernel(n, epsilon), 1);
    }

    /** κ_m = exp(−4 sin²(πm/N)/ε), m = 0..N−1. */
    private static double[] kernel(int n, double epsilon) {
        requireValid(n, epsilon);
        double[] kappa = new double[n];
        for (int m = 0; m < n; m++) {
            double s = Math.sin(Math.PI * m / n);
            kappa[m] = Math.exp(-4 * s * s / epsilon);
        }
        return kappa;
    }

    /**
     * 1 − ρ_k = Σ_m κ_m (1 − cos(2πkm/N)) / Σ_m κ_m = Σ_m κ_m 2 sin²(πkm/N) / Σ_m κ_m, summed in the second
     * form: at small ε, ρ_k is 1 to within round-off and 1 − ρ_k computed as a difference is 0 or noise (the
     * one-dimensional sample's reference λ_{2N−1} showed 0.000), while every term here is positive.
     */
    private static double gap(double[] kappa, int k) {
        int n = kappa.length;
        double sum = 0;
        double z = 0;
        for (int m = 0; m < n; m++) {
            double s = Math.sin(Math.PI * ((long) k * m % n) / n);
            sum += kappa[m] * 2 * s * s;
            z += kappa[m];
        }
        return sum / z;
    }

    /** All 2N eigenvalues of H, ascending: (1 + ρ_k)/N = (2 − (1 − ρ_k))/N and (1 − ρ_k)/N. */
    public static double[] eigenvalues(int n, double epsilon) {
        double[] kappa = kernel(n, epsilon);
        double[] out = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double g = gap(kappa, k);
            out[2 * k] = (2 - g) / n;
            out[2 * k + 1] = g / n;
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /** λ_{2N−1} = (1 − ρ_1)/N. */
    public static double smallestPositiveEigenvalue(int n, double epsilon) {
        return gap1(n, epsilon) / n;
    }

    /**
     * The continuum-regime reference curve of {@code CondH.py}, {@code λ_{2N−1} ≈ ε/(4N)}, valid for
     * {@code 4 sin²(π/N) ≪ ε ≪ 1} (math.md §10, regimes).
     */
    public static double continuumApproximation(int n, double epsilon) {
        requireValid(n, epsilon);
        return epsilon / (4.0 * n);
    }

    /**
     * The nearest-neighbour (discrete) regime, {@code λ_{2N−1} ≈ (1/N)·4r sin²(π/N)/(1 + 2r)} with
     * {@code r = exp(−4 sin²(π/N)/ε)}, valid for {@code ε ≪ 4 sin²(π/N)} (math.md §10, regimes); it tends to
     * the authors' reference curve {@code (4π²/N³)·exp(−4 sin²(π/N)/ε)}.
     */
    public static double nearestNeighbourApproximation(int n, double epsilon) {
        requireValid(n, epsilon);
        double s = Math.sin(Math.PI / n);
        double r = Math.exp(-4 * s * s / epsilon);
        return 4 * r * s * s / ((1 + 2 * r) * n);
    }

    /** λ_max/λ_{2N−1} = 2/(1 − ρ_1). */
    public static double conditionNumber(int n, double epsilon) {
        return 2 / gap1(n, epsilon);
    }

    private static void requireValid(int n, double epsilon) {
        if (n < 2) {
            throw new IllegalArgumentException("the unit-circle spectrum needs N >= 2, got " + n);
        }
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a finite number > 0, got " + epsilon);
        }
    }
}
