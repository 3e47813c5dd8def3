package org.otexplorer.ui.charts;

/**
 * Many anti-aliased straight lines of one colour, each with its own opacity, composited source-over into an
 * opacity buffer: a pixel covered by lines of opacities α_k with coverages c_k ends with opacity
 * {@code 1 − Π_k (1 − α_k c_k)}, which for one colour is exactly what drawing them one over the other gives, in
 * any order. Coverage is the box-filtered area of the line (a band of the given width about the segment) in
 * each pixel, so a line of width w and length L deposits w·L in total (less what lies outside the image).
 *
 * <p>It exists because a JavaFX canvas strokes about 10⁴ lines per frame at interactive speed, while a plan at
 * n = 1000 has 10⁵–10⁶ visible entries; here the cost is one multiply-add per covered pixel.
 */
public final class LineRaster extends OpacityRaster {
    /** An empty (transparent) raster of width × height pixels. */
    LineRaster(int width, int height) {
        super(width, height);
    }

    /** Adds matching lines {@code [from, to)} through {@code transform}, {@code lineWidth} pixels wide. */
    void add(MatchingLines lines, int from, int to, PlotTransform transform, double lineWidth) {
        for (int k = from; k < to; k++) {
            int i = lines.source(k);
            int j = lines.target(k);
            add(transform.pixelX(lines.sourceX()[i]), transform.pixelY(lines.sourceY()[i]),
                    transform.pixelX(lines.targetX()[j]), transform.pixelY(lines.targetY()[j]), lines.alpha()[k],
                    lineWidth);
        }
    }

    /** Adds the segment (x0, y0)–(x1, y1) in pixels (pixel (c, r) spans [c, c+1) × [r, r+1)). */
    void add(double x0, double y0, double x1, double y1, double alpha, double lineWidth) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (Math.abs(dx) >= Math.abs(dy)) {
            if (dx != 0) {
                sweep(x0, y0, x1, y1, alpha, lineWidth, 1, width, width, height);
            }
        } else {
            sweep(y0, x0, y1, x1, alpha, lineWidth, width, 1, height, width);
        }
    }

    /**
     * Steps along the major axis u (one pixel centre at a time) and covers the band [v − h/2, v + h/2] across it,
     * h = w·√(1 + slope²) being the band's extent along the minor axis v.
     */
    private void sweep(double u0, double v0, double u1, double v1, double alpha, double lineWidth, int uStride,
                       int vStride, int uLimit, int vLimit) {
        if (u1 < u0) {
            double t = u0;
            u0 = u1;
            u1 = t;
            t = v0;
            v0 = v1;
            v1 = t;
        }
        double slope = (v1 - v0) / (u1 - u0);
        double half = 0.5 * lineWidth * Math.sqrt(1 + slope * slope);
        int first = (int) Math.max(0, Math.ceil(u0 - 0.5));
        int last = (int) Math.min(uLimit - 1, Math.floor(u1 - 0.5));
        float a = (float) alpha;
        float[] o = opacity;
        double v = v0 + (first + 0.5 - u0) * slope;
        for (int u = first; u <= last; u++, v += slope) { // the hot loop: one multiply-add per covered pixel
            double lo = v - half;
            double hi = v + half;
            if (lo < 0) {
                lo = 0;
            }
            if (hi > vLimit) {
                hi = vLimit;
            }
            if (hi <= lo) {
                continue;
            }
            int r0 = (int) lo;
            int r1 = (int) hi;
            if (r1 > vLimit - 1) {
                r1 = vLimit - 1;
            }
            int p = u * uStride + r0 * vStride;
            if (r0 == r1) {
                float c = a * (float) (hi - lo);
                o[p] += c * (1 - o[p]);
                continue;
            }
            float c = a * (float) (r0 + 1 - lo);
            o[p] += c * (1 - o[p]);
            for (int r = r0 + 1; r < r1; r++) {
                p += vStride;
                o[p] += a * (1 - o[p]);
            }
            p += vStride;
            c = a * (float) (hi - r1);
            o[p] += c * (1 - o[p]);
        }
    }

    /** Composites another raster of the same size with this one (for one colour the order does not matter). */
    void add(LineRaster other) {
        if (other.width != width || other.height != height) {
            throw new IllegalArgumentException("a raster of " + other.width + " × " + other.height
                    + " cannot be composited with one of " + width + " × " + height);
        }
        float[] o = opacity;
        float[] q = other.opacity;
        for (int p = 0; p < o.length; p++) {
            o[p] += q[p] * (1 - o[p]);
        }
    }

    /**
     * Composites a raster {@code factor} times coarser, scaled up bilinearly (pixel centres aligned), under what
     * this one holds.
     */
    void addScaledUp(LineRaster coarse, int factor) {
        int[] left = new int[width];
        int[] right = new int[width];
        float[] across = new float[width];
        for (int x = 0; x < width; x++) { // the same columns and weights in every row
            double cx = Math.max(0, Math.min(coarse.width() - 1, (x + 0.5) / factor - 0.5));
            left[x] = (int) cx;
            right[x] = Math.min(coarse.width() - 1, left[x] + 1);
            across[x] = (float) (cx - left[x]);
        }
        for (int y = 0; y < height; y++) {
            double cy = Math.max(0, Math.min(coarse.height() - 1, (y + 0.5) / factor - 0.5));
            int y0 = (int) cy;
            int y1 = Math.min(coarse.height() - 1, y0 + 1);
            float fy = (float) (cy - y0);
            for (int x = 0; x < width; x++) {
                float fx = across[x];
                float top = coarse.opacity(left[x], y0) * (1 - fx) + coarse.opacity(right[x], y0) * fx;
                float bottom = coarse.opacity(left[x], y1) * (1 - fx) + coarse.opacity(right[x], y1) * fx;
                float a = top * (1 - fy) + bottom * fy;
                if (a > 0) {
                    deposit(y * width + x, a);
                }
            }
        }
    }
}
