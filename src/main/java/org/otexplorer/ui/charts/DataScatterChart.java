package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.XYChart;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;

/**
 * Source and target points (a chosen 2-D projection, or two rails for one-dimensional points) with every visible
 * matching line of the plan, its opacity proportional to the entry's mass (POT's {@code plot2D_samples_mat}),
 * drawn by a renderer of its own ({@link ScatterRenderer}) from {@link ScatterData} prepared off the FX thread.
 * Markers are whole at the plot's edges, follow the theme and the font size, show the share of mass moved and
 * ring the generator's outliers; an equal-aspect mode keeps one unit of x as long as one of y. A draft line picture
 * ({@link LinePicture#draft}, while a point is dragged) is tagged {@value #DRAFT_TAG} in the plot's corner.
 */
public final class DataScatterChart {
    /**
     * One-dimensional points' rails named on the y-axis as the legend names the points ("source x", "target y"):
     * a title "target (0) ↔ source (1)" did not fit the short axis of a presenter-mode window.
     */
    private static final javafx.util.StringConverter<Number> RAIL_NAMES = new javafx.util.StringConverter<>() {
        @Override
        public String toString(Number value) {
            double v = value.doubleValue();
            return v == ScatterData.SOURCE_RAIL ? "x" : v == ScatterData.TARGET_RAIL ? "y" : "";
        }

        @Override
        public Number fromString(String text) {
            return "x".equals(text) ? ScatterData.SOURCE_RAIL : ScatterData.TARGET_RAIL;
        }
    };

    /** The least distance in pixels from a point at which its marker can be grabbed. */
    public static final double GRAB_PIXELS = 6;
    /** The tag on a draft picture. */
    public static final String DRAFT_TAG = "draft";
    /**
     * A chart shorter than this (px) carries the style class {@value #SHORT_STYLE}: in presenter mode its legend takes
     * less height there (a regression sample's scatter above its race at 1280×800 kept 45 px of plot under two legend
     * rows).
     */
    public static final double SHORT_HEIGHT = 300;
    /** The style class of a chart shorter than {@link #SHORT_HEIGHT}. */
    public static final String SHORT_STYLE = "short-plot";

    private final Label draftTag = new Label(DRAFT_TAG);

    private final XYChart chart;
    private final ScatterRenderer renderer = new ScatterRenderer();

    public DataScatterChart() {
        chart = Charts.chart(Charts.axis("coordinate 1"), Charts.axis("coordinate 2"));
        chart.getRenderers().setAll(renderer);
        chart.getStyleClass().add("scatter-chart");
        chart.getStylesheets().add(DataScatterChart.class.getResource("scatter-chart.css").toExternalForm());
        chart.setLegendVisible(true);
        draftTag.getStyleClass().add("draft-tag");
        draftTag.setMouseTransparent(true);
        draftTag.setManaged(false); // in the plot's top left corner, whatever its parent lays out
        draftTag.relocate(6, 4);
        draftTag.setVisible(false);
        chart.getPlotForeground().getChildren().add(draftTag);
        chart.heightProperty().addListener(o -> markShort());
    }

    private void markShort() {
        boolean isShort = chart.getHeight() > 0 && chart.getHeight() < SHORT_HEIGHT;
        if (isShort != chart.getStyleClass().contains(SHORT_STYLE)) {
            if (isShort) {
                chart.getStyleClass().add(SHORT_STYLE);
            } else {
                chart.getStyleClass().remove(SHORT_STYLE);
            }
        }
    }

    public XYChart chart() {
        return chart;
    }

    /** Shows data, their matching lines drawn on the FX thread unless {@link #setPictureRequests} is set. */
    public void show(ScatterData data) {
        show(data, null, null);
    }

    /**
     * Shows data with their line and plot pictures made off the FX thread for the chart's {@link #geometry()} and
     * {@link #markerStyle()} at the time ({@code null}: none yet; without a fitting plot picture the canvas draws
     * the lines' image and the markers' shapes). Call on the FX thread.
     */
    public void show(ScatterData data, LinePicture picture, PlotPicture plot) {
        chart.getXAxis().setName(data.xName());
        chart.getYAxis().setName(data.yName());
        ((io.fair_acc.chartfx.axes.spi.AbstractAxisParameter) chart.getYAxis())
                .setTickLabelFormatter(data.rails() ? RAIL_NAMES : null);
        renderer.show(data, picture, plot);
        draftTag.setVisible(picture != null && picture.draft());
        draftTag.autosize();
    }

    /** Whether the plot is drawn from a plot picture (it fits the geometry, style and colours on screen). */
    public boolean drawsPlotPicture() {
        return renderer.drawsPlotPicture();
    }

    /** Whether the {@value #DRAFT_TAG} tag is on screen (a draft picture is drawn). */
    public boolean showsDraftTag() {
        return draftTag.isVisible();
    }

    /** Whether one unit of x spans as many pixels as one unit of y (ignored for one-dimensional data). */
    public void setEqualAspect(boolean on) {
        renderer.setEqualAspect(on);
    }

    /**
     * What the chart runs when the line picture it has does not fit its {@link #geometry()} (new data without one,
     * zoom, resize): the caller makes one off the FX thread ({@link LinePicture#of}) and hands it to
     * {@link #show(ScatterData, LinePicture, PlotPicture)}; meanwhile the old picture is drawn stretched. Without it the chart
     * makes pictures itself, on the FX thread.
     */
    public void setPictureRequests(Runnable requests) {
        renderer.setPictureRequests(requests);
    }

