package org.otexplorer.ui.ipot;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ContourType;
import io.fair_acc.chartfx.renderer.spi.utils.ColorGradient;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DataSetBuilder;
import org.otexplorer.ui.charts.Charts;

/**
 * An image on a grid (a glyph, a 2-D barycenter) as a chart-fx heatmap: column c along x, row r down the y axis
 * (row 0 on top, drawn at y = −r), each pixel a unit square, colours from 0 to the image's largest value on a colour
 * bar at the right. A thumbnail hides its axes and chart-fx's colour gradient bar (unlabelled, it only took width from
 * the image) and has square pixels: its axis ranges widen the shorter side of the image to the plot's aspect. Zoom by dragging;
 * double-click shows the whole image.
 */
final class GridHeatmap {
    private final XYChart chart;
    private final DefaultNumericAxis xAxis = axis("column");
    private final DefaultNumericAxis yAxis = axis("row");
    private final DefaultNumericAxis zAxis = axis("mass");
    private final org.otexplorer.ui.charts.HeatmapRenderer renderer = new org.otexplorer.ui.charts.HeatmapRenderer();
    private int rows;
    private int columns;
    private double[] values = new double[0];
    private boolean equalAspect;

    GridHeatmap(boolean thumbnail) {
        // Row r is drawn at y = −r: the ticks say r.
        yAxis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number v) {
                return org.otexplorer.parameters.Parameter.format(Math.abs(v.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return -Double.parseDouble(text);
            }
        });
        zAxis.setSide(Side.RIGHT);
        zAxis.getProperties().put(Zoomer.ZOOMER_OMIT_AXIS, true);
        chart = Charts.plainChart(xAxis, yAxis);
        chart.getAxes().add(zAxis);
        chart.setLegendVisible(false);
        renderer.getAxes().addAll(xAxis, yAxis, zAxis);
        renderer.setContourType(ContourType.HEATMAP);
        renderer.setNumberQuantisationLevels(256);
        renderer.setColorGradient(ColorGradient.VIRIDIS);
        chart.getRenderers().setAll(renderer);
        chart.getGridRenderer().getHorizontalMajorGrid().setVisible(false);
        chart.getGridRenderer().getVerticalMajorGrid().setVisible(false);
        chart.setStyle("-fx-min-width: 0; -fx-min-height: 0;");
        chart.getStyleClass().add("ipot-grid-heatmap");
        if (thumbnail) {
            for (DefaultNumericAxis a : new DefaultNumericAxis[] {xAxis, yAxis, zAxis}) {
                a.setVisible(false);
                a.getTickLabelStyle().setVisible(false);
                a.setName(null);
                a.setTickLength(0);
                a.setPrefSize(0, 0);
                a.setMaxSize(0, 0);
            }
            renderer.gradientBar().setVisible(false);
            renderer.gradientBar().setManaged(false);
            equalAspect = true;
            chart.getCanvas().widthProperty().addListener((o, was, now) -> showWhole());
            chart.getCanvas().heightProperty().addListener((o, was, now) -> showWhole());
        } else {
            Zoomer zoomer = new Zoomer();
            chart.getPlugins().add(zoomer);
            chart.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2) {
                    showWhole();
                }
            });
        }
    }

    XYChart chart() {
        return chart;
    }

    /** Shows a rows × columns image, row-major. */
    void show(int rows, int columns, double[] image) {
        this.rows = rows;
        this.columns = columns;
        this.values = image.clone();
        double max = Double.MIN_NORMAL;
        double[][] z = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                z[rows - 1 - r][c] = image[r * columns + c];
                max = Math.max(max, image[r * columns + c]);
            }
        }
        double[] y = edges(rows);
        for (int k = 0; k < rows; k++) {
            y[k] -= rows - 1;
        }
        DataSet set = new DataSetBuilder("image").setValues(DataSet.DIM_X, edges(columns))
                .setValues(DataSet.DIM_Y, y).setValues(DataSet.DIM_Z, z).build();
        zAxis.setAutoRanging(false);
        zAxis.set(0, max);
        renderer.getDatasets().setAll(set);
        showWhole();
    }

    /** Shows the whole image. */
    void showWhole() {
        double w = chart.getCanvas().getWidth();
        double h = chart.getCanvas().getHeight();
        int c = Math.max(1, columns);
        int r = Math.max(1, rows);
        if (equalAspect && w > 0 && h > 0) {
            double perPixel = Math.max(c / w, r / h);
            double cx = (c - 1) / 2.0;
            double cy = -(r - 1) / 2.0;
            xAxis.set(cx - perPixel * w / 2, cx + perPixel * w / 2);
            yAxis.set(cy - perPixel * h / 2, cy + perPixel * h / 2);
        } else {
            xAxis.set(-0.5, c - 0.5);
            yAxis.set(0.5 - r, 0.5);
        }
        chart.getPlugins().stream().filter(Zoomer.class::isInstance).map(Zoomer.class::cast).forEach(Zoomer::clear);
        chart.invalidate();
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** The image on display, row-major (a copy). */
    double[] values() {
        return values.clone();
    }

    /** The colour range on display. */
    double[] colorRange() {
        return new double[] {zAxis.getMin(), zAxis.getMax()};
    }

    /** Data units per pixel on screen along x and y (equal for square pixels). */
    double[] unitsPerPixel() {
        return new double[] {(xAxis.getMax() - xAxis.getMin()) / chart.getCanvas().getWidth(),
            (yAxis.getMax() - yAxis.getMin()) / chart.getCanvas().getHeight()};
    }

    /** Whether the colour gradient bar is on screen (not for thumbnails). */
    boolean colourBarVisible() {
        return renderer.gradientBar().isVisible();
    }

    /** Coordinates that make chart-fx draw the cells edge to edge over [−½, count − ½]. */
    private static double[] edges(int count) {
        double[] c = new double[count];
        for (int k = 0; k < count; k++) {
            c[k] = count == 1 ? 0 : -0.5 + k * (double) count / (count - 1);
        }
        return c;
    }

    private static DefaultNumericAxis axis(String name) {
        DefaultNumericAxis a = new org.otexplorer.ui.charts.ReadableAxis(name);
        a.setUnit(null);
        a.setAnimated(false);
        a.setAutoRanging(false);
        a.setAutoRangeRounding(false);
        a.setMinorTickCount(0);
        return a;
    }
}
