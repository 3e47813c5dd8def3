package org.otexplorer.barycenter.glyphs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a {@link StrokeGlyph} onto an image grid (row-major, rows × cols): pixel values are the fraction of a
 * 4 × 4 grid of sub-pixel samples that lie within half the stroke width of a stroke (math.md §16.6). A
 * {@link Placement} scales the glyph's unit box to {@code scale} of the image's shorter side (the stroke width
 * scales with it, so differently placed copies are dilations and translations of one shape) and centres it at
 * {@code (centreX, centreY)} in image fractions.
 */
public final class GlyphRaster {
    private static final int SUBSAMPLES = 4;

    /**
     * Where a glyph goes: its box covers {@code scale} of the image's shorter side, centred at
     * {@code (centreX, centreY)} (fractions of the width and height, x to the right, y downwards).
     */
    public record Placement(double scale, double centreX, double centreY) {
        public Placement {
            if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(centreX) || !Double.isFinite(centreY)) {
                throw new IllegalArgumentException("a placement needs a finite scale > 0 and a finite centre, got "
                        + scale + " at (" + centreX + ", " + centreY + ")");
            }
        }
    }

    private GlyphRaster() {
    }

    /**
     * The glyph drawn at the placement; values in [0, 1].
     *
     * @throws IllegalArgumentException for a grid below 2 × 2
     */
    public static double[] render(StrokeGlyph glyph, Placement at, int rows, int cols) {
        if (rows < 2 || cols < 2) {
            throw new IllegalArgumentException("glyph images need at least 2 x 2 pixels, got " + rows + " x " + cols);
        }
        double side = Math.min(rows, cols);
        double boxPixels = at.scale() * side;
        double half = 0.5 * glyph.width();
        double[] image = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int inside = 0;
                for (int sr = 0; sr < SUBSAMPLES; sr++) {
                    for (int sc = 0; sc < SUBSAMPLES; sc++) {
                        double px = c + (sc + 0.5) / SUBSAMPLES;
                        double py = r + (sr + 0.5) / SUBSAMPLES;
                        double u = (px - at.centreX() * cols) / boxPixels + 0.5;
                        double v = (py - at.centreY() * rows) / boxPixels + 0.5;
                        if (distanceToStrokes(glyph, u, v) <= half) {
                            inside++;
                        }
                    }
                }
                image[r * cols + c] = inside / (double) (SUBSAMPLES * SUBSAMPLES);
            }
        }
        return image;
    }

    /**
     * {@code count} placements as in thesis Fig. 2.8: scales uniform in [minScale, maxScale] and centres uniform
     * where the glyph's box stays inside the image, so larger copies sit nearer the middle and small ones drift
     * towards the corners; the same seed gives the same placements.
     */
    public static List<Placement> randomPlacements(int count, double minScale, double maxScale, long seed) {
        if (count < 1 || !(minScale > 0) || !(maxScale >= minScale) || maxScale > 1) {
            throw new IllegalArgumentException("need count >= 1 and 0 < minScale <= maxScale <= 1, got " + count + ", "
                    + minScale + ", " + maxScale);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Placement> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double s = minScale + (maxScale - minScale) * rng.nextDouble();
            double room = 1 - s;
            out.add(new Placement(s, s / 2 + room * rng.nextDouble(), s / 2 + room * rng.nextDouble()));
        }
        return out;
    }

    private static double distanceToStrokes(StrokeGlyph glyph, double u, double v) {
        double best = Double.POSITIVE_INFINITY;
        for (double[][] stroke : glyph.strokes()) {
            for (int k = 0; k + 1 < stroke.length; k++) {
                best = Math.min(best, segmentDistance(u, v, stroke[k], stroke[k + 1]));
            }
        }
        return best;
    }

    /** Distance from (u, v) to the segment from p to q. */
    private static double segmentDistance(double u, double v, double[] p, double[] q) {
        double dx = q[0] - p[0];
        double dy = q[1] - p[1];
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((u - p[0]) * dx + (v - p[1]) * dy) / length2));
        double ex = u - p[0] - t * dx;
        double ey = v - p[1] - t * dy;
        return Math.sqrt(ex * ex + ey * ey);
    }
}