    /** The geometry the chart draws in now, or {@code null} before it has a size and data. */
    public PlotGeometry geometry() {
        return renderer.geometry();
    }

    /** The data shown, or {@code null}. */
    public ScatterData shown() {
        return renderer.data();
    }

    /** The line picture drawn last, or {@code null}. */
    public LinePicture picture() {
        return renderer.picture();
    }

    /** Number of matching lines drawn: every entry at least {@link MatchingLines#VISIBLE_ALPHA} of the heaviest. */
    public int drawnLines() {
        ScatterData data = renderer.data();
        return data == null ? 0 : data.lines().count();
    }

    /** How the markers are drawn now (radius and colours from the style sheet), for a {@link PlotPicture}. */
    public MarkerStyle markerStyle() {
        return renderer.markerStyle();
    }

    /** Full marker radius in pixels, as the style sheet sets it for the current font. */
    public double markerRadius() {
        return renderer.markerRadius();
    }

    /** Pixels the markers reach beyond a point's position (outline, a fill above the share 1, outlier rings). */
    public double markerExtent() {
        ScatterData data = renderer.data();
        return data == null ? markerRadius() : ScatterMarkers.extent(data, markerRadius());
    }

    /**
     * Links this chart's zoom with another's beside it (the same points, another plan): a zoom of either sets the
     * other's axes to the same range, and zooming out of either zooms out of both. Unzoomed, each chart fits its
     * own plot area (the ranges then agree but for the pixels of padding), so the two never fight over a range.
     */
    public void link(DataScatterChart other) {
        follow(chart.getXAxis(), other.chart.getXAxis());
        follow(chart.getYAxis(), other.chart.getYAxis());
        follow(other.chart.getXAxis(), chart.getXAxis());
        follow(other.chart.getYAxis(), chart.getYAxis());
    }

    private static void follow(io.fair_acc.chartfx.axes.Axis from, io.fair_acc.chartfx.axes.Axis to) {
        javafx.beans.InvalidationListener copy = o -> {
            if (from.isAutoRanging()) {
                to.setAutoRanging(true);
            } else if (to.isAutoRanging() || to.getMin() != from.getMin() || to.getMax() != from.getMax()) {
                to.setAutoRanging(false);
                to.set(from.getMin(), from.getMax());
            }
        };
        from.autoRangingProperty().addListener(copy);
        from.minProperty().addListener(copy);
        from.maxProperty().addListener(copy);
    }

    /** The axes' ranges on display: {x min, x max, y min, y max}. */
    public double[] axisRanges() {
        return new double[] {chart.getXAxis().getMin(), chart.getXAxis().getMax(), chart.getYAxis().getMin(),
            chart.getYAxis().getMax()};
    }

    /**
     * The point whose marker is under a scene position, or {@code null}: the nearest within its marker's radius (at
     * least {@value #GRAB_PIXELS} pixels); sources, drawn on top, win a tie.
     */
    public ScatterHit pointAt(double sceneX, double sceneY) {
        ScatterData data = renderer.data();
        PlotGeometry g = renderer.geometry();
        if (data == null || g == null) {
            return null;
        }
        Point2D p = chart.getCanvas().sceneToLocal(sceneX, sceneY);
        PlotTransform t = g.transform();
        double radius = markerRadius();
        ScatterHit best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (boolean target : new boolean[] {false, true}) {
            double[] x = target ? data.targetX() : data.sourceX();
            double[] y = target ? data.targetY() : data.sourceY();
            double[] size = target ? data.targetSize() : data.sourceSize();
            for (int k = 0; k < x.length; k++) {
                double distance = Math.hypot(t.pixelX(x[k]) - p.getX(), t.pixelY(y[k]) - p.getY());
                if (distance <= Math.max(GRAB_PIXELS, radius * size[k]) && distance < bestDistance) {
                    best = new ScatterHit(target, k);
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** The data coordinates (x, y) at a scene position, or {@code null} before the chart has a geometry. */
    public double[] dataAt(double sceneX, double sceneY) {
        PlotGeometry g = renderer.geometry();
        if (g == null) {
            return null;
        }
        Point2D p = chart.getCanvas().sceneToLocal(sceneX, sceneY);
        PlotTransform t = g.transform();
        return new double[] {(p.getX() - t.originX()) / t.scaleX(), (p.getY() - t.originY()) / t.scaleY()};
    }

    /** The scene position of a data point (x, y), or {@code null} before the chart has a geometry. */
    public Point2D sceneOf(double x, double y) {
        PlotGeometry g = renderer.geometry();
        return g == null ? null : chart.getCanvas().localToScene(g.transform().pixelX(x), g.transform().pixelY(y));
    }

    /** Rings a point (the one under the pointer), or none for {@code null}; screen only, not exported. */
    public void highlight(ScatterHit hit) {
        renderer.highlight(hit);
    }

    /** The ringed point, or {@code null}. */
    public ScatterHit highlighted() {
        return renderer.highlighted();
    }

    /** Keeps the axis ranges as they are (during a point drag) or, released, fits them to the data again. */
    public void holdRange(boolean hold) {
        renderer.holdRange(hold);
    }

    /** Colour of the matching lines, as the theme sets it. */
    public Color lineColor() {
        return renderer.lineColor();
    }
}
