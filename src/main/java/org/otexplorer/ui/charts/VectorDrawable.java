package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.ui.css.DataSetNode;
import java.awt.Graphics2D;

/**
 * A chart-fx renderer that paints onto its chart's canvas and can paint the same picture as vector shapes, for SVG
 * and PDF figures: the figure exporter asks it instead of embedding the canvas as an image.
 */
public interface VectorDrawable {
    /**
     * Draws what the renderer shows now onto {@code g}, whose coordinates are those of the chart's canvas (the axes'
     * display positions), as shapes rather than pixels.
     */
    void drawVector(Graphics2D g);

    /**
     * Draws the legend symbol of one of its data sets into a {@code width × height} box at the origin of {@code g}.
     *
     * @return false when the renderer draws no symbol of its own for this data set
     */
    boolean drawLegendSymbolVector(DataSetNode series, Graphics2D g, double width, double height);
}
