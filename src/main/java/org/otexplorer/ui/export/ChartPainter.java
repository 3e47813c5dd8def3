package org.otexplorer.ui.export;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import io.fair_acc.chartfx.marker.DefaultMarker;
import io.fair_acc.chartfx.marker.Marker;
import io.fair_acc.chartfx.renderer.ContourType;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.chartfx.renderer.spi.AbstractRenderer;
import io.fair_acc.chartfx.renderer.spi.ContourDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.GridRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.GridDataSet;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.paint.Color;
import org.otexplorer.ui.charts.VectorColors;
import org.otexplorer.ui.charts.VectorDrawable;

/**
 * The plot area of a chart-fx chart as vector shapes, in the coordinates of its canvas (the axes' display
 * positions): the grid lines at the axes' ticks, each {@link ErrorDataSetRenderer}'s data sets as polylines and
 * markers in their styled colours, widths and dashes, each heatmap ({@link ContourDataSetRenderer} in
 * {@link ContourType#HEATMAP} mode) as one image of one pixel per cell, coloured through the renderer's gradient
 * over its colour axis's range, and renderers that draw themselves ({@link VectorDrawable}). Data sets are drawn
 * in the order chart-fx draws them (last first) and hidden ones are skipped.
 */
final class ChartPainter {
    private ChartPainter() {
    }

    /** Whether every renderer of the chart can be drawn as shapes here. */
    static boolean canPaint(XYChart chart) {
        for (Renderer r : chart.getRenderers()) {
            boolean known = r instanceof VectorDrawable || r instanceof ErrorDataSetRenderer
                    || r instanceof ContourDataSetRenderer c && c.getContourType() == ContourType.HEATMAP;
            if (!known) {
                return false;
            }
        }
        return true;
    }

    /** Paints the plot area (call only when {@link #canPaint}). */
    static void paint(XYChart chart, Graphics2D g) {
        GridRenderer grid = chart.getGridRenderer();
        if (!grid.isDrawOnTop()) {
            paintGrid(chart, g);
        }
        for (Renderer r : chart.getRenderers()) {
            if (r instanceof VectorDrawable v) {
                v.drawVector(g);
            } else if (r instanceof ContourDataSetRenderer c) {
                paintHeatmaps(chart, c, g);
            } else if (r instanceof ErrorDataSetRenderer e) {
                paintSeries(chart, e, g);
            }
        }
        if (grid.isDrawOnTop()) {
            paintGrid(chart, g);
        }
    }

    private static void paintGrid(XYChart chart, Graphics2D g) {
        GridRenderer grid = chart.getGridRenderer();
        double w = chart.getCanvas().getWidth();
        double h = chart.getCanvas().getHeight();
        gridLines(g, chart.getXAxis(), chart.getXAxis().getMinorTickMarks(), grid.getVerticalMinorGrid(), true, h);
        gridLines(g, chart.getYAxis(), chart.getYAxis().getMinorTickMarks(), grid.getHorizontalMinorGrid(), false, w);
        gridLines(g, chart.getXAxis(), chart.getXAxis().getTickMarks(), grid.getVerticalMajorGrid(), true, h);
        gridLines(g, chart.getYAxis(), chart.getYAxis().getTickMarks(), grid.getHorizontalMajorGrid(), false, w);
    }

    private static void gridLines(Graphics2D g, Axis axis, List<TickMark> ticks, javafx.scene.shape.Line style,
                                  boolean vertical, double length) {
        java.awt.Color color = Paints.color(style.getStroke());
        if (!style.isVisible() || color == null || style.getStrokeWidth() <= 0) {
            return;
        }
        g.setColor(color);
        g.setStroke(AwtShapes.stroke(style));
        for (TickMark tick : ticks) {
            double p = axis.getDisplayPosition(tick.getValue());
            if (Double.isFinite(p)) {
                g.draw(vertical ? new Line2D.Double(p, 0, p, length) : new Line2D.Double(0, p, length, p));
            }
        }
    }

