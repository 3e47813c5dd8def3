package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.renderer.spi.AbstractRendererXY;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.events.ChartBits;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The chart-fx renderer of the source-and-target chart. It paints straight onto the chart's canvas, one layer per
 * data set (drawn last to first): the matching lines as one image (a {@link LinePicture} made for the current plot
 * geometry — off the FX thread when the chart was given a way to ask for one, else here), then the outliers' rings,
 * the target squares and the source circles ({@link ScatterMarkers}) — all of them as one image when a
 * {@link PlotPicture} made off the FX thread fits what is shown; when the plan does not move all of some point's mass (robust, unbalanced), the legend
 * gains a key to the marker sizes. Its data sets draw nothing themselves: they give the legend its entries (clicking one
 * hides that layer), the hover tooltip its points, and the style sheet ({@code scatter-chart.css}) nodes to style:
 * colours from the theme's looked-up colours, marker radius and line width in em, so both grow with the font
 * (presenter mode, export scale). The axis ranges it reports are the points' bounds padded by the markers' extent
 * ({@link ScatterRange}), optionally at equal aspect. Exported as SVG or PDF it draws the same layers as vector
 * shapes ({@link VectorDrawable}): every visible matching line as a segment of its own opacity, every marker as a
 * circle, square or ring.
 */
final class ScatterRenderer extends AbstractRendererXY<ScatterRenderer> implements VectorDrawable {
    /** Opacities of the three strokes of the matching lines' legend symbol. */
    private static final double[] LEGEND_ALPHAS = {0.25, 0.55, 1};
    /** The legend's key to marker sizes. */
    static final String SIZE_KEY = "filled area ∝ mass moved (outline: all of it)";
    /** Shares this close to 1 are rounding: the plan moves all of the point's mass. */
    private static final double SHARE_TOLERANCE = 1e-6;
    private final DoubleDataSet lineSet = styled(new DoubleDataSet("matching lines (opacity ∝ P_ij)"), "scatter-lines");
    private final DoubleDataSet sources = styled(new DoubleDataSet("source x"), "scatter-sources");
    private final DoubleDataSet targets = styled(new DoubleDataSet("target y"), "scatter-targets");
    private final DoubleDataSet outliers = styled(new DoubleDataSet("outlier (generator)"), "scatter-outliers");
    /** A legend entry only: the key to marker sizes, shown when the plan does not move every point's mass. */
    private final DoubleDataSet sizeKey = styled(new DoubleDataSet(SIZE_KEY), "scatter-sources");
    private ScatterData data;
    private PlotGeometry drawing;
    private LinePicture picture;
    private PlotPicture plot;
    private WritableImage plotImage;
    private PlotPicture plotImageOf;
    /** Whether this frame draws the plot picture, and whether it has been drawn yet. */
    private boolean drawsPlot;
    private boolean plotDrawn;
    private boolean equalAspect;
    private Runnable pictureRequests;
    private PlotGeometry requested;
    private WritableImage image;
    private LinePicture imageOf;
    private Color imageColor;
    private ScatterRange held;
    private ScatterHit highlighted;

    ScatterRenderer() {
        getDatasets().setAll(sources, targets, outliers, sizeKey, lineSet);
        node(outliers).setShowInLegend(false);
        node(sizeKey).setShowInLegend(false);
        chartProperty().addListener((o, old, chart) -> {
            if (chart != null) {
                chart.getCanvas().widthProperty().addListener((p, a, b) -> rangeDependsOnSize());
                chart.getCanvas().heightProperty().addListener((p, a, b) -> rangeDependsOnSize());
            }
        });
    }

    private static DoubleDataSet styled(DoubleDataSet set, String styleClass) {
        set.addStyleClasses(styleClass);
        return set;
    }

    @Override
    protected ScatterRenderer getThis() {
        return this;
    }

    /**
     * Shows new data, with their line picture if one was made (else it is made or asked for when drawn) and their
     * plot picture if one was made (else the canvas draws the lines' image and the markers' shapes).
     */
    void show(ScatterData shown, LinePicture linePicture, PlotPicture plotPicture) {
        data = shown;
        picture = linePicture;
        plot = plotPicture;
        requested = null;
        sources.set(shown.sourceX(), shown.sourceY(), shown.sourceX().length, false);
        targets.set(shown.targetX(), shown.targetY(), shown.targetX().length, false);
        int k = shown.outlierTargets();
        outliers.set(Arrays.copyOf(shown.targetX(), k), Arrays.copyOf(shown.targetY(), k), k, false);
        node(outliers).setShowInLegend(k > 0);
        node(sizeKey).setShowInLegend(!movesAll(shown.sourceShare()) || !movesAll(shown.targetShare()));
        fireInvalidated(ChartBits.ChartCanvas);
    }

