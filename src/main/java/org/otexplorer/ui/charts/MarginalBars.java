package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.renderer.spi.AbstractRendererXY;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws a histogram in a marginal strip of the plan: one bar per index k, from 0 to the mass, a column's bar
 * standing on the plan ({@code alongRows} false: the data set holds (k, mass)) or a row's bar growing leftwards
 * from it ({@code alongRows} true: (−mass, −k)), each bar as wide as its cell less a gap, filled in the weights'
 * colour with an outline. This is how POT's {@code plot1D_mat} shows the histograms a and b of one-dimensional
 * data along the plan's two axes.
 */
final class MarginalBars extends AbstractRendererXY<MarginalBars> {
    /** A bar's width in cells. */
    static final double WIDTH = 0.8;
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
        gc.setFill(color.deriveColor(0, 1, 1, 0.45));
        gc.setStroke(color);
        gc.setLineWidth(1);
        for (int k = 0; k < set.getDataCount(); k++) {
            double x = set.get(DataSet.DIM_X, k);
            double y = set.get(DataSet.DIM_Y, k);
            double half = WIDTH / 2;
            double x0 = xAxis.getDisplayPosition(alongRows ? 0 : x - half);
            double x1 = xAxis.getDisplayPosition(alongRows ? x : x + half);
            double y0 = yAxis.getDisplayPosition(alongRows ? y - half : 0);
            double y1 = yAxis.getDisplayPosition(alongRows ? y + half : y);
            double left = Math.min(x0, x1);
            double top = Math.min(y0, y1);
            gc.fillRect(left, top, Math.abs(x1 - x0), Math.abs(y1 - y0));
            gc.strokeRect(left, top, Math.abs(x1 - x0), Math.abs(y1 - y0));
        }
    }
}
