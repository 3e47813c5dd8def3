package org.otexplorer.ui.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import org.otexplorer.ui.charts.VectorColors;

/**
 * JavaFX paints on a vector page. A plain colour is a colour; a linear gradient (a heatmap's colour bar) becomes
 * {@link #GRADIENT_BANDS} bands of plain colour across it, which every SVG and PDF reader shows alike; a radial
 * gradient or an image pattern is drawn in its first colour.
 */
final class Paints {
    /** Bands a linear gradient is drawn with: as many as the colour bar's levels. */
    static final int GRADIENT_BANDS = 256;

    private Paints() {
    }

    /** The Java 2D colour of a paint, or {@code null} when it is no plain colour or fully transparent. */
    static java.awt.Color color(Paint paint) {
        java.awt.Color c = VectorColors.awt(paint);
        return c == null || c.getAlpha() == 0 ? null : c;
    }

    /** Fills a shape with a paint. */
    static void fill(Graphics2D g, java.awt.Shape shape, Paint paint) {
        if (paint instanceof LinearGradient gradient) {
            bands(g, shape, gradient);
            return;
        }
        java.awt.Color c = color(paint instanceof RadialGradient r ? r.getStops().get(0).getColor() : paint);
        if (c != null) {
            g.setColor(c);
            g.fill(shape);
        }
    }

    /** A linear gradient as bands across its main direction (horizontal or vertical), clipped to the shape. */
    private static void bands(Graphics2D g, java.awt.Shape shape, LinearGradient gradient) {
        Rectangle2D box = shape.getBounds2D();
        double sx = gradient.getStartX();
        double sy = gradient.getStartY();
        double ex = gradient.getEndX();
        double ey = gradient.getEndY();
        if (gradient.isProportional()) {
            sx = box.getX() + sx * box.getWidth();
            ex = box.getX() + ex * box.getWidth();
            sy = box.getY() + sy * box.getHeight();
            ey = box.getY() + ey * box.getHeight();
        }
        boolean alongX = Math.abs(ex - sx) >= Math.abs(ey - sy);
        double from = alongX ? sx : sy;
        double to = alongX ? ex : ey;
        if (from == to) {
            fill(g, shape, gradient.getStops().get(gradient.getStops().size() - 1).getColor());
            return;
        }
        Graphics2D clipped = (Graphics2D) g.create();
        try {
            clipped.clip(shape);
            double lo = alongX ? box.getMinX() : box.getMinY();
            double hi = alongX ? box.getMaxX() : box.getMaxY();
            double step = (hi - lo) / GRADIENT_BANDS;
            for (int k = 0; k < GRADIENT_BANDS; k++) {
                double a = lo + k * step;
                double t = ((a + step / 2) - from) / (to - from);
                clipped.setColor(VectorColors.awt(at(gradient.getStops(), Math.max(0, Math.min(1, t)))));
                // Each band reaches half a band into the next, so no hairline gap shows between them.
                double length = k == GRADIENT_BANDS - 1 ? step : 1.5 * step;
                clipped.fill(alongX ? new Rectangle2D.Double(a, box.getMinY(), length, box.getHeight())
                        : new Rectangle2D.Double(box.getMinX(), a, box.getWidth(), length));
            }
        } finally {
            clipped.dispose();
        }
    }

    /** The colour of a gradient at offset t in [0, 1], interpolated between its stops. */
    static Color at(List<Stop> stops, double t) {
        Stop previous = stops.get(0);
        if (t <= previous.getOffset()) {
            return previous.getColor();
        }
        for (Stop s : stops) {
            if (t <= s.getOffset()) {
                double span = s.getOffset() - previous.getOffset();
                return span <= 0 ? s.getColor()
                        : previous.getColor().interpolate(s.getColor(), (t - previous.getOffset()) / span);
            }
            previous = s;
        }
        return previous.getColor();
    }
}
