package org.otexplorer.ui.charts;

import javafx.scene.paint.Color;

/**
 * How the source-and-target chart draws its markers, as its style sheet sets it now (read on the FX thread, handed
 * to a {@link PlotPicture} made off it).
 *
 * @param radius  full marker radius in pixels
 * @param source  colour of the source circles
 * @param target  colour of the target squares
 * @param outlier colour of the outliers' rings
 */
public record MarkerStyle(double radius, Color source, Color target, Color outlier) {
    /** The colour of a layer. */
    Color color(ScatterMarkers.Layer layer) {
        return switch (layer) {
            case OUTLIERS -> outlier;
            case TARGETS -> target;
            case SOURCES -> source;
        };
    }
}
