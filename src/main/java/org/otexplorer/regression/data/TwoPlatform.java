package org.otexplorer.regression.data;

import java.util.SplittableRandom;
import org.otexplorer.regression.LinearModel;
import org.otexplorer.regression.RegressionData;
import org.otexplorer.regression.RegressionModel;
import org.otexplorer.regression.SinModel;

/**
 * Data from two platforms (ROBOT App. G.7 for the linear model, §4.2 for the sin model): x ~ N(0, I_d) on
 * platform one, z ~ N(0, I_e) on platform two, w ~ N(0, I_{d+e}), {@code y = f([x, z]; w) + σ·N(0,1)} with
 * σ = {@code noise}; a fraction {@code shuffleFraction} of the z's is permuted, so D1 = {(x_i, y_i)} and
 * D2 = {z_j} lose their correspondence. d = {@code d}, e = parameter {@code e} (default 3).
 * <ul>
 *   <li>{@code two-platform}: the linear model; the test set ({@code testSize}, default n) is fresh and paired.</li>
 *   <li>{@code sin}: the sin model; as in §4.2 a fraction {@code trainFraction} (default 0.8) of D1 is training
 *       data and the rest of D1 (with its true z) the test set, while all of D2 stays in training, so m &gt; n:
 *       the correspondence is not one-to-one.</li>
 * </ul>
 */
final class TwoPlatform {
    static final String LINEAR_ID = "two-platform";
    static final String SIN_ID = "sin";

    private TwoPlatform() {
    }

    static RegressionData generate(GeneratorSettings spec, long seed, boolean sin) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = spec.n();
        int d = spec.d();
        int e = DataGenerators.positiveInt(spec, "e", 3);
        RegressionModel model = sin ? new SinModel() : new LinearModel(false);
        double[][] w = Draws.normal(rng, d + e, 1, 0, 1);
        double[][] x = Draws.normal(rng, n, d, 0, 1);
        double[][] z = Draws.normal(rng, n, e, 0, 1);
        double[][] y = responses(rng, model, x, z, w, spec.noise());
        int[] moved = Draws.partialShuffle(rng, n, spec.shuffleFraction());
        double[][] inputs = new double[n][];
        for (int i = 0; i < n; i++) {
            inputs[moved[i]] = z[i];
        }
        if (!sin) {
            int testSize = DataGenerators.positiveInt(spec, "testSize", n);
            double[][] tx = Draws.normal(rng, testSize, d, 0, 1);
            double[][] tz = Draws.normal(rng, testSize, e, 0, 1);
            return new RegressionData(x, inputs, y, moved, model, w, concat(tx, tz),
                    responses(rng, model, tx, tz, w, spec.noise()));
        }
        double fraction = spec.parameter("trainFraction", 0.8);
        int train = (int) Math.round(fraction * n);
        if (!(fraction > 0 && fraction < 1) || train < 1 || train >= n) {
            throw new IllegalArgumentException("data.parameters.trainFraction must leave at least one training and one"
                    + " test row in (0, 1), got " + fraction + " of n = " + n);
        }
        int[] order = Draws.permutation(rng, n);
        double[][] trainX = new double[train][];
        double[][] trainY = new double[train][];
        int[] pairing = new int[train];
        for (int k = 0; k < train; k++) {
            trainX[k] = x[order[k]];
            trainY[k] = y[order[k]];
            pairing[k] = moved[order[k]];
        }
        double[][] testU = new double[n - train][];
        double[][] testY = new double[n - train][];
        for (int k = train; k < n; k++) {
            testU[k - train] = concat(x[order[k]], z[order[k]]);
            testY[k - train] = y[order[k]];
        }
        return new RegressionData(trainX, inputs, trainY, pairing, model, w, testU, testY);
    }

    private static double[][] responses(SplittableRandom rng, RegressionModel model, double[][] x, double[][] z,
                                        double[][] w, double sigma) {
        double[][] y = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            y[i] = model.predict(concat(x[i], z[i]), w);
            y[i][0] += sigma * org.otexplorer.engine.PointClouds.standardNormal(rng);
        }
        return y;
    }

    private static double[][] concat(double[][] a, double[][] b) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = concat(a[i], b[i]);
        }
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] u = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, u, a.length, b.length);
        return u;
    }
}
