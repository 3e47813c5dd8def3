package org.otexplorer.ui.charts;

import javafx.scene.paint.Color;

/**
 * The whole plot of the source-and-target chart as one premultiplied-ARGB image, made off the FX thread: the line
 * picture underneath, then each layer of markers ({@link ScatterMarkers.Layer}: the outliers' rings, the targets,
 * the sources) drawn with the same routine as the canvas ({@link ScatterMarkers#layer}) into a {@link MarkerRaster}
 * and composited source-over in its colour. The chart's canvas then draws one image a frame instead of four (or of
 * a shape per marker: the software renderer takes about 30 µs for each of the 1,200 shapes of n = m = 300), and the
 * renderer uploads one texture. Made for every new display (a point drag brings one a frame); drawn only while
 * every layer is shown (a layer hidden from the legend: the canvas draws the rest itself).
 *
 * @param data   the display drawn
 * @param lines  the line picture underneath (its geometry is the picture's)
 * @param style  the style the markers were drawn in
 * @param pixels the plot's pixels, row by row ({@code lines.geometry().width()} a row)
 */
public record PlotPicture(ScatterData data, LinePicture lines, MarkerStyle style, int[] pixels) {
    /** Draws every layer of {@code data}'s markers in the style over the line picture. */
    public static PlotPicture of(ScatterData data, LinePicture lines, MarkerStyle style) {
        PlotGeometry geometry = lines.geometry();
        int[] pixels = lines.pixels().clone();
        for (ScatterMarkers.Layer layer : ScatterMarkers.Layer.values()) {
            if (layer == ScatterMarkers.Layer.OUTLIERS && data.outlierTargets() == 0) {
                continue;
            }
            MarkerRaster raster = new MarkerRaster(geometry.width(), geometry.height());
            Color color = style.color(layer);
            ScatterMarkers.layer(MarkerSurface.of(raster), layer, data, geometry.transform(), color, style.radius());
            raster.paintOver(pixels, color.getRed(), color.getGreen(), color.getBlue());
        }
        return new PlotPicture(data, lines, style, pixels);
    }

    /**
     * Whether it shows these data with this line picture, in this geometry, style and line colour (else the canvas
     * draws the lines' image and the markers' shapes).
     */
    boolean fits(ScatterData shown, LinePicture picture, PlotGeometry drawn, MarkerStyle now, Color lineColor) {
        return data == shown && lines == picture && lines.geometry().equals(drawn) && style.equals(now)
                && lines.color().equals(lineColor);
    }
}
