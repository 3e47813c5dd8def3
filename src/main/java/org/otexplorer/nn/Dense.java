package org.otexplorer.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * An affine layer {@code y = W x + b} with {@code W} of shape {@code outputSize × inputSize} (row-major) and
 * an optional bias (math.md §15.5). Initialised as PyTorch's {@code nn.Linear} is by default: every weight and
 * bias uniform in {@code [−1/√inputSize, 1/√inputSize]}, drawn from the given seeded generator (weights row by
 * row, then the bias). Reverse mode: {@code ∂L/∂W = Gᵀ X}, {@code ∂L/∂b = Σ_rows G}, {@code ∂L/∂X = G W}.
 */
public final class Dense implements Layer {
    private final int in;
    private final int out;
    private final Parameter weights;
    private final Parameter bias;
    private double[] lastInput;
    private int lastRows;

    /** A dense layer with a bias. */
    public Dense(int inputSize, int outputSize, SplittableRandom rng) {
        this(inputSize, outputSize, true, rng);
    }

    /**
     * @param withBias false for {@code y = W x} (no bias parameter)
     * @throws IllegalArgumentException if a size is below 1
     */
    public Dense(int inputSize, int outputSize, boolean withBias, SplittableRandom rng) {
        if (inputSize < 1 || outputSize < 1) {
            throw new IllegalArgumentException("a dense layer needs input and output sizes >= 1, got " + inputSize
                    + " and " + outputSize);
        }
        this.in = inputSize;
        this.out = outputSize;
        double bound = 1 / Math.sqrt(inputSize);
        this.weights = new Parameter("weights", uniform(inputSize * outputSize, bound, rng));
        this.bias = withBias ? new Parameter("bias", uniform(outputSize, bound, rng)) : null;
    }

    private static double[] uniform(int size, double bound, SplittableRandom rng) {
        double[] v = new double[size];
        for (int k = 0; k < size; k++) {
            v[k] = rng.nextDouble(-bound, bound);
        }
        return v;
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    /** The weight matrix W, {@code outputSize × inputSize}. */
    public Parameter weights() {
        return weights;
    }

    @Override
    public double[] forward(double[] input, int rows) {
        Layer.requireBatch(input, rows, in, "dense layer input");
        double[] w = weights.values();
        double[] y = new double[rows * out];
        for (int r = 0; r < rows; r++) {
            int xRow = r * in;
            int yRow = r * out;
            for (int o = 0; o < out; o++) {
                double s = bias == null ? 0 : bias.values()[o];
                int wRow = o * in;
                for (int i = 0; i < in; i++) {
                    s += w[wRow + i] * input[xRow + i];
                }
                y[yRow + o] = s;
            }
        }
        lastInput = input;
        lastRows = rows;
        return y;
    }

    @Override
    public double[] backward(double[] outputGradient) {
        if (lastInput == null) {
            throw new IllegalStateException("dense layer: backward before forward");
        }
        Layer.requireBatch(outputGradient, lastRows, out, "dense layer output gradient");
        double[] w = weights.values();
        double[] gw = weights.gradient();
        double[] dx = new double[lastRows * in];
        for (int r = 0; r < lastRows; r++) {
            int xRow = r * in;
            int gRow = r * out;
            for (int o = 0; o < out; o++) {
                double g = outputGradient[gRow + o];
                if (g == 0) {
                    continue;
                }
                int wRow = o * in;
                for (int i = 0; i < in; i++) {
                    gw[wRow + i] += g * lastInput[xRow + i];
                    dx[xRow + i] += g * w[wRow + i];
                }
                if (bias != null) {
                    bias.gradient()[o] += g;
                }
            }
        }
        return dx;
    }

    @Override
    public List<Parameter> parameters() {
        return bias == null ? List.of(weights) : List.of(weights, bias);
    }
}
