package org.otexplorer.regression.data;

import java.util.SplittableRandom;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.regression.RegressionData;

/**
 * The differentiation paper's shuffled regression (§6.1; math.md §8.2): inputs from three Gaussian blobs
 * in R^p (centres uniform in [−10, 10]^p, standard deviations 0.3, 0.05, 0.6), W* ~ N(0,1)^{p×q},
 * Y = X W* + σ·N(0,1) with σ = {@code noise} (the paper: 0.2), and a fraction {@code shuffleFraction}
 * (the paper: all) of the responses permuted. p = {@code d}, q = parameter {@code responses} (default 2).
 */
final class GaussianMixtureRegression {
    static final String ID = "gaussian-mixture";
    private static final double[] CLUSTER_SD = {0.3, 0.05, 0.6};

    private GaussianMixtureRegression() {
    }

    static RegressionData generate(GeneratorSettings spec, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = spec.n();
        int p = spec.d();
        int q = (int) spec.parameter("responses", 2);
        if (q <= 0) {
            throw new IllegalArgumentException("data.parameters.responses must be > 0, got " + q);
        }
        double[][] centres = new double[3][p];
        for (double[] c : centres) {
            for (int a = 0; a < p; a++) {
                c[a] = -10 + 20 * rng.nextDouble();
            }
        }
        double[][] w = Draws.normal(rng, p, q, 0, 1);
        double[][] x = blobs(rng, n, centres);
        double[][] y = Draws.responses(rng, x, w, spec.noise());
        int[] pairing = Draws.partialShuffle(rng, n, spec.shuffleFraction());
        double[][] testX = blobs(rng, DataGenerators.positiveInt(spec, "testSize", n), centres);
        double[][] testY = Draws.responses(rng, testX, w, spec.noise());
        return new RegressionData(x, Draws.reorder(y, pairing), pairing, w, testX, testY);
    }

    private static double[][] blobs(SplittableRandom rng, int n, double[][] centres) {
        int p = centres[0].length;
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            int k = i % 3;
            for (int a = 0; a < p; a++) {
                x[i][a] = centres[k][a] + CLUSTER_SD[k] * PointClouds.standardNormal(rng);
            }
        }
        return x;
    }
}
