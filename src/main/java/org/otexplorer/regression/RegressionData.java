package org.otexplorer.regression;

import java.util.Arrays;

/**
 * A regression-without-correspondence data set in ROBOT's general form (§2): D1 = {(x_i, y_i)}, n outputs
 * with their paired features x_i (possibly none), and D2 = {z_j}, m unpaired inputs whose pairing with the
 * outputs is partly or fully lost. The model sees the row {@code u_ij = [x_i, z_j]}. The ground truth is
 * kept for evaluation. Unlabeled sensing (§4.1) has no paired features and n = m; the two-platform and sin
 * data (§4.2, App. G.7) have paired features; partial correspondence has n ≠ m and outputs with no partner.
 *
 * @param pairedInputs   x, n×d (d may be 0), aligned with the outputs
 * @param inputs         z, m×e, the unpaired inputs
 * @param outputs        observed y, n×q
 * @param pairing        ground truth: the z row of each output row, or −1 when it has none (an outlier)
 * @param model          the model fitted (the generating one unless replaced by {@link #withModel})
 * @param trueParameters W* in the model's parameter shape, or {@code null} when unknown (then no parameter error)
 * @param testInputs     held-out full model inputs [x, z] (paired), or {@code null} (then no test error)
 * @param testOutputs    responses of the test inputs, or {@code null}
 */
