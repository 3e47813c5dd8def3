package org.otexplorer.regression.data;

import java.util.SplittableRandom;
import org.otexplorer.engine.PointClouds;

/** Seeded random draws shared by the generators. */
final class Draws {
    private Draws() {
    }

    static double[][] normal(SplittableRandom rng, int rows, int cols, double mean, double sd) {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                out[i][k] = mean + sd * PointClouds.standardNormal(rng);
            }
        }
        return out;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    static int[] permutation(SplittableRandom rng, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /**
     * The pairing after shuffling a fraction of the correspondence: a random subset of ⌊f·n⌋ rows has its
     * outputs permuted among itself (ROBOT's shuffle level, math.md §11.4); the other rows keep their input.
     */
    static int[] partialShuffle(SplittableRandom rng, int n, double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("shuffle fraction must lie in [0, 1], got " + fraction);
        }
        int[] order = permutation(rng, n);
        int k = (int) Math.floor(fraction * n);
        int[] inner = permutation(rng, k);
        int[] pairing = new int[n];
        for (int i = 0; i < n; i++) {
            pairing[i] = i;
        }
        for (int s = 0; s < k; s++) {
            pairing[order[s]] = order[inner[s]];
        }
        return pairing;
    }

    /** Responses X W* + σ·N(0,1). */
    static double[][] responses(SplittableRandom rng, double[][] x, double[][] w, double sigma) {
        int q = w[0].length;
        double[][] y = new double[x.length][q];
        for (int i = 0; i < x.length; i++) {
            for (int t = 0; t < q; t++) {
                double s = 0;
                for (int a = 0; a < w.length; a++) {
                    s += x[i][a] * w[a][t];
                }
                y[i][t] = s + sigma * PointClouds.standardNormal(rng);
            }
        }
        return y;
    }

    /** Output rows reordered so that row i is the response of input {@code pairing[i]}. */
    static double[][] reorder(double[][] y, int[] pairing) {
        double[][] out = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[pairing[i]].clone();
        }
        return out;
    }
}
