package org.otexplorer.ui.charts;

import javafx.scene.paint.Color;

/**
 * The markers of the source-and-target chart: sources as circles, targets as squares, each a thin outline of
 * the full size (the mass the point should send or receive) filled over an area proportional to the share of it
 * the plan moves (up to {@link #MAX_SHARE}), so a point a robust or unbalanced plan starves shows as an empty
 * outline. The data generator's outliers carry a ring. The legend draws the same shapes. They are drawn on a
 * {@link MarkerSurface}: the chart's canvas, or a vector page when a figure is exported as SVG or PDF.
 */
final class ScatterMarkers {
    /** Fills grow with the share moved up to this share (an unbalanced plan may create mass). */
    static final double MAX_SHARE = 2;
    /** Radius of an outlier's ring, in marker radii. */
    static final double RING = 1.9;
    /** How far the hover ring of a point sits outside its marker, in marker radii. */
    static final double HIGHLIGHT_GAP = 0.7;
    /** Half side of a target square, in marker radii (so a square looks as big as a circle). */
    private static final double SQUARE = 0.9;

    private ScatterMarkers() {
    }

    /** Radius of the filled part of a marker of full radius r for a share moved. */
    static double filledRadius(double radius, double share) {
        return radius * Math.sqrt(Math.max(0, Math.min(MAX_SHARE, share)));
    }

    /**
     * Pixels the markers may reach beyond a point's position: what the axis ranges keep free, the hover ring of the
     * largest point and the outliers' rings included (a hovered point at the edge was cut, issue 12 item 14). It
     * does not depend on the shares (a fill may grow to {@link #MAX_SHARE}), so that a new plan on the same points
     * keeps the ranges, and with them the line picture's geometry.
     */
    static double extent(ScatterData data, double radius) {
        double size = Math.max(1, data.largestSize());
        double marker = filledRadius(size * radius, MAX_SHARE) + outline(radius);
        double hover = (size + HIGHLIGHT_GAP) * radius + outline(radius); // its stroke is 2 outlines wide
        double reach = Math.max(marker, hover);
        return data.outlierTargets() > 0 ? Math.max(reach, RING * radius + outline(radius)) : reach;
    }

    /** Width of the outlines. */
    static double outline(double radius) {
        return Math.max(1, 0.25 * radius);
    }

    /** Draws circles at (x[k], y[k]) of full radius r·size[k], filled ∝ share[k]. */
    static void circles(MarkerSurface gc, double[] x, double[] y, double[] share, double[] size, PlotTransform t,
                        Color color, double radius) {
        gc.style(color, outline(radius));
        for (int k = 0; k < x.length; k++) {
            double px = t.pixelX(x[k]);
            double py = t.pixelY(y[k]);
            double r = radius * size[k];
            gc.marker(px, py, filledRadius(r, share[k]), true, true);
            gc.marker(px, py, r, true, false);
        }
    }

    /** Draws squares at (x[k], y[k]) of full half side 0.9·r·size[k], filled ∝ share[k]. */
    static void squares(MarkerSurface gc, double[] x, double[] y, double[] share, double[] size, PlotTransform t,
                        Color color, double radius) {
        gc.style(color, outline(radius));
        for (int k = 0; k < x.length; k++) {
            double px = t.pixelX(x[k]);
            double py = t.pixelY(y[k]);
            double half = SQUARE * radius * size[k];
            gc.marker(px, py, filledRadius(half, share[k]), false, true);
            gc.marker(px, py, half, false, false);
        }
    }

    /** Draws rings around the first {@code count} points. */
    static void rings(MarkerSurface gc, double[] x, double[] y, int count, PlotTransform t, Color color,
                      double radius) {
        gc.style(color, outline(radius));
        double ring = RING * radius;
        for (int k = 0; k < count; k++) {
            gc.marker(t.pixelX(x[k]), t.pixelY(y[k]), ring, true, false);
        }
    }

    /** The chart's layers of markers, drawn bottom to top: the outliers' rings, the targets, the sources. */
    enum Layer {
        OUTLIERS, TARGETS, SOURCES
    }

    /** Draws one layer of a display's markers in its colour. */
    static void layer(MarkerSurface gc, Layer layer, ScatterData data, PlotTransform t, Color color, double radius) {
        switch (layer) {
            case OUTLIERS -> rings(gc, data.targetX(), data.targetY(), data.outlierTargets(), t, color, radius);
            case TARGETS -> squares(gc, data.targetX(), data.targetY(), data.targetShare(), data.targetSize(), t,
                    color, radius);
            case SOURCES -> circles(gc, data.sourceX(), data.sourceY(), data.sourceShare(), data.sourceSize(), t,
                    color, radius);
        }
    }

    /** A legend symbol: one marker of the kind, centred in a w × h canvas. */
    static void legendMarker(MarkerSurface gc, Kind kind, double w, double h, Color color, double radius) {
        double[] x = {0};
        double[] y = {0};
        double[] full = {1};
        PlotTransform centre = new PlotTransform(w / 2, 1, h / 2, 1);
        switch (kind) {
            case SOURCE -> circles(gc, x, y, full, full, centre, color, radius);
            case TARGET -> squares(gc, x, y, full, full, centre, color, radius);
            case OUTLIER -> rings(gc, x, y, 1, centre, color, Math.min(radius, (Math.min(w, h) / 2 - 1) / RING));
            case HALF_MOVED -> circles(gc, x, y, new double[] {0.5}, full, centre, color, Math.min(w, h) / 2 - 1);
        }
    }

    /** What a legend entry shows. */
    enum Kind {
        SOURCE, TARGET, OUTLIER,
        /** The key to sizes: a full-size outline filled over half its area (a point that moves half its mass). */
        HALF_MOVED
    }

    /** The colour of a paint (black for anything but a plain colour). */
    static Color color(javafx.scene.paint.Paint paint) {
        return paint instanceof Color c ? c : Color.BLACK;
    }
}
