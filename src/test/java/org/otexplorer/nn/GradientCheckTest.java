package org.otexplorer.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every hand-written backward pass against central finite differences of the loss
 * {@code L = Σ w ⊙ layer(x)} with fixed random weights w, for the inputs and for every parameter; and a
 * negative control: a ReLU whose backward forgets its mask must fail the same check.
 */
class GradientCheckTest {
    private static final double H = 1e-6;
    private static final double TOLERANCE = 1e-7;

    private static double[] random(int size, SplittableRandom rng) {
        double[] v = new double[size];
        for (int k = 0; k < size; k++) {
            v[k] = rng.nextDouble(-1, 1);
        }
        return v;
    }

    private static double weightedSum(double[] y, double[] w) {
        double s = 0;
        for (int k = 0; k < y.length; k++) {
            s += w[k] * y[k];
        }
        return s;
    }

    /** The largest relative error over the input gradient and every parameter gradient of {@code layer}. */
    private static double worstRelativeError(Layer layer, int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = random(rows * layer.inputSize(), rng);
        double[] w = random(rows * layer.outputSize(), rng);
        for (Parameter p : layer.parameters()) {
            p.zeroGradient();
        }
        layer.forward(x, rows);
        double[] dx = layer.backward(w);
        double worst = FiniteDifferences.relativeError(dx,
                FiniteDifferences.gradient(() -> weightedSum(layer.forward(x, rows), w), x, H));
        for (Parameter p : layer.parameters()) {
            double[] analytic = p.gradient().clone();
            double[] numeric = FiniteDifferences.gradient(() -> weightedSum(layer.forward(x, rows), w), p.values(), H);
            worst = Math.max(worst, FiniteDifferences.relativeError(analytic, numeric));
        }
        return worst;
    }

    @Test
    void denseLayerGradientsMatchCentralDifferences() {
        for (long seed = 1; seed <= 3; seed++) {
            Dense dense = new Dense(4, 3, new SplittableRandom(seed));
            double error = worstRelativeError(dense, 5, seed + 10);
            assertTrue(error < TOLERANCE, "dense, seed " + seed + ": relative error " + error);
        }
        Dense noBias = new Dense(3, 2, false, new SplittableRandom(4));
        assertTrue(noBias.parameters().size() == 1 && worstRelativeError(noBias, 3, 5) < TOLERANCE);
    }

    @Test
    void reluGradientMatchesCentralDifferencesAwayFromTheKink() {
        // Uniform inputs in (-1, 1) lie farther than h from 0 with probability 1 - 2e-6 per entry.
        double error = worstRelativeError(new Relu(6), 4, 7);
        assertTrue(error < TOLERANCE, "relu: relative error " + error);
    }

    @Test
    void chainedNetworkGradientsMatchCentralDifferences() {
        SplittableRandom init = new SplittableRandom(8);
        Sequential net = new Sequential(new Dense(1, 32, init), new Relu(32), new Dense(32, 5, init));
        double error = worstRelativeError(net, 6, 9);
        assertTrue(error < TOLERANCE, "1 -> 32 -> ReLU -> 5: relative error " + error);
    }

    @Test
    void aDeliberatelyWrongGradientFailsTheSameCheck() {
        SplittableRandom init = new SplittableRandom(8);
        Sequential wrong = new Sequential(new Dense(1, 32, init), new ReluWithoutMask(32), new Dense(32, 5, init));
        double error = worstRelativeError(wrong, 6, 9);
        assertTrue(error > 1e-2, "the check must catch a backward pass that ignores the ReLU mask: " + error);
    }

    /** ReLU forward with an identity backward: a plausible bug the gradient check must catch. */
    private static final class ReluWithoutMask implements Layer {
        private final Relu relu;

        ReluWithoutMask(int width) {
            relu = new Relu(width);
        }

        @Override
        public int inputSize() {
            return relu.inputSize();
        }

        @Override
        public int outputSize() {
            return relu.outputSize();
        }

        @Override
        public double[] forward(double[] input, int rows) {
            return relu.forward(input, rows);
        }

        @Override
        public double[] backward(double[] outputGradient) {
            return outputGradient.clone();
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }
    }
}
