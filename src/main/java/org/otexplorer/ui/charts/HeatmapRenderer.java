package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.renderer.spi.ContourDataSetRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import javafx.scene.canvas.GraphicsContext;

/**
 * chart-fx's heatmap renderer as every heatmap of the explorer uses it: it draws nothing while its plot area is
 * under {@value #LEAST_PIXELS} pixels wide or high, and it opens its colour gradient bar (drawn beside the z axis) so
 * that a chart can hide the bar with its axis. chart-fx 11.3.1 reduces a grid larger than its plot to the plot's
 * pixels and divides by the reduced size, which is 0 on a plot under two pixels: during a layout that briefly
 * squeezes a heatmap (switching from the side-by-side sample to the one-dimensional one) the pulse threw
 * {@code ArithmeticException: / by zero} in {@code DefaultDataReducer3D.resample}.
 */
public class HeatmapRenderer extends ContourDataSetRenderer {
    /** The smallest plot side, in pixels, that is drawn. */
    static final double LEAST_PIXELS = 2;

    @Override
    protected void render(GraphicsContext gc, DataSet dataSet, DataSetNode style) {
        if (xAxis == null || yAxis == null || xAxis.getWidth() < LEAST_PIXELS || yAxis.getHeight() < LEAST_PIXELS) {
            return;
        }
        super.render(gc, dataSet, style);
    }

    /** The colour gradient bar chart-fx draws beside the z axis. */
    public javafx.scene.Node gradientBar() {
        return gradientBar;
    }
}