    private static void paintSeries(XYChart chart, ErrorDataSetRenderer renderer, Graphics2D g) {
        Axis x = axis(chart, renderer, Orientation.HORIZONTAL);
        Axis y = axis(chart, renderer, Orientation.VERTICAL);
        List<DataSetNode> nodes = renderer.getDatasetNodes();
        for (int k = nodes.size() - 1; k >= 0; k--) {
            DataSetNode style = nodes.get(k);
            if (!style.isVisible()) {
                continue;
            }
            DataSet set = style.getDataSet();
            if (renderer.getPolyLineStyle() != LineStyle.NONE && style.getLineWidth() > 0) {
                polyline(g, set, x, y, style);
            }
            if (renderer.isDrawMarker() && style.getMarkerSize() > 0) {
                java.awt.Color color = VectorColors.awt(style.getMarkerColor());
                for (int i = 0; i < set.getDataCount(); i++) {
                    double px = x.getDisplayPosition(set.get(DataSet.DIM_X, i));
                    double py = y.getDisplayPosition(set.get(DataSet.DIM_Y, i));
                    if (color != null && Double.isFinite(px) && Double.isFinite(py)) {
                        marker(g, style.getActualMarkerType(), px, py, style.getMarkerSize(), color,
                                style.getMarkerLineWidth());
                    }
                }
            }
        }
    }

