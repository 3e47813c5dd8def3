package org.otexplorer.permutation;

import java.util.Arrays;

/**
 * The τ × L × n study of random score matrices {@code exp(χ/τ)}, χ ~ N(0,1) entry-wise (math.md §15.3).
 *
 * @param temperatures τ values, each finite and > 0
 * @param iterations   iteration counts L, increasing, each ≥ 1
 * @param sizes        matrix sizes n, each ≥ 2
 * @param samples      random matrices per (τ, n) cell, ≥ 1; sample k of size n is the same χ for every τ
 * @param threshold    a sample counts as unnormalised when {@code Err_r} after L iterations exceeds this, in (0, 1)
 * @param seed         drives every χ
 */
public record RandomScoreSettings(double[] temperatures, int[] iterations, int[] sizes, int samples,
                                  double threshold, long seed) {
    /**
     * The default threshold: a row may miss its unit sum by 1 %. For the sorting task that is the gap
     * between neighbouring sorted numbers at N = 100, so a soft permutation this far off can no longer tell
     * neighbours apart in its reconstruction {@code Pᵀx}.
     */
    public static final double DEFAULT_THRESHOLD = 1e-2;

    public RandomScoreSettings {
        if (temperatures == null || temperatures.length == 0 || iterations == null || iterations.length == 0
                || sizes == null || sizes.length == 0) {
            throw new IllegalArgumentException("the random-score grid needs at least one temperature, iteration count"
                    + " and size");
        }
        for (double tau : temperatures) {
            if (!(tau > 0) || Double.isInfinite(tau)) {
                throw new IllegalArgumentException("temperature tau must be a finite number > 0, got " + tau);
            }
        }
        for (int k = 0; k < iterations.length; k++) {
            if (iterations[k] < 1 || (k > 0 && iterations[k] <= iterations[k - 1])) {
                throw new IllegalArgumentException("iteration counts L must be >= 1 and increasing, got "
                        + Arrays.toString(iterations));
            }
        }
        for (int n : sizes) {
            if (n < 2) {
                throw new IllegalArgumentException("matrix size n must be >= 2, got " + n);
            }
        }
        if (samples < 1) {
            throw new IllegalArgumentException("the random-score grid needs at least 1 sample per cell, got "
                    + samples);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the unnormalised threshold must lie in (0, 1), got " + threshold);
        }
        temperatures = temperatures.clone();
        iterations = iterations.clone();
        sizes = sizes.clone();
    }

    /** The bench's grid: τ from 1 down to 0.01, L from 1 to 200, n = 3, 10, 50, 100 samples per cell. */
    public static RandomScoreSettings defaults(long seed) {
        return new RandomScoreSettings(new double[] {1, 0.3, 0.1, 0.03, 0.01},
                new int[] {1, 2, 5, 10, 20, 50, 100, 200}, new int[] {3, 10, 50}, 100, DEFAULT_THRESHOLD, seed);
    }

    @Override
    public double[] temperatures() {
        return temperatures.clone();
    }

    @Override
    public int[] iterations() {
        return iterations.clone();
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }
}
