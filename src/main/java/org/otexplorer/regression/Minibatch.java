package org.otexplorer.regression;

import java.util.SplittableRandom;

/** Row subsets drawn without replacement (partial Fisher–Yates), seeded. */
final class Minibatch {
    private Minibatch() {
    }

    /** {@code size} distinct indices of 0..n−1, or all of them in order when size is 0 or ≥ n. */
    static int[] indices(int n, int size, SplittableRandom rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        if (size <= 0 || size >= n) {
            return idx;
        }
        for (int k = 0; k < size; k++) {
            int j = k + rng.nextInt(n - k);
            int t = idx[k];
            idx[k] = idx[j];
            idx[j] = t;
        }
        return java.util.Arrays.copyOf(idx, size);
    }

    /** {@code size} distinct rows of {@code rows}, or all of them when size is 0 or ≥ their count. */
    static double[][] rows(double[][] rows, int size, SplittableRandom rng) {
        int[] idx = indices(rows.length, size, rng);
        double[][] out = new double[idx.length][];
        for (int k = 0; k < idx.length; k++) {
            out[k] = rows[idx[k]];
        }
        return out;
    }
}
