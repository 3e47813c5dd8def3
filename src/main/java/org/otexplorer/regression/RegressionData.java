package org.otexplorer.regression;

/**
 * A regression-without-correspondence data set: inputs X (n×p) and observed outputs Y (n×q) whose
 * pairing with the inputs is partly or fully lost, with the ground truth kept for evaluation.
 *
 * @param inputs          X, n×p
 * @param outputs         observed (shuffled) Y, n×q; row i is the response of input {@code pairing[i]}
 * @param pairing         ground truth: the input row of each output row
 * @param trueParameters  W*, p×q, with noise-free responses X W*
 * @param testInputs      held-out inputs (paired), for the relative test error
 * @param testOutputs     held-out responses of the test inputs
 */
public record RegressionData(double[][] inputs, double[][] outputs, int[] pairing, double[][] trueParameters,
                             double[][] testInputs, double[][] testOutputs) {

    /** Compact validation: consistent sizes. */
    public RegressionData {
        if (inputs.length == 0 || outputs.length != inputs.length || pairing.length != outputs.length) {
            throw new IllegalArgumentException("inputs, outputs and pairing must have the same number of rows, got "
                    + inputs.length + ", " + outputs.length + " and " + pairing.length);
        }
        if (trueParameters.length != inputs[0].length || trueParameters[0].length != outputs[0].length) {
            throw new IllegalArgumentException("true parameters must be " + inputs[0].length + "x" + outputs[0].length);
        }
    }

    public int size() {
        return inputs.length;
    }

    /** Number of input features p. */
    public int features() {
        return inputs[0].length;
    }

    /** Number of output dimensions q. */
    public int responses() {
        return outputs[0].length;
    }

    /** The outputs put back in input order (what the oracle sees). */
    public double[][] alignedOutputs() {
        double[][] aligned = new double[outputs.length][];
        for (int i = 0; i < outputs.length; i++) {
            aligned[pairing[i]] = outputs[i];
        }
        return aligned;
    }
}
