package org.otexplorer.ui.permutation;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ContourType;
import io.fair_acc.chartfx.renderer.spi.utils.ColorGradient;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DataSetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;
import org.otexplorer.ui.charts.Charts;

/**
 * A small matrix as a heatmap (chart-fx's heatmap renderer, {@link org.otexplorer.ui.charts.HeatmapRenderer}): column j along x, row i
 * down the y axis (row 0 on top, drawn at y = −i), each cell a unit square, a colour bar on the right. While the
 * matrix is small every cell also shows its value as text (dark text on light cells, light on dark). Tick labels
 * may name the rows and columns (the grid writes τ and L there). A click on a cell is reported.
 */
final class MatrixHeatmap {
    /** Cells per side up to which the values are written into the cells. */
    static final int LABELLED_UP_TO = 10;

    /** Receives clicks on cells. */
    interface CellListener {
        void clicked(int row, int column);
    }

    private final XYChart chart;
    private final DefaultNumericAxis xAxis;
    private final DefaultNumericAxis yAxis;
    private final DefaultNumericAxis zAxis = PermutationCharts.axis("value");
    private final org.otexplorer.ui.charts.HeatmapRenderer renderer = new org.otexplorer.ui.charts.HeatmapRenderer();
    private final CellLabels labels = new CellLabels();
    private int rows;
    private int columns;
    private double[] values = new double[0];
    private double[] colorRange = {0, 1};
    private IntFunction<String> rowNames = i -> Integer.toString(i);
    private IntFunction<String> columnNames = j -> Integer.toString(j);
    private CellListener listener;
    private String format = "%.2g";

    MatrixHeatmap(String columnAxis, String rowAxis, String valueAxis) {
        xAxis = indexAxis(columnAxis, true);
        yAxis = indexAxis(rowAxis, false);
        zAxis.setName(valueAxis);
        zAxis.setSide(Side.RIGHT);
        zAxis.getProperties().put(Zoomer.ZOOMER_OMIT_AXIS, true);
        chart = Charts.plainChart(xAxis, yAxis);
        chart.getAxes().add(zAxis);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("permutation-heatmap");
        renderer.getAxes().addAll(xAxis, yAxis, zAxis);
        renderer.setContourType(ContourType.HEATMAP);
        renderer.setNumberQuantisationLevels(256);
        renderer.setColorGradient(ColorGradient.VIRIDIS);
        chart.getRenderers().setAll(renderer);
        chart.getPlugins().add(labels);
        chart.getGridRenderer().getHorizontalMajorGrid().setVisible(false);
        chart.getGridRenderer().getVerticalMajorGrid().setVisible(false);
        chart.setMinSize(0, 0);
        chart.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
    }

    XYChart chart() {
        return chart;
    }

    /** Names the rows and columns on the tick labels (the default writes their indices). */
    void setNames(IntFunction<String> rowNames, IntFunction<String> columnNames) {
        this.rowNames = rowNames;
        this.columnNames = columnNames;
    }

    /** The format of the values written into the cells (default {@code %.2g}). */
    void setFormat(String format) {
        this.format = format;
    }

    void setCellListener(CellListener l) {
        listener = l;
    }

