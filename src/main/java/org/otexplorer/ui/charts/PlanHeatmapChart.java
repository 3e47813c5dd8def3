package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ContourType;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ContourDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DataSetBuilder;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * The transport plan as a heatmap (chart-fx {@link ContourDataSetRenderer} in {@link ContourType#HEATMAP}
 * mode): column j (target) along x, row i (source) along y, the color bar on a z axis at the right. The two
 * marginals are drawn along the axes, as chart-fx draws the projections of a 2-D histogram: the column sums
 * Pᵀ1 as a curve rising from the bottom edge (scale on a right axis), the row sums P1 as a curve growing from
 * the left edge (scale on a top axis); solid for the plan, dashed for the prescribed weights b and a (they
 * differ for robust and unbalanced plans). Hovering a cell shows its i, j, P_ij and C_ij.
 */
public final class PlanHeatmapChart {
    /** The marginal curves use this fraction of the plot's height (columns) or width (rows). */
    private static final double MARGINAL_SHARE = 0.22;
    private static final String PLAN_MARGINAL = "-fx-line-color: rgba(255,255,255,0.95); -fx-line-width: 2;";
    private static final String WEIGHTS = "-fx-line-color: rgba(255,140,0,0.95); -fx-line-width: 1.5;"
            + " -fx-line-dash-array: 6,4; -fx-stroke-dash-array: 6,4;";

    private final XYChart chart;
    private final DefaultNumericAxis xAxis = Charts.axis("target j");
    private final DefaultNumericAxis yAxis = Charts.axis("source i");
    private final ContourDataSetRenderer renderer = new ContourDataSetRenderer();
    private final DefaultNumericAxis zAxis = Charts.axis("P");
    private final DefaultNumericAxis columnMassAxis = Charts.axis("Pᵀ1");
    private final DefaultNumericAxis rowMassAxis = Charts.axis("P1");
    private final ErrorDataSetRenderer columnMarginal = marginalRenderer();
    private final ErrorDataSetRenderer rowMarginal = marginalRenderer();
    private final Tooltip hover = new Tooltip();
    private BiFunction<Integer, Integer, String> cellText;
    private int rows;
    private int columns;
    private DataSet dataSet;

    public PlanHeatmapChart() {
        yAxis.invertAxis(true);
        zAxis.setSide(Side.RIGHT);
        columnMassAxis.setSide(Side.RIGHT);
        rowMassAxis.setSide(Side.TOP);
        for (DefaultNumericAxis a : List.of(zAxis, columnMassAxis, rowMassAxis)) {
            a.getProperties().put(Zoomer.ZOOMER_OMIT_AXIS, true);
        }
        for (DefaultNumericAxis a : List.of(columnMassAxis, rowMassAxis)) {
            a.setAutoRanging(false);
        }
        chart = Charts.zoomableChart(xAxis, yAxis);
        chart.getAxes().addAll(zAxis, columnMassAxis, rowMassAxis);
        chart.setLegendVisible(false);
        renderer.getAxes().addAll(xAxis, yAxis, zAxis);
        renderer.setContourType(ContourType.HEATMAP);
        columnMarginal.getAxes().addAll(xAxis, columnMassAxis);
        rowMarginal.getAxes().addAll(rowMassAxis, yAxis);
        chart.getRenderers().setAll(renderer, columnMarginal, rowMarginal);
        hover.setShowDelay(Duration.ZERO);
        chart.addEventFilter(MouseEvent.MOUSE_MOVED, this::showCell);
        chart.addEventFilter(MouseEvent.MOUSE_EXITED, e -> hover.hide());
    }

    private static ErrorDataSetRenderer marginalRenderer() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(LineStyle.NORMAL);
        r.setDrawMarker(false);
        r.setAssumeSortedData(false);
        r.setPointReduction(false);
        r.setShowInLegend(false);
        return r;
    }

    public XYChart chart() {
        return chart;
    }

    /**
     * Shows a plan: {@code values} row-major, {@code rows × columns}; {@code logScale} only renames the color
     * axis (the values are already log10 then).
     */
    public void update(int rows, int columns, double[] values, boolean logScale, String colormap) {
        this.rows = rows;
        this.columns = columns;
        double[] x = new double[columns];
        double[] y = new double[rows];
        for (int j = 0; j < columns; j++) {
            x[j] = j;
        }
        for (int i = 0; i < rows; i++) {
            y[i] = i;
        }
        double[][] z = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(values, i * columns, z[i], 0, columns);
        }
        DataSet next = new DataSetBuilder("plan").setValues(DataSet.DIM_X, x).setValues(DataSet.DIM_Y, y)
                .setValues(DataSet.DIM_Z, z).build();
        renderer.setColorGradient(Charts.colormap(colormap));
        zAxis.setName(logScale ? "log10 P" : "P");
        renderer.getDatasets().setAll(next);
        dataSet = next;
        chart.invalidate();
    }

    /**
     * Draws the marginals along the axes, in display order: the plan's row and column sums and the prescribed
     * weights a and b (either pair may be {@code null}).
     */
    public void showMarginals(double[] rowSums, double[] columnSums, double[] rowWeights, double[] columnWeights) {
        double top = Math.max(max(columnSums, columnWeights), Double.MIN_NORMAL) / MARGINAL_SHARE;
        columnMassAxis.set(0, top);
        // The row curve grows rightwards from the left edge: the top axis runs from 0 to the curves' scale.
        rowMassAxis.set(0, Math.max(max(rowSums, rowWeights), Double.MIN_NORMAL) / MARGINAL_SHARE);
        columnMarginal.getDatasets().setAll(curves(columnSums, columnWeights, false));
        rowMarginal.getDatasets().setAll(curves(rowSums, rowWeights, true));
        chart.invalidate();
    }

    /** Sets what hovering cell (i, j) of the display shows ({@code null}: nothing). */
    public void setCellText(BiFunction<Integer, Integer, String> text) {
        cellText = text;
    }

    /** The data set on display, or null before the first update. */
    public DataSet dataSet() {
        return dataSet;
    }

    /** Number of marginal curves drawn (plan and weights, rows and columns). */
    public int marginalCurves() {
        return columnMarginal.getDatasets().size() + rowMarginal.getDatasets().size();
    }

    /** The hover text of the cell under a point of the chart (in the chart's coordinates), or null. */
    public String cellTextAt(double chartX, double chartY) {
        if (cellText == null || dataSet == null) {
            return null;
        }
        Point2D canvas = chart.getCanvas().sceneToLocal(chart.localToScene(chartX, chartY));
        if (canvas == null || !chart.getCanvas().getLayoutBounds().contains(canvas)) {
            return null;
        }
        int j = (int) Math.round(xAxis.getValueForDisplay(canvas.getX()));
        int i = (int) Math.round(yAxis.getValueForDisplay(canvas.getY()));
        return i >= 0 && i < rows && j >= 0 && j < columns ? cellText.apply(i, j) : null;
    }

    private void showCell(MouseEvent e) {
        String text = cellTextAt(e.getX(), e.getY());
        if (text == null) {
            hover.hide();
            return;
        }
        hover.setText(text);
        if (!hover.isShowing()) {
            hover.show(chart, e.getScreenX() + 14, e.getScreenY() + 14);
        } else {
            hover.setAnchorX(e.getScreenX() + 14);
            hover.setAnchorY(e.getScreenY() + 14);
        }
    }

    private static List<DoubleDataSet> curves(double[] plan, double[] weights, boolean alongRows) {
        java.util.ArrayList<DoubleDataSet> out = new java.util.ArrayList<>();
        if (weights != null) {
            out.add(curve("weights", weights, alongRows, WEIGHTS));
        }
        if (plan != null) {
            out.add(curve("plan marginal", plan, alongRows, PLAN_MARGINAL));
        }
        return out;
    }

    private static DoubleDataSet curve(String name, double[] mass, boolean alongRows, String style) {
        double[] index = new double[mass.length];
        for (int k = 0; k < mass.length; k++) {
            index[k] = k;
        }
        DoubleDataSet set = alongRows ? new DoubleDataSet(name, mass, index, mass.length, true)
                : new DoubleDataSet(name, index, mass, mass.length, true);
        set.setStyle(style);
        return set;
    }

    private static double max(double[] a, double[] b) {
        double m = 0;
        for (double[] v : new double[][] {a, b}) {
            if (v != null) {
                for (double x : v) {
                    m = Math.max(m, x);
                }
            }
        }
        return m;
    }
}
