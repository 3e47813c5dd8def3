package org.otexplorer.regression;

import java.util.SplittableRandom;

/** Row subsets drawn without replacement (partial Fisher–Yates), seeded. */
final class Minibatch {
    private Minibatch() {
    }

    /** {@code size} distinct rows of {@code rows}, or all of them when size is 0 or ≥ their count. */
    static double[][] rows(double[][] rows, int size, SplittableRandom rng) {
        int n = rows.length;
        if (size <= 0 || size >= n) {
            return rows;
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        double[][] out = new double[size][];
        for (int k = 0; k < size; k++) {
            int j = k + rng.nextInt(n - k);
            int t = idx[k];
            idx[k] = idx[j];
            idx[j] = t;
            out[k] = rows[idx[k]];
        }
        return out;
    }
}
