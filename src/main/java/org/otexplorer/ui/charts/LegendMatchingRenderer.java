package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * chart-fx's {@link ErrorDataSetRenderer} whose legend symbol is what it draws: its marker, its line (in the
 * line's colour, width and dashes), or both. The stock symbol is a hatched error band whatever the renderer
 * draws, so a legend of dots and lines showed three identical hatched boxes.
 */
public class LegendMatchingRenderer extends ErrorDataSetRenderer {
    @Override
    public boolean drawLegendSymbol(DataSetNode style, Canvas canvas) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double y = h / 2;
        gc.save();
        gc.clearRect(0, 0, w, h);
        if (getPolyLineStyle() != LineStyle.NONE) {
            gc.setStroke(style.getLineColor());
            gc.setLineWidth(style.getLineWidth());
            gc.setLineDashes(style.getLineDashes());
            gc.strokeLine(1, y, w - 2, y);
        }
        if (isDrawMarker()) {
            gc.setLineDashes((double[]) null);
            gc.setLineWidth(style.getMarkerLineWidth());
            gc.setFill(style.getMarkerColor());
            gc.setStroke(style.getMarkerColor());
            style.getMarkerType().draw(gc, w / 2, y, Math.min(style.getMarkerSize(), h / 2 - 1));
        }
        gc.restore();
        return true;
    }
}