    ScatterData data() {
        return data;
    }

    /** Whether every share is 1 (a balanced plan): then marker sizes say nothing and need no key. */
    private static boolean movesAll(double[] shares) {
        for (double share : shares) {
            if (Math.abs(share - 1) > SHARE_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    LinePicture picture() {
        return picture;
    }

    void setEqualAspect(boolean on) {
        equalAspect = on;
        fireInvalidated(ChartBits.ChartCanvas);
    }

    /** Line pictures for the current geometry are asked for through {@code requests} (null: made when drawn). */
    void setPictureRequests(Runnable requests) {
        pictureRequests = requests;
    }

    /** The plot geometry drawn now, or {@code null} before the chart has a size and data. */
    PlotGeometry geometry() {
        if (getChart() == null || data == null || xAxis == null || yAxis == null) {
            return null;
        }
        Canvas canvas = getChart().getCanvas();
        if (canvas.getWidth() < 1 || canvas.getHeight() < 1 || !(xAxis.getMax() > xAxis.getMin())
                || !(yAxis.getMax() > yAxis.getMin())) {
            return null;
        }
        PlotTransform t = PlotTransform.through(xAxis.getMin(), xAxis.getDisplayPosition(xAxis.getMin()),
                xAxis.getMax(), xAxis.getDisplayPosition(xAxis.getMax()), yAxis.getMin(),
                yAxis.getDisplayPosition(yAxis.getMin()), yAxis.getMax(), yAxis.getDisplayPosition(yAxis.getMax()));
        return new PlotGeometry(t, (int) Math.ceil(canvas.getWidth()), (int) Math.ceil(canvas.getHeight()),
                Math.max(0.5, node(lineSet).getLineWidth()));
    }

    /** Marker radius in pixels (from the style sheet, in em). */
    double markerRadius() {
        return node(sources).getMarkerSize();
    }

    /** Colour of the matching lines (from the style sheet). */
    Color lineColor() {
        return ScatterMarkers.color(node(lineSet).getLineColor());
    }

    /**
     * The padded (and, if asked, equal-aspect) ranges for the current plot-area size; while held, the ranges of the
     * moment it was held (a dragged point must stay under the pointer, not move the axes).
     */
    ScatterRange range() {
        if (held != null) {
            return held;
        }
        Canvas canvas = getChart().getCanvas();
        return ScatterRange.of(data, canvas.getWidth(), canvas.getHeight(),
                ScatterMarkers.extent(data, markerRadius()) + 1, equalAspect);
    }

    /** Keeps the axis ranges as they are until released (a point drag), or fits them to the data again. */
    void holdRange(boolean hold) {
        held = hold && data != null && getChart() != null ? range() : null;
        if (!hold) {
            fireInvalidated(ChartBits.ChartCanvas);
        }
    }

    @Override
    public void updateAxisRange(Axis axis, AxisRange range) {
        if (data == null || getChart() == null) {
            return;
        }
        ScatterRange r = range();
        if (axis == xAxis) {
            range.add(r.xMin());
            range.add(r.xMax());
        } else if (axis == yAxis) {
            range.add(r.yMin());
            range.add(r.yMax());
        }
    }

    /** The padding (and equal aspect) are in pixels: a new plot-area size asks for new ranges. */
    private void rangeDependsOnSize() {
        if (data != null) {
            fireInvalidated(ChartBits.ChartCanvas);
        }
    }

    @Override
    public void render() {
        drawing = geometry();
        if (drawing != null) {
            drawsPlot = plotFits(drawing);
            plotDrawn = false;
            super.render(); // the layers in reverse order of the data sets: lines, rings, targets, sources
        }
    }

    @Override
    protected void render(GraphicsContext gc, DataSet set, DataSetNode style) {
        if (set == sizeKey) {
            return; // a legend entry only
        }
        if (drawsPlot) {
            if (!plotDrawn) { // every layer at once, at the bottom one
                drawPlotImage(gc);
                plotDrawn = true;
            }
        } else if (set == lineSet) {
            drawLines(gc, drawing);
        } else {
            drawMarkers(MarkerSurface.of(gc), set, style, drawing.transform());
        }
        if (set == sources && highlighted != null) {
            drawHighlight(MarkerSurface.of(gc), drawing.transform());
        }
    }

    /** The point under the pointer gets a ring in the lines' colour, on top of every marker (screen only). */
    void highlight(ScatterHit hit) {
        if (!java.util.Objects.equals(hit, highlighted)) {
            highlighted = hit;
            fireInvalidated(ChartBits.ChartCanvas);
        }
    }

    ScatterHit highlighted() {
        return highlighted;
    }

    private void drawHighlight(MarkerSurface surface, PlotTransform t) {
        boolean target = highlighted.target();
        double[] x = target ? data.targetX() : data.sourceX();
        int k = highlighted.index();
        if (k >= x.length) {
            return;
        }
        double radius = markerRadius();
        double size = (target ? data.targetSize() : data.sourceSize())[k];
        surface.style(lineColor(), 2 * ScatterMarkers.outline(radius));
        surface.marker(t.pixelX(x[k]), t.pixelY((target ? data.targetY() : data.sourceY())[k]),
                radius * (size + ScatterMarkers.HIGHLIGHT_GAP), true, false);
    }

    /** The rings, the target squares or the source circles. */
    private void drawMarkers(MarkerSurface surface, DataSet set, DataSetNode style, PlotTransform t) {
        ScatterMarkers.layer(surface, layer(set), data, t, ScatterMarkers.color(style.getMarkerColor()),
                markerRadius());
    }

    private ScatterMarkers.Layer layer(DataSet set) {
        return set == outliers ? ScatterMarkers.Layer.OUTLIERS
                : set == targets ? ScatterMarkers.Layer.TARGETS : ScatterMarkers.Layer.SOURCES;
    }

    /** Whether the plot on screen is the plot picture made off the FX thread. */
    boolean drawsPlotPicture() {
        PlotGeometry now = geometry();
        return now != null && plotFits(now);
    }

    /** The style the markers are drawn in now. */
    MarkerStyle markerStyle() {
        return new MarkerStyle(markerRadius(), ScatterMarkers.color(node(sources).getMarkerColor()),
                ScatterMarkers.color(node(targets).getMarkerColor()), ScatterMarkers.color(node(outliers).getMarkerColor()));
    }

    /**
     * Whether the plot picture shows these data with the line picture, geometry, style and colours of now, and every
     * layer it holds is shown (none hidden from the legend).
     */
    private boolean plotFits(PlotGeometry geometry) {
        return plot != null && plot.fits(data, picture, geometry, markerStyle(), lineColor())
                && node(lineSet).isVisible() && node(sources).isVisible() && node(targets).isVisible()
                && (data.outlierTargets() == 0 || node(outliers).isVisible());
    }

    /** Draws the plot picture: one image, handed to the renderer without a copy. */
    private void drawPlotImage(GraphicsContext gc) {
        if (plotImageOf != plot) {
            plotImage = argbImage(drawing.width(), drawing.height(), plot.pixels());
            plotImageOf = plot;
        }
        gc.drawImage(plotImage, 0, 0);
    }

    /**
     * The layers {@link #render()} paints, in the same order and with the same visibility, as vector shapes: each
     * matching line a segment of opacity α_ij = P_ij / max P (lightest first), then the markers.
     */
    @Override
    public void drawVector(Graphics2D g) {
        PlotGeometry geometry = geometry();
        if (geometry == null) {
            return;
        }
        List<DataSet> sets = getDatasets();
        for (int k = sets.size() - 1; k >= 0; k--) {
            DataSetNode style = node(sets.get(k));
            if (style == null || !style.isVisible()) {
                continue;
            }
            if (sets.get(k) == lineSet) {
                drawVectorLines(g, geometry);
            } else if (sets.get(k) != sizeKey) { // the size key is a legend entry only
                drawMarkers(MarkerSurface.of(g), sets.get(k), style, geometry.transform());
            }
        }
    }

    private void drawVectorLines(Graphics2D g, PlotGeometry geometry) {
        MatchingLines lines = data.lines();
        PlotTransform t = geometry.transform();
        Color color = lineColor();
        g.setStroke(new BasicStroke((float) geometry.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        for (int k = 0; k < lines.count(); k++) {
            int i = lines.source(k);
            int j = lines.target(k);
            g.setColor(VectorColors.awt(color.deriveColor(0, 1, 1, lines.alpha()[k])));
            g.draw(new Line2D.Double(t.pixelX(lines.sourceX()[i]), t.pixelY(lines.sourceY()[i]),
                    t.pixelX(lines.targetX()[j]), t.pixelY(lines.targetY()[j])));
        }
    }

    @Override
    public boolean drawLegendSymbolVector(DataSetNode style, Graphics2D g, double w, double h) {
        if (style.getDataSet() == lineSet) {
            Color color = ScatterMarkers.color(style.getLineColor());
            g.setStroke(new BasicStroke((float) Math.max(1, style.getLineWidth())));
            for (int k = 0; k < LEGEND_ALPHAS.length; k++) {
                g.setColor(VectorColors.awt(color.deriveColor(0, 1, 1, LEGEND_ALPHAS[k])));
                double y = h * (k + 1) / (LEGEND_ALPHAS.length + 1);
                g.draw(new Line2D.Double(1, y, w - 1, y));
            }
        } else {
            legendMarker(MarkerSurface.of(g), style, w, h);
        }
        return true;
    }

    /**
     * Draws the line picture, stretched from the geometry it was made for while a new one is on its way (zoom,
     * resize); asks for (or makes) one for the current geometry when it differs.
     */
    private void drawLines(GraphicsContext gc, PlotGeometry geometry) {
        boolean current = picture != null && picture.lines() == data.lines();
        if (!current || !picture.geometry().equals(geometry)) {
            if (pictureRequests == null) {
                picture = LinePicture.of(data.lines(), geometry, lineColor());
                current = true;
            } else if (!geometry.equals(requested)) {
                requested = geometry;
                pictureRequests.run();
            }
        }
        if (!current) {
            return;
        }
        Color color = lineColor();
        if (imageOf != picture || !color.equals(imageColor)) {
            image = image(picture, color);
            imageOf = picture;
            imageColor = color;
        }
        PlotTransform from = picture.geometry().transform();
        PlotTransform to = geometry.transform();
        double x0 = to.pixelX(-from.originX() / from.scaleX());
        double x1 = to.pixelX((picture.geometry().width() - from.originX()) / from.scaleX());
        double y0 = to.pixelY(-from.originY() / from.scaleY());
        double y1 = to.pixelY((picture.geometry().height() - from.originY()) / from.scaleY());
        gc.drawImage(image, x0, y0, x1 - x0, y1 - y0);
    }

    /** The picture's pixels as an image (made off the FX thread; here again only when the theme changed). */
    private static WritableImage image(LinePicture picture, Color color) {
        LineRaster raster = picture.raster();
        int[] pixels = color.equals(picture.color()) ? picture.pixels()
                : raster.toPremultipliedArgb(color.getRed(), color.getGreen(), color.getBlue());
        return argbImage(raster.width(), raster.height(), pixels);
    }

    /**
     * An image of premultiplied 0xAARRGGBB pixels that uses the array itself (no copy on the FX thread, and the
     * renderer's texture takes them in its own format, without a conversion). The array must not change afterwards:
     * pictures never change theirs.
     */
    private static WritableImage argbImage(int w, int h, int[] pixels) {
        return new WritableImage(new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance()));
    }

    @Override
    public boolean drawLegendSymbol(DataSetNode style, Canvas canvas) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (style.getDataSet() == lineSet) {
            gc.setStroke(ScatterMarkers.color(style.getLineColor()));
            gc.setLineWidth(Math.max(1, style.getLineWidth()));
            for (int k = 0; k < LEGEND_ALPHAS.length; k++) {
                gc.setGlobalAlpha(LEGEND_ALPHAS[k]);
                double y = h * (k + 1) / (LEGEND_ALPHAS.length + 1);
                gc.strokeLine(1, y, w - 1, y);
            }
            gc.setGlobalAlpha(1);
        } else {
            legendMarker(MarkerSurface.of(gc), style, w, h);
        }
        return true;
    }

    private void legendMarker(MarkerSurface surface, DataSetNode style, double w, double h) {
        double radius = Math.min(markerRadius(), Math.min(w, h) / 2 - 1);
        DataSet set = style.getDataSet();
        ScatterMarkers.Kind kind = set == sources ? ScatterMarkers.Kind.SOURCE
                : set == targets ? ScatterMarkers.Kind.TARGET
                : set == sizeKey ? ScatterMarkers.Kind.HALF_MOVED : ScatterMarkers.Kind.OUTLIER;
        ScatterMarkers.legendMarker(surface, kind, w, h, ScatterMarkers.color(style.getMarkerColor()), radius);
    }

    private DataSetNode node(DataSet set) {
        return getStyleableNode(set);
    }
}