    /**
     * Shows a matrix, row-major, with colours over {@code [low, high]} (the values' own range when {@code null}).
     */
    void show(int rows, int columns, double[] values, double[] range) {
        this.rows = rows;
        this.columns = columns;
        this.values = values.clone();
        double[][] z = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(values, i * columns, z[rows - 1 - i], 0, columns);
        }
        double[] y = edges(rows);
        for (int k = 0; k < rows; k++) {
            y[k] -= rows - 1;
        }
        DataSet set = new DataSetBuilder("matrix").setValues(DataSet.DIM_X, edges(columns))
                .setValues(DataSet.DIM_Y, y).setValues(DataSet.DIM_Z, z).build();
        colorRange = range != null ? range.clone() : ownRange(values);
        if (!(colorRange[1] > colorRange[0])) {
            colorRange[1] = colorRange[0] + Math.max(1e-300, Math.abs(colorRange[0]) * 1e-9);
        }
        zAxis.setAutoRanging(false);
        zAxis.set(colorRange[0], colorRange[1]);
        xAxis.set(-0.5, columns - 0.5);
        yAxis.set(0.5 - rows, 0.5);
        renderer.getDatasets().setAll(set);
        labels.refresh();
        chart.requestLayout();
        chart.invalidate();
    }

    /** Shows nothing. */
    void clear() {
        rows = 0;
        columns = 0;
        values = new double[0];
        renderer.getDatasets().clear();
        labels.refresh();
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** The values on display, row-major (a copy). */
    double[] values() {
        return values.clone();
    }

    /** The colour axis range on display. */
    double[] colorRange() {
        return new double[] {zAxis.getMin(), zAxis.getMax()};
    }

    /** The texts written into the cells, row-major; empty when the matrix is too large to label. */
    List<String> cellTexts() {
        return labels.texts();
    }

    /** The tick text of column j and row i (tests). */
    String columnName(int j) {
        return columnNames.apply(j);
    }

    String rowName(int i) {
        return rowNames.apply(i);
    }

    /** Clicks the cell under a point of the chart's canvas (tests use it without a mouse). */
    void clickAt(int row, int column) {
        if (listener != null && row >= 0 && row < rows && column >= 0 && column < columns) {
            listener.clicked(row, column);
        }
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || listener == null) {
            return;
        }
        Point2D p = chart.getCanvas().sceneToLocal(e.getSceneX(), e.getSceneY());
        if (p == null || !chart.getCanvas().getLayoutBounds().contains(p)) {
            return;
        }
        int j = (int) Math.round(xAxis.getValueForDisplay(p.getX()));
        int i = -(int) Math.round(yAxis.getValueForDisplay(p.getY()));
        clickAt(i, j);
    }

    private DefaultNumericAxis indexAxis(String name, boolean columnAxis) {
        DefaultNumericAxis axis = PermutationCharts.axis(name);
        axis.setAutoRanging(false);
        axis.setMinorTickCount(0);
        axis.setTickUnit(1);
        axis.getProperties().put(Zoomer.ZOOMER_OMIT_AXIS, true);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number v) {
                double x = columnAxis ? v.doubleValue() : -v.doubleValue();
                long k = Math.round(x);
                int count = columnAxis ? columns : rows;
                if (Math.abs(x - k) > 1e-9 || k < 0 || k >= count) {
                    return "";
                }
                // Every cell is named while there is room; beyond ~12 cells every few.
                int every = Math.max(1, (int) Math.ceil(count / 12.0));
                return k % every == 0 ? (columnAxis ? columnNames : rowNames).apply((int) k) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        return axis;
    }

    /** Grid coordinates that make chart-fx draw m cells edge to edge over [−½, m − ½]. */
    private static double[] edges(int count) {
        double[] c = new double[count];
        if (count == 1) {
            return c;
        }
        for (int k = 0; k < count; k++) {
            c[k] = -0.5 + k * (double) count / (count - 1);
        }
        return c;
    }

    private static double[] ownRange(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return v.length == 0 ? new double[] {0, 1} : new double[] {Math.min(lo, 0), hi};
    }

    /** The values written into the cells of a small matrix, laid out over the canvas after every layout pass. */
    private final class CellLabels extends ChartPlugin {
        private final List<Text> texts = new ArrayList<>();

        void refresh() {
            var foreground = chart.getCanvasForeground();
            foreground.getChildren().removeAll(texts);
            texts.clear();
            if (rows > LABELLED_UP_TO || columns > LABELLED_UP_TO) {
                return;
            }
            double span = colorRange[1] - colorRange[0];
            for (int k = 0; k < rows * columns; k++) {
                Text t = new Text(String.format(Locale.ROOT, format, values[k]));
                t.setTextAlignment(TextAlignment.CENTER);
                t.setTextOrigin(VPos.CENTER);
                t.getStyleClass().add("permutation-cell-value");
                double level = span > 0 ? (values[k] - colorRange[0]) / span : 0;
                // Viridis is dark below about 0.55 and light above.
                t.setFill(level < 0.55 ? Color.WHITE : Color.BLACK);
                t.setManaged(false);
                t.setMouseTransparent(true);
                texts.add(t);
            }
            foreground.getChildren().addAll(texts);
            runPostLayout();
        }

        List<String> texts() {
            return texts.stream().map(Text::getText).toList();
        }

        @Override
        public void runPostLayout() {
            for (int k = 0; k < texts.size(); k++) {
                Text t = texts.get(k);
                double x = xAxis.getDisplayPosition(k % columns);
                double y = yAxis.getDisplayPosition(-(k / columns));
                double w = t.getLayoutBounds().getWidth();
                t.relocate(x - w / 2, y - t.getLayoutBounds().getHeight() / 2);
            }
        }
    }
}
