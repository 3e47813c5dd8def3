package org.otexplorer.regression.data;

import java.util.SplittableRandom;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.regression.LinearAlgebra;
import org.otexplorer.regression.RegressionData;

/**
 * Partial correspondence, the setting of ROBOT-robust (ROBOT §3.2): m inputs z ~ N(0, I_d), w ~ N(0, I_d);
 * of the n outputs, a fraction {@code outlierFraction} are outliers with no partner, drawn from
 * N(0, (10·sd(y))²), and the others are {@code zᵀw + σ·N(0,1)} (σ = {@code noise}) of distinct inputs, in
 * random order. Inputs beyond the inliers have no output. The test set ({@code testSize}, default n) is fresh
 * and paired.
 */
final class PartialCorrespondence {
    static final String ID = "partial-correspondence";
    private static final double OUTLIER_SPREAD = 10;

    private PartialCorrespondence() {
    }

    static RegressionData generate(GeneratorSettings spec, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = spec.n();
        int m = spec.m();
        int outliers = (int) Math.floor(spec.outlierFraction() * n);
        int inliers = n - outliers;
        if (inliers > m) {
            throw new IllegalArgumentException("data: " + inliers + " outputs with a partner need m >= " + inliers
                    + " inputs, got m = " + m);
        }
        double[][] w = Draws.normal(rng, spec.d(), 1, 0, 1);
        double[][] z = Draws.normal(rng, m, spec.d(), 0, 1);
        double[][] clean = Draws.responses(rng, z, w, spec.noise());
        double spread = OUTLIER_SPREAD * Math.max(LinearAlgebra.norm(w), 1e-12);
        int[] order = Draws.permutation(rng, n);
        int[] partners = Draws.permutation(rng, m);
        double[][] y = new double[n][];
        int[] pairing = new int[n];
        for (int k = 0; k < n; k++) {
            int row = order[k];
            if (k < inliers) {
                pairing[row] = partners[k];
                y[row] = clean[partners[k]].clone();
            } else {
                pairing[row] = -1;
                y[row] = new double[] {spread * PointClouds.standardNormal(rng)};
            }
        }
        int testSize = DataGenerators.positiveInt(spec, "testSize", n);
        double[][] testX = Draws.normal(rng, testSize, spec.d(), 0, 1);
        return new RegressionData(z, y, pairing, w, testX, Draws.responses(rng, testX, w, spec.noise()));
    }
}