    /** The data set's points joined in order; a non-finite point breaks the line. */
    private static void polyline(Graphics2D g, DataSet set, Axis x, Axis y, DataSetNode style) {
        java.awt.Color color = VectorColors.awt(style.getLineColor());
        if (color == null) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < set.getDataCount(); i++) {
            double px = x.getDisplayPosition(set.get(DataSet.DIM_X, i));
            double py = y.getDisplayPosition(set.get(DataSet.DIM_Y, i));
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                open = false;
            } else if (open) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                open = true;
            }
        }
        double[] dashes = style.getLineDashes();
        g.setColor(color);
        g.setStroke(new BasicStroke((float) style.getLineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                dashes == null || dashes.length == 0 ? null : floats(dashes), 0));
        g.draw(path);
    }

    private static float[] floats(double[] values) {
        float[] out = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = (float) values[k];
        }
        return out;
    }

    /** A chart-fx marker of "size" s (its half extent, as chart-fx draws it) at (x, y). */
    private static void marker(Graphics2D g, Marker type, double x, double y, double s, java.awt.Color color,
                               double lineWidth) {
        g.setColor(color);
        g.setStroke(new BasicStroke((float) Math.max(1, lineWidth)));
        String name = type instanceof DefaultMarker d ? d.name() : DefaultMarker.RECTANGLE.name();
        boolean empty = name.endsWith("1");
        java.awt.Shape shape;
        if (name.startsWith("CIRCLE")) {
            shape = new Ellipse2D.Double(x - s, y - s, 2 * s, 2 * s);
        } else if (name.startsWith("DIAMOND")) {
            Path2D.Double d = new Path2D.Double();
            d.moveTo(x, y - s);
            d.lineTo(x + s, y);
            d.lineTo(x, y + s);
            d.lineTo(x - s, y);
            d.closePath();
            shape = d;
        } else if ("PLUS".equals(name) || "CROSS".equals(name)) {
            boolean plus = "PLUS".equals(name);
            g.draw(plus ? new Line2D.Double(x - s, y, x + s, y) : new Line2D.Double(x - s, y - s, x + s, y + s));
            g.draw(plus ? new Line2D.Double(x, y - s, x, y + s) : new Line2D.Double(x - s, y + s, x + s, y - s));
            return;
        } else {
            shape = new Rectangle2D.Double(x - s, y - s, 2 * s, 2 * s);
        }
        if (empty) {
            g.draw(shape);
        } else {
            g.fill(shape);
        }
    }

    /** Each visible grid data set as one image, a pixel per cell, stretched over the cells' extent. */
    private static void paintHeatmaps(XYChart chart, ContourDataSetRenderer renderer, Graphics2D g) {
        Axis x = axis(chart, renderer, Orientation.HORIZONTAL);
        Axis y = axis(chart, renderer, Orientation.VERTICAL);
        Axis z = colourAxis(chart, renderer, x, y);
        for (DataSetNode style : renderer.getDatasetNodes()) {
            if (style.isVisible() && style.getDataSet() instanceof GridDataSet grid && grid.getNGrid() == 2
                    && z != null) {
                HeatmapImage image = HeatmapImage.of(grid, renderer.getColorGradient(), z.getMin(), z.getMax(),
                        renderer.getNumberQuantisationLevels());
                g.drawImage(image.image(), image.placement(x, y), null);
            }
        }
    }

    /** The renderer's own axis of an orientation, else the chart's. */
    private static Axis axis(XYChart chart, AbstractRenderer<?> renderer, Orientation orientation) {
        Axis own = renderer.getFirstAxis(orientation);
        return own != null ? own : chart.getFirstAxis(orientation);
    }

    /** The heatmap's colour (z) axis: the renderer's axis that is neither its x nor its y axis. */
    private static Axis colourAxis(XYChart chart, ContourDataSetRenderer renderer, Axis x, Axis y) {
        for (List<Axis> axes : List.of(renderer.getAxes(), chart.getAxes())) {
            for (Axis a : axes) {
                if (a != x && a != y) {
                    return a;
                }
            }
        }
        return null;
    }

    /** A legend symbol: the renderer's own, else chart-fx's line in the series' colour (with its marker). */
    static void legendSymbol(DataSetNode series, Graphics2D g, double w, double h) {
        Renderer renderer = series.getRenderer();
        if (renderer instanceof VectorDrawable v && v.drawLegendSymbolVector(series, g, w, h)) {
            return;
        }
        java.awt.Color line = VectorColors.awt(series.getLineColor());
        if (line != null && series.getLineWidth() > 0) {
            g.setColor(line);
            g.setStroke(new BasicStroke((float) series.getLineWidth()));
            g.draw(new Line2D.Double(1, h / 2, w - 1, h / 2));
        }
        java.awt.Color marker = VectorColors.awt(series.getMarkerColor());
        if (renderer instanceof ErrorDataSetRenderer e && e.isDrawMarker() && marker != null) {
            marker(g, series.getActualMarkerType(), w / 2, h / 2, Math.min(series.getMarkerSize(), h / 2 - 1), marker,
                    series.getMarkerLineWidth());
        }
    }

    /** A heatmap's cells as pixels and where they go on the canvas. */
    private record HeatmapImage(BufferedImage image, double[] gridX, double[] gridY) {
        static HeatmapImage of(GridDataSet grid, io.fair_acc.chartfx.renderer.spi.utils.ColorGradient gradient,
                               double zMin, double zMax, int levels) {
            int nx = grid.getShape(DataSet.DIM_X);
            int ny = grid.getShape(DataSet.DIM_Y);
            BufferedImage image = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
            double span = zMax - zMin;
            for (int iy = 0; iy < ny; iy++) {
                for (int ix = 0; ix < nx; ix++) {
                    double v = grid.get(DataSet.DIM_Z, ix, iy);
                    if (!Double.isFinite(v)) {
                        continue;
                    }
                    double t = span > 0 ? Math.max(0, Math.min(1, (v - zMin) / span)) : 0;
                    if (levels > 0) {
                        t = Math.min(1, Math.floor(t * levels) / levels);
                    }
                    Color c = gradient.getColor(t);
                    image.setRGB(ix, iy, VectorColors.awt(c).getRGB());
                }
            }
            return new HeatmapImage(image, grid.getGridValues(DataSet.DIM_X), grid.getGridValues(DataSet.DIM_Y));
        }

        /** Pixel (i, j) centred on the display position of grid value (x_i, y_j); cells span half-way to the next. */
        AffineTransform placement(Axis x, Axis y) {
            double[] sx = step(x, gridX);
            double[] sy = step(y, gridY);
            return new AffineTransform(sx[0], 0, 0, sy[0], sx[1], sy[1]);
        }

        /** {pixels per cell, position of the first cell's leading edge} along one axis. */
        private static double[] step(Axis axis, double[] grid) {
            int n = grid.length;
            double first = axis.getDisplayPosition(grid[0]);
            double perCell = n > 1 ? (axis.getDisplayPosition(grid[n - 1]) - first) / (n - 1)
                    : axis.getDisplayPosition(grid[0] + 0.5) - axis.getDisplayPosition(grid[0] - 0.5);
            return new double[] {perCell, first - 0.5 * perCell};
        }
    }
}
