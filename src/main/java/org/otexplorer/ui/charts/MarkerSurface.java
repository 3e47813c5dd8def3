package org.otexplorer.ui.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Where the source-and-target chart's markers are drawn: the chart's canvas on screen ({@link #of(GraphicsContext)})
 * or a vector surface when a figure is exported as SVG or PDF ({@link #of(Graphics2D)}), or one layer's raster
 * made off the FX thread ({@link #of(MarkerRaster)}), so that all show the same shapes from one drawing routine
 * ({@link ScatterMarkers}).
 */
interface MarkerSurface {
    /** Sets the colour of fills and outlines and the outline width in pixels. */
    void style(Color color, double lineWidth);

    /**
     * Fills ({@code fill}) or outlines a circle ({@code round}) of radius {@code half} or a square of half side
     * {@code half} centred on (cx, cy).
     */
    void marker(double cx, double cy, double half, boolean round, boolean fill);

    /** The JavaFX canvas. */
    static MarkerSurface of(GraphicsContext gc) {
        return new MarkerSurface() {
            @Override
            public void style(Color color, double lineWidth) {
                gc.setFill(color);
                gc.setStroke(color);
                gc.setLineWidth(lineWidth);
            }

            @Override
            public void marker(double cx, double cy, double half, boolean round, boolean fill) {
                double x = cx - half;
                double y = cy - half;
                double side = 2 * half;
                if (round && fill) {
                    gc.fillOval(x, y, side, side);
                } else if (round) {
                    gc.strokeOval(x, y, side, side);
                } else if (fill) {
                    gc.fillRect(x, y, side, side);
                } else {
                    gc.strokeRect(x, y, side, side);
                }
            }
        };
    }

    /** A Java 2D surface (an SVG or PDF page): every marker becomes a vector shape. */
    static MarkerSurface of(Graphics2D g) {
        return new MarkerSurface() {
            @Override
            public void style(Color color, double lineWidth) {
                g.setColor(VectorColors.awt(color));
                g.setStroke(new BasicStroke((float) lineWidth));
            }

            @Override
            public void marker(double cx, double cy, double half, boolean round, boolean fill) {
                java.awt.Shape shape = round ? new Ellipse2D.Double(cx - half, cy - half, 2 * half, 2 * half)
                        : new Rectangle2D.Double(cx - half, cy - half, 2 * half, 2 * half);
                if (fill) {
                    g.fill(shape);
                } else {
                    g.draw(shape);
                }
            }
        };
    }

    /** A one-colour raster of one layer (the colour is the layer's: only the outline width is taken). */
    static MarkerSurface of(MarkerRaster raster) {
        return new MarkerSurface() {
            private double lineWidth = 1;

            @Override
            public void style(Color color, double width) {
                lineWidth = width;
            }

            @Override
            public void marker(double cx, double cy, double half, boolean round, boolean fill) {
                if (round && fill) {
                    raster.disc(cx, cy, half);
                } else if (round) {
                    raster.circle(cx, cy, half, lineWidth);
                } else if (fill) {
                    raster.square(cx, cy, half);
                } else {
                    raster.squareOutline(cx, cy, half, lineWidth);
                }
            }
        };
    }
}
