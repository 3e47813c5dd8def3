package org.otexplorer.ui.charts;

import java.util.Arrays;

/**
 * What the source-and-target chart draws, as plain arrays prepared off the FX thread: the points projected on two
 * chosen coordinates (or, for one-dimensional points, on two rails: sources at height {@link #SOURCE_RAIL},
 * targets at {@link #TARGET_RAIL}), the plan's {@link MatchingLines}, the share of each point's prescribed mass
 * the plan moves (a marker's area is proportional to it, so a robust or unbalanced plan's dropped mass shows) and
 * how many leading targets are the data generator's outliers.
 *
 * @param sourceX        horizontal coordinate of each source point
 * @param sourceY        vertical coordinate of each source point
 * @param targetX        horizontal coordinate of each target point
 * @param targetY        vertical coordinate of each target point
 * @param sourceShare    (P1)_i / a_i: the share of source i's mass the plan moves (1 for a balanced plan)
 * @param targetShare    (Pᵀ1)_j / b_j
 * @param outlierTargets the first this many targets are outliers of the data generator
 * @param lines          the plan's visible matching lines
 * @param rails          whether the points are one-dimensional, on two rails
 * @param xName          horizontal axis name
 * @param yName          vertical axis name
 * @param sourceSize     each source marker's radius in full radii, √(n·a_i) (marker area ∝ the point's weight; 1 for
 *                       uniform weights), within [{@link #MIN_SIZE}, {@link #MAX_SIZE}]
 * @param targetSize     each target marker's radius in full radii, √(m·b_j)
 */
public record ScatterData(double[] sourceX, double[] sourceY, double[] targetX, double[] targetY,
                          double[] sourceShare, double[] targetShare, int outlierTargets, MatchingLines lines,
                          boolean rails, String xName, String yName, double[] sourceSize, double[] targetSize) {
    /** Height of the sources' rail for one-dimensional points. */
    public static final double SOURCE_RAIL = 1;
    /** Height of the targets' rail. */
    public static final double TARGET_RAIL = 0;
    /** The smallest marker, in full radii (a point of a tiny weight stays visible). */
    public static final double MIN_SIZE = 0.35;
    /** The largest marker, in full radii. */
    public static final double MAX_SIZE = 3;

    /** Checks that the arrays fit together. */
    public ScatterData {
        if (sourceShare.length != sourceX.length || targetShare.length != targetX.length
                || sourceSize.length != sourceX.length || targetSize.length != targetX.length) {
            throw new IllegalArgumentException("one mass share and size per point is needed: " + sourceShare.length + " for "
                    + sourceX.length + " sources, " + targetShare.length + " for " + targetX.length + " targets");
        }
        if (outlierTargets < 0 || outlierTargets > targetX.length) {
            throw new IllegalArgumentException("outlier count " + outlierTargets + " outside [0, " + targetX.length
                    + "]");
        }
    }

    /**
     * Points (n×d and m×d) projected on coordinates (ax, ay), 0-based, with the lines of a row-major n×m plan;
     * one-dimensional points go on the rails (ax and ay are then ignored). Every share is 1 and no target is an
     * outlier until {@link #withMassMoved} and {@link #withOutlierTargets} say otherwise.
     *
     * @throws IllegalArgumentException for no points, a coordinate outside the dimension or a plan of the wrong size
     */
    public static ScatterData of(double[][] source, double[][] target, double[] plan, int ax, int ay) {
        return of(source, target, plan, ax, ay, 0);
    }

    /**
     * The same with the lines' opacity P_ij / max(largest, max P), a scale locked over several plans
     * ({@link MatchingLines#of(double[], double[], double[], double[], double[], double)}).
     */
    public static ScatterData of(double[][] source, double[][] target, double[] plan, int ax, int ay,
                                 double largest) {
        if (source.length == 0 || target.length == 0) {
            throw new IllegalArgumentException("no source or target points to show");
        }
        int d = source[0].length;
        boolean rails = d == 1;
        if (!rails && (ax < 0 || ay < 0 || ax >= d || ay >= d)) {
            throw new IllegalArgumentException("coordinates " + (ax + 1) + " and " + (ay + 1) + " do not exist in "
                    + d + " dimensions");
        }
        double[] sx = column(source, rails ? 0 : ax);
        double[] tx = column(target, rails ? 0 : ax);
        double[] sy = rails ? constant(source.length, SOURCE_RAIL) : column(source, ay);
        double[] ty = rails ? constant(target.length, TARGET_RAIL) : column(target, ay);
        return new ScatterData(sx, sy, tx, ty, constant(sx.length, 1), constant(tx.length, 1), 0,
                MatchingLines.of(sx, sy, tx, ty, plan, largest), rails, rails ? "value" : "coordinate " + (ax + 1),
                rails ? "" : "coordinate " + (ay + 1), constant(sx.length, 1),
                constant(tx.length, 1));
    }

    /**
     * The same picture with the marginals shown: marker areas ∝ the weights a and b (sizes √(n·a_i), √(m·b_j)), and
     * the shares of mass moved, row sums P1 against a, column sums Pᵀ1 against b.
     */
    public ScatterData withMassMoved(double[] rowSums, double[] columnSums, double[] a, double[] b) {
        return new ScatterData(sourceX, sourceY, targetX, targetY, shares(rowSums, a, "source"),
                shares(columnSums, b, "target"), outlierTargets, lines, rails, xName, yName, sizes(a), sizes(b));
    }

    /** The same picture with the first {@code count} targets marked as outliers. */
    public ScatterData withOutlierTargets(int count) {
        return new ScatterData(sourceX, sourceY, targetX, targetY, sourceShare, targetShare, count, lines, rails,
                xName, yName, sourceSize, targetSize);
    }

    /** The largest marker size of either side, in full radii. */
    public double largestSize() {
        double largest = 0;
        for (double[] side : new double[][] {sourceSize, targetSize}) {
            for (double v : side) {
                largest = Math.max(largest, v);
            }
        }
        return largest;
    }

    /** √(count·w_k) within [MIN_SIZE, MAX_SIZE]: 1 for uniform weights. */
    private static double[] sizes(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] out = new double[weights.length];
        for (int k = 0; k < out.length; k++) {
            double relative = total > 0 ? weights.length * weights[k] / total : 1;
            out[k] = Math.max(MIN_SIZE, Math.min(MAX_SIZE, Math.sqrt(Math.max(0, relative))));
        }
        return out;
    }

    /** moved_k / prescribed_k; a point with no prescribed mass has share 0 (nothing to move). */
    private static double[] shares(double[] moved, double[] prescribed, String role) {
        if (moved.length != prescribed.length) {
            throw new IllegalArgumentException(moved.length + " " + role + " sums for " + prescribed.length
                    + " " + role + " weights");
        }
        double[] out = new double[moved.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = prescribed[k] > 0 ? Math.max(0, moved[k]) / prescribed[k] : 0;
        }
        return out;
    }

    private static double[] constant(int length, double value) {
        double[] out = new double[length];
        Arrays.fill(out, value);
        return out;
    }

    private static double[] column(double[][] points, int k) {
        double[] out = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = points[i][k];
        }
        return out;
    }
}
