package org.otexplorer.io;

import java.util.Arrays;

/**
 * Source and target points written in the scenario file itself, with their weights: the {@code "points"} data
 * generator's data, what generated data becomes when a point is dragged, added, removed or reweighted in the
 * explorer. Weights are relative: they are divided by their sum, so each side's weights sum to 1 (a scenario's
 * marginals a and b). Immutable: arrays are copied in and out; equal when every number is equal.
 *
 * <pre>"points": {"source": [[x, y], …], "target": [[x, y], …], "sourceWeights": [w, …], "targetWeights": [w, …]}</pre>
 *
 * @param source        source points, one row of d coordinates each
 * @param target        target points, d coordinates each
 * @param sourceWeights a_i (uniform 1/n when absent)
 * @param targetWeights b_j (uniform 1/m when absent)
 */
public record InlinePoints(double[][] source, double[][] target, double[] sourceWeights, double[] targetWeights) {
    /** Copies the arrays; fills uniform weights when absent and divides given ones by their sum. */
    public InlinePoints {
        source = copy(source);
        target = copy(target);
        sourceWeights = normalised(sourceWeights, source.length);
        targetWeights = normalised(targetWeights, target.length);
    }

    /** Points with uniform weights. */
    public static InlinePoints of(double[][] source, double[][] target) {
        return new InlinePoints(source, target, null, null);
    }

    @Override
    public double[][] source() {
        return copy(source);
    }

    @Override
    public double[][] target() {
        return copy(target);
    }

    @Override
    public double[] sourceWeights() {
        return sourceWeights.clone();
    }

    @Override
    public double[] targetWeights() {
        return targetWeights.clone();
    }

    /** Number of source points. */
    public int n() {
        return source.length;
    }

    /** Number of target points. */
    public int m() {
        return target.length;
    }

    /** Dimension of the points (0 when there are none). */
    public int d() {
        return source.length > 0 ? source[0].length : target.length > 0 ? target[0].length : 0;
    }

    /** A copy with source point i (target point j when {@code target}) at {@code coordinates}. */
    public InlinePoints withPoint(boolean onTarget, int index, double[] coordinates) {
        double[][] side = onTarget ? copy(target) : copy(source);
        side[index] = coordinates.clone();
        return onTarget ? new InlinePoints(source, side, sourceWeights, targetWeights)
                : new InlinePoints(side, target, sourceWeights, targetWeights);
    }

    /**
     * A copy with one more point at the end of a side; its weight is the mean weight of that side before, so a
     * uniform side stays uniform.
     */
    public InlinePoints withAdded(boolean onTarget, double[] coordinates) {
        double[][] side = onTarget ? target : source;
        double[] w = onTarget ? targetWeights : sourceWeights;
        double[][] points = Arrays.copyOf(copy(side), side.length + 1);
        points[side.length] = coordinates.clone();
        double[] weights = Arrays.copyOf(w, w.length + 1);
        weights[w.length] = 1.0 / w.length;
        return onTarget ? new InlinePoints(source, points, sourceWeights, weights)
                : new InlinePoints(points, target, weights, targetWeights);
    }

    /**
     * A copy without point {@code index} of a side; the others' weights are renormalised.
     *
     * @throws IllegalArgumentException when it is the side's last point
     */
    public InlinePoints withRemoved(boolean onTarget, int index) {
        double[][] side = onTarget ? target : source;
        if (side.length == 1) {
            throw new IllegalArgumentException("the last " + (onTarget ? "target" : "source")
                    + " point cannot be removed");
        }
        double[] w = onTarget ? targetWeights : sourceWeights;
        double[][] points = new double[side.length - 1][];
        double[] weights = new double[side.length - 1];
        for (int k = 0, out = 0; k < side.length; k++) {
            if (k != index) {
                points[out] = side[k];
                weights[out++] = w[k];
            }
        }
        return onTarget ? new InlinePoints(source, points, sourceWeights, weights)
                : new InlinePoints(points, target, weights, targetWeights);
    }

    /** A copy with the weight of one point multiplied by {@code factor} (> 0), then each side renormalised. */
    public InlinePoints withWeightScaled(boolean onTarget, int index, double factor) {
        double[] w = (onTarget ? targetWeights : sourceWeights).clone();
        w[index] *= factor;
        return onTarget ? new InlinePoints(source, target, sourceWeights, w)
                : new InlinePoints(source, target, w, targetWeights);
    }

    /** Checks sizes, dimensions and numbers; messages name the field by its JSON path. */
    void validate(String path) {
        Fields.between(path + ".source (points)", source.length, 1, DataSpec.MAX_POINTS);
        Fields.between(path + ".target (points)", target.length, 1, DataSpec.MAX_POINTS);
        int d = source[0].length;
        Fields.between(path + ".source[0] (coordinates)", d, 1, DataSpec.MAX_DIMENSION);
        checkPoints(path + ".source", source, d);
        checkPoints(path + ".target", target, d);
        checkWeights(path + ".sourceWeights", sourceWeights);
        checkWeights(path + ".targetWeights", targetWeights);
    }

    private static void checkPoints(String path, double[][] points, int d) {
        for (int k = 0; k < points.length; k++) {
            if (points[k].length != d) {
                throw new IllegalArgumentException(path + "[" + k + "] has " + points[k].length
                        + " coordinates, the first source point " + d);
            }
            for (double v : points[k]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(path + "[" + k + "] must hold finite numbers, got " + v);
                }
            }
        }
    }

    private static void checkWeights(String path, double[] weights) {
        for (int k = 0; k < weights.length; k++) {
            if (!(weights[k] > 0) || !Double.isFinite(weights[k])) {
                throw new IllegalArgumentException(path + "[" + k + "] must be a finite weight > 0, got "
                        + weights[k]);
            }
        }
    }

    private static double[][] copy(double[][] points) {
        if (points == null) {
            throw new IllegalArgumentException("data.points needs both source and target points");
        }
        double[][] out = new double[points.length][];
        for (int k = 0; k < points.length; k++) {
            if (points[k] == null) {
                throw new IllegalArgumentException("data.points: point " + k + " has no coordinates");
            }
            out[k] = points[k].clone();
        }
        return out;
    }

    /**
     * Uniform weights when absent; given weights divided by their sum, unless that sum is no positive number (then
     * kept as they are, for {@link #validate} to name the bad entry). A weight count other than the point count is
     * refused at once.
     */
    private static double[] normalised(double[] weights, int count) {
        if (weights == null) {
            double[] uniform = new double[count];
            Arrays.fill(uniform, 1.0 / Math.max(1, count));
            return uniform;
        }
        if (weights.length != count) {
            throw new IllegalArgumentException("data.points: " + weights.length + " weights for " + count
                    + " points");
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] out = weights.clone();
        if (sum > 0 && Double.isFinite(sum)) {
            for (int k = 0; k < out.length; k++) {
                out[k] /= sum;
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InlinePoints p && Arrays.deepEquals(source, p.source) && Arrays.deepEquals(target, p.target)
                && Arrays.equals(sourceWeights, p.sourceWeights) && Arrays.equals(targetWeights, p.targetWeights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.deepHashCode(source) + Arrays.deepHashCode(target))
                + Arrays.hashCode(sourceWeights) + 7 * Arrays.hashCode(targetWeights);
    }

    @Override
    public String toString() {
        return "InlinePoints[n=" + source.length + ", m=" + target.length + ", d=" + d() + "]";
    }
}
