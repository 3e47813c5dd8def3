package org.otexplorer.regression;

/** The evaluation metrics of the regression traces (ROBOT §4; math.md §11.4). */
public final class Metrics {
    private Metrics() {
    }

    /** {@code ||Θ − W*||_F / ||W*||_F}. */
    public static double parameterError(double[][] theta, double[][] truth) {
        double diff = 0;
        for (int a = 0; a < theta.length; a++) {
            for (int t = 0; t < theta[0].length; t++) {
                double dd = theta[a][t] - truth[a][t];
                diff += dd * dd;
            }
        }
        return Math.sqrt(diff) / LinearAlgebra.norm(truth);
    }

    /** Relative test error {@code Σ(ŷ − y)² / Σ(y − ȳ)²} on the held-out pairs. */
    public static double relativeTestError(double[][] theta, double[][] testInputs, double[][] testOutputs) {
        double[][] predicted = LinearAlgebra.multiply(testInputs, theta);
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
        return residual / total;
    }
}
