package org.otexplorer.nn;

import java.util.List;

/**
 * One differentiable map of a batch: {@code rows × inputSize} in, {@code rows × outputSize} out (row-major).
 * {@link #backward} is the reverse-mode step for the input of the latest {@link #forward}: it returns
 * {@code ∂loss/∂input} for a given {@code ∂loss/∂output} and adds {@code ∂loss/∂θ} into each parameter's gradient.
 */
public interface Layer {
    int inputSize();

    int outputSize();

    /**
     * The layer applied to each of {@code rows} inputs; remembers the batch for {@link #backward}.
     *
     * @throws IllegalArgumentException if {@code input.length != rows · inputSize()}
     */
    double[] forward(double[] input, int rows);

    /**
     * Reverse mode through the latest forward call.
     *
     * @param outputGradient {@code ∂loss/∂output}, {@code rows × outputSize()}
     * @return {@code ∂loss/∂input}, {@code rows × inputSize()}
     * @throws IllegalArgumentException if the gradient does not match the latest forward batch
     * @throws IllegalStateException    if {@link #forward} was never called
     */
    double[] backward(double[] outputGradient);

    /** The trainable parameters (empty for parameter-free layers). */
    List<Parameter> parameters();

    /** Checks a batch's length against the layer's width; the message names the layer. */
    static void requireBatch(double[] batch, int rows, int width, String what) {
        if (rows < 1 || batch == null || batch.length != (long) rows * width) {
            throw new IllegalArgumentException(what + " needs " + rows + " rows of " + width + " values, got "
                    + (batch == null ? 0 : batch.length) + " values");
        }
    }
}
