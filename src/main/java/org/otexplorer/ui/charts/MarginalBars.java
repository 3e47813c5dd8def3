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
 * from it ({@code alongRows} true: (−mass, −k)), each bar as wide as its cell less a gap, filled in the weights'
 * colour with an outline. This is how POT's {@code plot1D_mat} shows the histograms a and b of one-dimensional
 * data along the plan's two axes. Vector figures get the same bars as rectangles ({@link VectorDrawable}).
 */
final class MarginalBars extends AbstractRendererXY<MarginalBars> implements VectorDrawable {
    /** A bar's width in cells. */
    static final double WIDTH = 0.8;
    /** The bars' fill opacity (their outline is opaque). */
    private static final double FILL_OPACITY = 0.45;
    private final boolean alongRows;
    private final Color color;

    MarginalBars(boolean alongRows, Color color) {
        this.alongRows = alongRows;
        this.color = color;
        setShowInLegend(false);
    }

    @Override
    protected MarginalBars getThis() {
        return this;
    }

    @Override
    protected void render(GraphicsContext gc, DataSet set, DataSetNode style) {
        gc.setFill(color.deriveColor(0, 1, 1, FILL_OPACITY));
        gc.setStroke(color);
        gc.setLineWidth(1);
        for (double[] r : rectangles(set)) {
            gc.fillRect(r[0], r[1], r[2], r[3]);
            gc.strokeRect(r[0], r[1], r[2], r[3]);
        }
    }

    /** The same bars as rectangles of a vector figure (SVG, PDF). */
    @Override
    public void drawVector(Graphics2D g) {
        java.awt.Color fill = new java.awt.Color((float) color.getRed(), (float) color.getGreen(),
                (float) color.getBlue(), (float) FILL_OPACITY);
        java.awt.Color outline = new java.awt.Color((float) color.getRed(), (float) color.getGreen(),
                (float) color.getBlue());
        g.setStroke(new BasicStroke(1f));
        for (DataSet set : getDatasets()) {
            for (double[] r : rectangles(set)) {
                Rectangle2D.Double bar = new Rectangle2D.Double(r[0], r[1], r[2], r[3]);
                g.setColor(fill);
                g.fill(bar);
                g.setColor(outline);
                g.draw(bar);
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
