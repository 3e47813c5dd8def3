package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.renderer.spi.AbstractRendererXY;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws a histogram in a marginal strip of the plan: one bar per index k, from 0 to the mass, a column's bar
 * standing on the plan ({@code alongRows} false: the data set holds (k, mass)) or a row's bar growing leftwards
 * from it ({@code alongRows} true: (−mass, −k)), each bar as wide as its cell less a gap, lightly filled in the data
 * set's line colour (the style sheet's, so the theme's) with an opaque edge at the mass's end (the whole outline while
 * bars are wide enough to show one), so the histogram reads against the background and a line over it against the
 * fill. This
 * is how POT's {@code plot1D_mat} shows the histograms a and b along the plan's two axes; the plan's own marginal is
 * a thin line over them, visible where the two coincide. Vector figures get the same bars as rectangles
 * ({@link VectorDrawable}).
 */
final class MarginalBars extends AbstractRendererXY<MarginalBars> implements VectorDrawable {
    /** A bar's width in cells. */
    static final double WIDTH = 0.8;
    /** The bars' fill opacity (their outline is opaque). */
    static final double FILL_OPACITY = 0.4;
    /** Bars narrower than this (in pixels) get no outline: outlines of narrow bars fill the gaps, a solid block. */
    private static final double OUTLINED_WIDTH = 8;
    /** The colour of bars whose style sheet names none. */
    private static final Color FALLBACK = Color.web("#e8710a");
    private final boolean alongRows;

    MarginalBars(boolean alongRows) {
        this.alongRows = alongRows;
        setShowInLegend(false);
    }

    @Override
    protected MarginalBars getThis() {
        return this;
    }

    @Override
    protected void render(GraphicsContext gc, DataSet set, DataSetNode style) {
        Color color = color(style);
        gc.setFill(color.deriveColor(0, 1, 1, FILL_OPACITY));
        gc.setStroke(color);
        gc.setLineWidth(1);
        for (double[] r : rectangles(set)) {
            gc.fillRect(r[0], r[1], r[2], r[3]);
            if (outlined(r)) {
                gc.strokeRect(r[0], r[1], r[2], r[3]);
            } else {
                double[] e = massEnd(r);
                gc.strokeLine(e[0], e[1], e[2], e[3]);
            }
        }
    }

    /** The bar's edge at the mass's end (a column's top, a row's left), {x0, y0, x1, y1}. */
    private double[] massEnd(double[] bar) {
        return alongRows ? new double[] {bar[0], bar[1], bar[0], bar[1] + bar[3]}
                : new double[] {bar[0], bar[1], bar[0] + bar[2], bar[1]};
    }

    /** The bars' colour: the data set's line colour from the style sheet. */
    Color color(DataSetNode style) {
        return style != null && style.getLineColor() instanceof Color c ? c : FALLBACK;
    }

    /** The bars' colour on screen now (tests), or {@code null} while they show no data set. */
    Color shownColor() {
        return getDatasets().isEmpty() ? null : color(getStyleableNode(getDatasets().get(0)));
    }

    private boolean outlined(double[] bar) {
        return (alongRows ? bar[3] : bar[2]) >= OUTLINED_WIDTH;
    }

    /** The same bars as rectangles of a vector figure (SVG, PDF). */
    @Override
    public void drawVector(Graphics2D g) {
        g.setStroke(new BasicStroke(1f));
        for (DataSet set : getDatasets()) {
            Color color = color(getStyleableNode(set));
            java.awt.Color fill = new java.awt.Color((float) color.getRed(), (float) color.getGreen(),
                    (float) color.getBlue(), (float) FILL_OPACITY);
            java.awt.Color outline = new java.awt.Color((float) color.getRed(), (float) color.getGreen(),
                    (float) color.getBlue());
            for (double[] r : rectangles(set)) {
                Rectangle2D.Double bar = new Rectangle2D.Double(r[0], r[1], r[2], r[3]);
                g.setColor(fill);
                g.fill(bar);
                g.setColor(outline);
                if (outlined(r)) {
                    g.draw(bar);
                } else {
                    double[] e = massEnd(r);
                    g.draw(new java.awt.geom.Line2D.Double(e[0], e[1], e[2], e[3]));
                }
            }
        }
    }

    @Override
    public boolean drawLegendSymbolVector(DataSetNode series, Graphics2D g, double width, double height) {
        return false; // the bars have no legend entry (the plan's corner legend names them)
    }

    /** Each bar as {left, top, width, height} in the canvas's pixels. */
    private java.util.List<double[]> rectangles(DataSet set) {
        java.util.List<double[]> out = new java.util.ArrayList<>();
        double half = WIDTH / 2;
        for (int k = 0; k < set.getDataCount(); k++) {
            double x = set.get(DataSet.DIM_X, k);
            double y = set.get(DataSet.DIM_Y, k);
            double x0 = xAxis.getDisplayPosition(alongRows ? 0 : x - half);
            double x1 = xAxis.getDisplayPosition(alongRows ? x : x + half);
            double y0 = yAxis.getDisplayPosition(alongRows ? y - half : 0);
            double y1 = yAxis.getDisplayPosition(alongRows ? y + half : y);
            out.add(new double[] {Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)});
        }
        return out;
    }
}
