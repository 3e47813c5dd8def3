package org.otexplorer.regression;

/**
 * The loss landscape of a two-parameter model for the explorer's trace panel: on a grid of Θ = (θ1, θ2), the
 * objective every shuffled-regression method approximates (ROBOT eq. 1),
 * {@code L(Θ) = min_σ (1/n) Σ_i ||f(x_i; Θ) − y_σ(i)||²}, the mean squared residual under the best pairing.
 * The window spans the origin, the least-squares fit on the naive pairs, the truth Θ* (when known) with the whole
 * circle |Θ| = |Θ*| through it, and any further points asked for (the optimizers' starts), with half its size again
 * as margin on each side: with isotropic inputs z, zᵀΘ has the same law for every Θ of one length, so the valleys
 * of L lie along that circle and its mirror point −Θ* is as deep as Θ*. Defined
 * for one-to-one data (n = m, no outliers, no paired features) with a linear model of two parameters
 * (Θ with {@code rows · q = 2}); θ1 and θ2 are Θ's entries in row-major order.
 *
 * @param theta1 grid values of θ1, ascending
 * @param theta2 grid values of θ2, ascending
 * @param loss   {@code loss[b][a] = L(theta1[a], theta2[b])}
 * @param truth  the true (θ1, θ2), or {@code null} when unknown
 */
public record LossLandscape(double[] theta1, double[] theta2, double[][] loss, double[] truth) {

    /** Whether the data have a landscape: a linear model of two parameters on one-to-one data. */
    public static boolean applies(RegressionData data) {
        return parameterCount(data) == 2 && data.model().isLinear() && !data.hasPairedInputs()
                && data.size() == data.inputCount() && java.util.Arrays.stream(data.pairing()).allMatch(j -> j >= 0);
    }

    /**
     * Evaluates the landscape on a {@code resolution × resolution} grid.
     *
     * @throws IllegalArgumentException when {@link #applies} is false (the message says why), or resolution < 2
     */
    public static LossLandscape compute(RegressionData data, int resolution) {
        return compute(data, resolution, java.util.List.of());
    }

    /**
     * Evaluates the landscape on a window that also holds the given (θ1, θ2) points.
     *
     * @throws IllegalArgumentException when {@link #applies} is false, or resolution < 2
     */
    public static LossLandscape compute(RegressionData data, int resolution, java.util.List<double[]> include) {
        if (!applies(data)) {
            throw new IllegalArgumentException("a loss landscape needs one-to-one data (n = m, no outliers, no paired features) and a linear model with two"
                    + " parameters; this one has " + parameterCount(data) + " parameters");
        }
        if (resolution < 2) {
            throw new IllegalArgumentException("landscape resolution must be at least 2, got " + resolution);
        }
        int q = data.responses();
        int rows = data.model().parameterRows(data.features());
        double[][] ls = LeastSquaresFit.fit(data.model(), data.naivePairs(), new double[rows][q]);
        double[] truth = data.trueParameters() == null ? null : flatten(data.trueParameters());
        java.util.List<double[]> anchors = new java.util.ArrayList<>(include);
        anchors.add(new double[] {0, 0});
        anchors.add(flatten(ls));
        if (truth != null) {
            double radius = Math.hypot(truth[0], truth[1]);
            anchors.add(new double[] {-radius, -radius});
            anchors.add(new double[] {radius, radius});
        }
        double[] theta1 = axis(anchors, 0, resolution);
        double[] theta2 = axis(anchors, 1, resolution);
        double[][] loss = new double[resolution][resolution];
        double[][] theta = new double[rows][q];
        for (int b = 0; b < resolution; b++) {
            for (int a = 0; a < resolution; a++) {
                unflatten(theta1[a], theta2[b], theta);
                loss[b][a] = Metrics.bestPairingResidual(data, theta);
            }
        }
        return new LossLandscape(theta1, theta2, loss, truth);
    }

    /** Whether a (θ1, θ2) point lies inside the window. */
    public boolean contains(double[] point) {
        return point[0] >= theta1[0] && point[0] <= theta1[theta1.length - 1] && point[1] >= theta2[0]
                && point[1] <= theta2[theta2.length - 1];
    }

    /** Θ's two entries in row-major order. */
    public static double[] flatten(double[][] theta) {
        return theta.length == 2 ? new double[] {theta[0][0], theta[1][0]} : new double[] {theta[0][0], theta[0][1]};
    }

    private static void unflatten(double a, double b, double[][] theta) {
        if (theta.length == 2) {
            theta[0][0] = a;
            theta[1][0] = b;
        } else {
            theta[0][0] = a;
            theta[0][1] = b;
        }
    }

    private static int parameterCount(RegressionData data) {
        return data.model().parameterRows(data.features()) * data.responses();
    }

    private static double[] axis(java.util.List<double[]> anchors, int k, int resolution) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] p : anchors) {
            lo = Math.min(lo, p[k]);
            hi = Math.max(hi, p[k]);
        }
        double margin = Math.max(0.5 * (hi - lo), 0.5);
        lo -= margin;
        hi += margin;
        double[] values = new double[resolution];
        for (int a = 0; a < resolution; a++) {
            values[a] = lo + (hi - lo) * a / (resolution - 1);
        }
        return values;
    }
}
