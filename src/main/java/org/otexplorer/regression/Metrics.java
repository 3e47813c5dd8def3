package org.otexplorer.regression;

/**
 * The evaluation metrics of the regression traces (ROBOT §4; math.md §11.4). Each is {@code null} when the
 * data lack what it needs (no known truth, no test set), never NaN.
 */
public final class Metrics {
    private Metrics() {
    }

    /** {@code ||Θ − W*||_F / ||W*||_F}, or {@code null} when W* is unknown. */
    public static Double parameterError(double[][] theta, double[][] truth) {
        if (truth == null) {
            return null;
        }
        double diff = 0;
        for (int a = 0; a < theta.length; a++) {
            for (int t = 0; t < theta[0].length; t++) {
                double dd = theta[a][t] - truth[a][t];
                diff += dd * dd;
            }
        }
        double scale = LinearAlgebra.norm(truth);
        return scale > 0 ? Math.sqrt(diff) / scale : Math.sqrt(diff);
    }

    /**
     * Relative test error {@code Σ(ŷ − y)² / Σ(y − ȳ)²} of the model on the held-out pairs, or {@code null}
     * when there is no test set.
     */
    public static Double relativeTestError(RegressionModel model, double[][] theta, double[][] testInputs,
                                           double[][] testOutputs) {
        if (testInputs == null) {
            return null;
        }
        double[][] predicted = model.predictAll(testInputs, theta);
        int q = testOutputs[0].length;
        double[] mean = new double[q];
        for (double[] y : testOutputs) {
            for (int t = 0; t < q; t++) {
                mean[t] += y[t] / testOutputs.length;
            }
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < testOutputs.length; i++) {
            for (int t = 0; t < q; t++) {
                double r = predicted[i][t] - testOutputs[i][t];
                double c = testOutputs[i][t] - mean[t];
                residual += r * r;
                total += c * c;
            }
        }
        return total > 0 ? residual / total : null;
    }

    /**
     * ROBOT Fig. 6a's training residual: the mean squared residual of Θ on one-to-one data under the best pairing
     * of its predictions with the outputs, {@code min_σ (1/n) Σ_i ||ŷ_i − y_σ(i)||²}.
     */
    public static double bestPairingResidual(RegressionData data, double[][] theta) {
        double[][] paired = AlternatingMinimization.pairedOutputs(data, theta);
        return LeastSquaresFit.meanSquaredResidual(data.model(), data.inputs(), paired, theta);
    }

    /** Both metrics of Θ on a data set. */
    static Double[] of(RegressionData data, double[][] theta) {
        return new Double[] {parameterError(data.model().canonical(theta), data.trueParameters()),
            relativeTestError(data.model(), theta, data.testInputs(), data.testOutputs())};
    }
}
