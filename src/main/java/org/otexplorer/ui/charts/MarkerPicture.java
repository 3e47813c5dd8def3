package org.otexplorer.ui.charts;

import java.util.EnumMap;
import java.util.Map;

/**
 * The markers of a display drawn for one plot geometry and marker style, one premultiplied-ARGB image per layer
 * ({@link ScatterMarkers.Layer}), made off the FX thread with the same drawing routine as the canvas
 * ({@link ScatterMarkers#layer}) into a {@link MarkerRaster}: the chart then draws each layer as one image. Made for
 * a point drag, where every frame brings new shares of mass moved.
 *
 * @param data     the display drawn
 * @param geometry the geometry it was drawn for
 * @param style    the style it was drawn in
 * @param layers   each non-empty layer's pixels, row by row ({@code geometry.width()} a row)
 */
public record MarkerPicture(ScatterData data, PlotGeometry geometry, MarkerStyle style,
                            Map<ScatterMarkers.Layer, int[]> layers) {
    /** Draws every layer of {@code data}'s markers for the geometry in the style. */
    public static MarkerPicture of(ScatterData data, PlotGeometry geometry, MarkerStyle style) {
        Map<ScatterMarkers.Layer, int[]> layers = new EnumMap<>(ScatterMarkers.Layer.class);
        for (ScatterMarkers.Layer layer : ScatterMarkers.Layer.values()) {
            if (layer == ScatterMarkers.Layer.OUTLIERS && data.outlierTargets() == 0) {
                continue;
            }
            MarkerRaster raster = new MarkerRaster(geometry.width(), geometry.height());
            javafx.scene.paint.Color color = style.color(layer);
            ScatterMarkers.layer(MarkerSurface.of(raster), layer, data, geometry.transform(), color, style.radius());
            layers.put(layer, raster.toPremultipliedArgb(color.getRed(), color.getGreen(), color.getBlue()));
        }
        return new MarkerPicture(data, geometry, style, layers);
    }

    /** Whether it shows these data in this geometry and style (else the canvas draws the shapes). */
    boolean fits(ScatterData shown, PlotGeometry drawn, MarkerStyle now) {
        return data == shown && geometry.equals(drawn) && style.equals(now);
    }
}
