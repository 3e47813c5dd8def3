package org.otexplorer.ui.charts;

/**
 * Linear map from data coordinates to pixels of a chart's plot area: {@code px = originX + scaleX·x},
 * {@code py = originY + scaleY·y} (scaleY is negative on a chart whose y axis grows upwards).
 *
 * @param originX pixel of x = 0
 * @param scaleX  pixels per unit of x
 * @param originY pixel of y = 0
 * @param scaleY  pixels per unit of y
 */
public record PlotTransform(double originX, double scaleX, double originY, double scaleY) {
    /** The horizontal pixel of x. */
    public double pixelX(double x) {
        return originX + scaleX * x;
    }

    /** The vertical pixel of y. */
    public double pixelY(double y) {
        return originY + scaleY * y;
    }

    /** The transform that sends data x0 → pixel px0, x1 → px1 and y0 → py0, y1 → py1. */
    public static PlotTransform through(double x0, double px0, double x1, double px1, double y0, double py0,
                                        double y1, double py1) {
        double sx = (px1 - px0) / (x1 - x0);
        double sy = (py1 - py0) / (y1 - y0);
        return new PlotTransform(px0 - sx * x0, sx, py0 - sy * y0, sy);
    }
}
