package org.otexplorer.nn;

import java.util.List;

/**
 * The rectifier {@code y = max(0, x)} element-wise. Reverse mode passes the gradient where the input was
 * positive and blocks it elsewhere (the derivative at exactly 0 is taken as 0, as PyTorch does).
 */
public final class Relu implements Layer {
    private final int width;
    private double[] lastInput;

    /** @param width values per row (input and output) */
    public Relu(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("a ReLU layer needs a width >= 1, got " + width);
        }
        this.width = width;
    }

    @Override
    public int inputSize() {
        return width;
    }

    @Override
    public int outputSize() {
        return width;
    }

    @Override
    public double[] forward(double[] input, int rows) {
        Layer.requireBatch(input, rows, width, "ReLU input");
        double[] y = new double[input.length];
        for (int k = 0; k < y.length; k++) {
            y[k] = input[k] > 0 ? input[k] : 0;
        }
        lastInput = input;
        return y;
    }

    @Override
    public double[] backward(double[] outputGradient) {
        if (lastInput == null) {
            throw new IllegalStateException("ReLU layer: backward before forward");
        }
        Layer.requireBatch(outputGradient, lastInput.length / width, width, "ReLU output gradient");
        double[] dx = new double[outputGradient.length];
        for (int k = 0; k < dx.length; k++) {
            dx[k] = lastInput[k] > 0 ? outputGradient[k] : 0;
        }
        return dx;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }
}
