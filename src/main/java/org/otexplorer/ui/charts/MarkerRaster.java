package org.otexplorer.ui.charts;

/**
 * The markers of one layer of the source-and-target chart (the sources, the targets or the outliers' rings), all
 * one colour, drawn anti-aliased into an opacity raster off the FX thread ({@link MarkerSurface#of(MarkerRaster)}),
 * so that the chart's canvas draws a layer as one image instead of a shape per marker (the software renderer
 * takes about 30 µs for each of the 1,200 shapes of n = m = 300). Coverage of a pixel: a square's is the exact
 * area of the pixel inside it; a circle's is {@code clamp(r − d + ½)} with d the distance from the pixel's centre
 * (the usual one-pixel ramp; its total is the disc's area πr² to within 5 % for r ≥ 1.5 px). An outline of width w is the shape
 * grown by w/2 less the shape shrunk by w/2, as a canvas strokes it.
 */
final class MarkerRaster extends OpacityRaster {
    /** An empty (transparent) raster of width × height pixels. */
    MarkerRaster(int width, int height) {
        super(width, height);
    }

    /** A filled circle of radius r about (cx, cy), in pixels (pixel (c, r) spans [c, c+1) × [r, r+1)). */
    void disc(double cx, double cy, double r) {
        ring(cx, cy, r, Double.NEGATIVE_INFINITY);
    }

    /** The outline of a circle of radius r, {@code lineWidth} wide. */
    void circle(double cx, double cy, double r, double lineWidth) {
        ring(cx, cy, r + lineWidth / 2, r - lineWidth / 2);
    }

    /** A filled square of half side h about (cx, cy). */
    void square(double cx, double cy, double h) {
        frame(cx, cy, h, Double.NEGATIVE_INFINITY);
    }

    /** The outline of a square of half side h, {@code lineWidth} wide. */
    void squareOutline(double cx, double cy, double h, double lineWidth) {
        frame(cx, cy, h + lineWidth / 2, h - lineWidth / 2);
    }

    /** Between the circles of radii {@code outer} and {@code inner} (none inside when inner is −∞ or negative). */
    private void ring(double cx, double cy, double outer, double inner) {
        if (!(outer > 0)) {
            return;
        }
        int x0 = Math.max(0, (int) Math.floor(cx - outer - 1));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + outer + 1));
        int y0 = Math.max(0, (int) Math.floor(cy - outer - 1));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + outer + 1));
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double d = Math.sqrt(dx * dx + dy * dy);
                double c = ramp(outer - d + 0.5) - (inner > 0 ? ramp(inner - d + 0.5) : 0);
                if (c > 0) {
                    deposit(y * width + x, (float) c);
                }
            }
        }
    }

    /** Between the squares of half sides {@code outer} and {@code inner} (none inside when inner ≤ 0). */
    private void frame(double cx, double cy, double outer, double inner) {
        if (!(outer > 0)) {
            return;
        }
        int x0 = Math.max(0, (int) Math.floor(cx - outer));
        int x1 = Math.min(width - 1, (int) Math.floor(cx + outer));
        int y0 = Math.max(0, (int) Math.floor(cy - outer));
        int y1 = Math.min(height - 1, (int) Math.floor(cy + outer));
        for (int y = y0; y <= y1; y++) {
            double oy = overlap(y, cy, outer);
            double iy = inner > 0 ? overlap(y, cy, inner) : 0;
            for (int x = x0; x <= x1; x++) {
                double c = overlap(x, cx, outer) * oy - (inner > 0 ? overlap(x, cx, inner) * iy : 0);
                if (c > 0) {
                    deposit(y * width + x, (float) c);
                }
            }
        }
    }

    /** Length of [p, p+1] inside [centre − half, centre + half]. */
    private static double overlap(int p, double centre, double half) {
        return Math.max(0, Math.min(p + 1, centre + half) - Math.max(p, centre - half));
    }

    private static double ramp(double v) {
        return v <= 0 ? 0 : v >= 1 ? 1 : v;
    }
}