public record RegressionData(double[][] pairedInputs, double[][] inputs, double[][] outputs, int[] pairing,
                             RegressionModel model, double[][] trueParameters, double[][] testInputs,
                             double[][] testOutputs) {

    /** Compact validation: consistent sizes, pairing in range, truth in the model's shape. */
    public RegressionData {
        int n = outputs.length;
        if (n == 0 || inputs.length == 0) {
            throw new IllegalArgumentException("a data set needs at least one output and one input");
        }
        if (pairedInputs.length != n || pairing.length != n) {
            throw new IllegalArgumentException("outputs, paired inputs and pairing must have the same number of rows, got "
                    + n + ", " + pairedInputs.length + " and " + pairing.length);
        }
        requirePairing(pairing, inputs.length);
        int width = pairedInputs[0].length + inputs[0].length;
        int q = outputs[0].length;
        model.requireFits(width, q);
        if (trueParameters != null && (trueParameters.length != model.parameterRows(width)
                || trueParameters[0].length != q)) {
            throw new IllegalArgumentException("dimension mismatch: the true parameters are " + trueParameters.length
                    + "x" + trueParameters[0].length + " but the " + model.id() + " model on " + width
                    + " features needs " + model.parameterRows(width) + "x" + q);
        }
        if ((testInputs == null) != (testOutputs == null)
                || testInputs != null && (testInputs.length != testOutputs.length || testInputs.length == 0
                || testInputs[0].length != width || testOutputs[0].length != q)) {
            throw new IllegalArgumentException("the test set must have matching rows of " + width + " inputs and "
                    + q + " outputs");
        }
    }

    /** Unlabeled sensing form: no paired features, the linear model without intercept. */
    public RegressionData(double[][] inputs, double[][] outputs, int[] pairing, double[][] trueParameters,
                          double[][] testInputs, double[][] testOutputs) {
        this(new double[outputs.length][0], inputs, outputs, pairing, new LinearModel(false), trueParameters,
                testInputs, testOutputs);
    }

    /** Number of outputs n. */
    public int size() {
        return outputs.length;
    }

    /** Number of unpaired inputs m. */
    public int inputCount() {
        return inputs.length;
    }

    /** Width of a model input row [x, z]. */
    public int features() {
        return pairedInputs[0].length + inputs[0].length;
    }

    /** Number of output dimensions q. */
    public int responses() {
        return outputs[0].length;
    }

    /** Whether there are paired features x. */
    public boolean hasPairedInputs() {
        return pairedInputs[0].length > 0;
    }

    /** The model input {@code u_ij = [x_i, z_j]}. */
    public double[] modelInput(int i, int j) {
        double[] x = pairedInputs[i];
        if (x.length == 0) {
            return inputs[j];
        }
        double[] u = Arrays.copyOf(x, x.length + inputs[j].length);
        System.arraycopy(inputs[j], 0, u, x.length, inputs[j].length);
        return u;
    }

    /** The truly paired rows (outputs with a partner): what the oracle sees. */
    public Pairs truePairs() {
        int count = 0;
        for (int j : pairing) {
            count += j >= 0 ? 1 : 0;
        }
        if (count == 0) {
            throw new IllegalArgumentException("the data carry no true pairing (the oracle needs one)");
        }
        double[][] u = new double[count][];
        double[][] y = new double[count][];
        int k = 0;
        for (int i = 0; i < pairing.length; i++) {
            if (pairing[i] >= 0) {
                u[k] = modelInput(i, pairing[i]);
                y[k++] = outputs[i];
            }
        }
        return new Pairs(u, y);
    }

    /** Output i taken as the response of input i, for the first min(n, m) rows: what least squares sees. */
    public Pairs naivePairs() {
        int count = Math.min(size(), inputCount());
        double[][] u = new double[count][];
        double[][] y = new double[count][];
        for (int i = 0; i < count; i++) {
            u[i] = modelInput(i, i);
            y[i] = outputs[i];
        }
        return new Pairs(u, y);
    }

    /**
     * The OT view the explorer draws for a regression data set: the least-squares fit's predictions on the
     * naive pairs ({@link #naivePairs()}, the start of every shuffled-regression optimizer) as the source cloud,
     * against the observed outputs as the target cloud, both q-dimensional.
     */
    public double[][] leastSquaresPredictions() {
        Pairs naive = naivePairs();
        double[][] theta = LeastSquaresFit.fit(model, naive, new double[model.parameterRows(features())][responses()]);
        return model.predictAll(naive.inputs(), theta);
    }

    /** The outputs put back in input order; needs a one-to-one correspondence. */
    public double[][] alignedOutputs() {
        requireOneToOne("aligned outputs");
        double[][] aligned = new double[outputs.length][];
        for (int i = 0; i < outputs.length; i++) {
            aligned[pairing[i]] = outputs[i];
        }
        return aligned;
    }

    /**
     * Throws unless the data are unlabeled-sensing shaped with a linear model: no paired features, n = m and
     * every output with a partner (the assignment-based methods and the point-cloud OT losses need this).
     */
    public void requireOneToOne(String method) {
        if (hasPairedInputs() || size() != inputCount() || Arrays.stream(pairing).anyMatch(j -> j < 0)) {
            throw new IllegalArgumentException(method + " needs a one-to-one correspondence without paired features"
                    + " (n = m, no outliers), but the data have n = " + size() + ", m = " + inputCount()
                    + (hasPairedInputs() ? " and paired features" : ""));
        }
        if (!model.isLinear()) {
            throw new IllegalArgumentException(method + " needs the linear model, not '" + model.id() + "'");
        }
    }

    /** The linear model's design matrix of the inputs (one-to-one data only). */
    public double[][] design() {
        requireOneToOne("the design matrix");
        return ((LinearModel) model).design(inputs);
    }

    /**
     * The same data fitted with another model. The truth is kept (an intercept gets a zero offset row) when
     * the model is of the generating kind, converted when a linear truth is a similarity and the similarity model
     * is asked for, and dropped otherwise (no parameter error is reported then).
     *
     * @throws IllegalArgumentException when the model does not take these inputs (dimension mismatch)
     */
    public RegressionData withModel(RegressionModel other) {
        double[][] truth = null;
        if (trueParameters != null && other instanceof SimilarityModel && model instanceof LinearModel) {
            truth = SimilarityModel.fromLinear(trueParameters, features());
        } else if (trueParameters != null && other.id().equals(model.id())) {
            int rows = other.parameterRows(features());
            truth = new double[rows][];
            for (int a = 0; a < rows; a++) {
                truth[a] = a < trueParameters.length ? trueParameters[a].clone() : new double[responses()];
            }
            if (rows < trueParameters.length && Arrays.stream(trueParameters[rows]).anyMatch(v -> v != 0)) {
                truth = null;
            }
        }
        return new RegressionData(pairedInputs, inputs, outputs, pairing, other, truth, testInputs, testOutputs);
    }

    private static void requirePairing(int[] pairing, int m) {
        boolean[] used = new boolean[m];
        for (int i = 0; i < pairing.length; i++) {
            int j = pairing[i];
            if (j < -1 || j >= m) {
                throw new IllegalArgumentException("pairing[" + i + "] = " + j + " is outside -1.." + (m - 1));
            }
            if (j >= 0 && used[j]) {
                throw new IllegalArgumentException("input " + j + " is the partner of two outputs");
            }
            if (j >= 0) {
                used[j] = true;
            }
        }
    }

    /** Model inputs with the responses paired to them. */
    public record Pairs(double[][] inputs, double[][] outputs) {
    }
}
