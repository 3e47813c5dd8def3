package org.otexplorer.ui.charts;

/**
 * Axis ranges of the source-and-target chart: the points' bounds padded by a margin in pixels, so that a marker
 * on the data's extreme lies whole inside the plot area, and optionally widened to equal aspect (one unit of x
 * spans as many pixels as one unit of y: the axis with more pixels per unit is widened about its centre).
 * One-dimensional points (rails) get the rails' heights with {@link #RAIL_MARGIN} around them and no equal aspect.
 *
 * @param xMin left end
 * @param xMax right end
 * @param yMin bottom end
 * @param yMax top end
 */
record ScatterRange(double xMin, double xMax, double yMin, double yMax) {
    /** Space above and below the two rails of one-dimensional data, in rail distances. */
    static final double RAIL_MARGIN = 0.15;

    /**
     * The ranges for a plot area of {@code width × height} pixels keeping {@code padPixels} free around the
     * points (marker radius).
     */
    static ScatterRange of(ScatterData data, double width, double height, double padPixels, boolean equalAspect) {
        double[] x = padded(bounds(data.sourceX(), data.targetX()), width, padPixels);
        double[] y = data.rails()
                ? padded(new double[] {ScatterData.TARGET_RAIL - RAIL_MARGIN, ScatterData.SOURCE_RAIL + RAIL_MARGIN},
                        height, padPixels)
                : padded(bounds(data.sourceY(), data.targetY()), height, padPixels);
        if (equalAspect && !data.rails() && width > 0 && height > 0) {
            double unitsPerPixel = Math.max((x[1] - x[0]) / width, (y[1] - y[0]) / height);
            x = widened(x, unitsPerPixel * width);
            y = widened(y, unitsPerPixel * height);
        }
        return new ScatterRange(x[0], x[1], y[0], y[1]);
    }

    private static double[] bounds(double[] a, double[] b) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] values : new double[][] {a, b}) {
            for (double v : values) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo < hi ? new double[] {lo, hi} : new double[] {lo - 0.5, lo + 0.5};
    }

    /**
     * [lo − p, hi + p] with p chosen so that p data units are {@code padPixels} pixels once the padded range is
     * spread over {@code pixels}: p = padPixels·(hi − lo) / (pixels − 2·padPixels); 10 % of the span when the
     * area is too small for that.
     */
    private static double[] padded(double[] range, double pixels, double padPixels) {
        double span = range[1] - range[0];
        double pad = pixels > 4 * padPixels ? padPixels * span / (pixels - 2 * padPixels) : 0.1 * span;
        return new double[] {range[0] - pad, range[1] + pad};
    }

    private static double[] widened(double[] range, double span) {
        double centre = 0.5 * (range[0] + range[1]);
        return new double[] {centre - 0.5 * span, centre + 0.5 * span};
    }
}
