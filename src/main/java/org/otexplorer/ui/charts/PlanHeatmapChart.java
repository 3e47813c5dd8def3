package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ContourType;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DataSetBuilder;
import io.fair_acc.dataset.spi.DoubleGridDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The transport plan as a heatmap ({@link HeatmapRenderer}, chart-fx's in {@link ContourType#HEATMAP} mode):
 * target j along x, source i down the y axis (row 0 on top), each cell a unit square centred on its indices, the colour bar
 * on a z axis at the right. The marginals are drawn in their own strips outside the plan, as POT's
 * {@code plot1D_mat} lays them out: the column sums Pᵀ1 above, the row sums P1 to the left (growing leftwards),
 * each as a thin solid line (the plan's marginal) over light filled bars (the prescribed weights b and a,
 * {@link MarginalBars}; they differ for robust and unbalanced plans), so that both stay visible where they coincide,
 * as they do for balanced plans. Their colours are the theme's ({@code plan-heatmap.css}). A legend in the corner
 * names them and the strips' mass scale; charts side by side leave it to one {@link MarginalKey} for the panel
 * ({@link #setCornerLegendVisible}) and give the corner's room to the plan. The strips follow the plan's axes when it
 * is zoomed; double-click or the ⟲ button restores the whole plan. The index axes have integer ticks only. Hovering
 * a cell shows its i, j, P_ij and C_ij. Charts side by side can be linked ({@link #link}): they zoom together and a
 * hovered cell is outlined in each.
 */
public final class PlanHeatmapChart {
    /**
     * The plan marginal's line width (its colour is the style sheet's, class {@value #PLAN_CLASS}): 2 px, so that
     * wherever it falls on the pixel grid one row of pixels is its own colour (1.5 px centred on a pixel edge blended
     * every row with the weights' bar edge under it, in the plan's colour nowhere).
     */
    private static final String PLAN_MARGINAL = "-fx-line-width: 2;";
    /** The style sheet class of the plan marginals' data sets (and of the legend's key to them). */
    static final String PLAN_CLASS = "marginal-plan";
    /** The style sheet class of the prescribed weights' data sets (and of the legend's key to them). */
    static final String WEIGHTS_CLASS = "marginal-weights";
    private static final int COLOR_LEVELS = 256;
    /** The opacity of the prescribed weights' bars' fill (their outline is opaque). */
    public static final double WEIGHTS_FILL_OPACITY = MarginalBars.FILL_OPACITY;
    /** The strips' mass scale reaches this multiple of the largest mass, so the tallest bar has room above it. */
    static final double HEADROOM = 1.08;

    private int rows;
    private int columns;
    private static final double LEGEND_PERCENT = 13;
    private static final double MAX_LEGEND_PERCENT = 25;
    private static final double LEGEND_ROW_PERCENT = 15;
    private static final double MAX_LEGEND_ROW_PERCENT = 30;
    /** The row strip's share of the width without the corner legend. */
    private static final double THIN_COLUMN_PERCENT = 10;
    /** The column strip's share of the height without the corner legend. */
    private static final double THIN_ROW_PERCENT = 13;
    private final GridPane root = new GridPane();
    private final XYChart heatmap;
    private final XYChart columnStrip;
    private final XYChart rowStrip;
    private final DefaultNumericAxis xAxis = IndexAxis.create("target j");
    private final DefaultNumericAxis yAxis = IndexAxis.create("source i", v -> -v);
    private final HeatmapRenderer renderer = new HeatmapRenderer();
    private final DefaultNumericAxis zAxis = Charts.axis("P");
    private final DefaultNumericAxis columnIndex = IndexAxis.create("");
    private final DefaultNumericAxis columnMass = Charts.axis("");
    private final DefaultNumericAxis rowIndex = IndexAxis.create("");
    private final DefaultNumericAxis rowMass = Charts.axis("");
    private final ErrorDataSetRenderer columnMarginal = marginalRenderer();
    private final ErrorDataSetRenderer rowMarginal = marginalRenderer();
    private final MarginalBars columnBars = new MarginalBars(false);
    private final MarginalBars rowBars = new MarginalBars(true);
    private final ColumnConstraints legendColumn = percentColumn(LEGEND_PERCENT);
    private final RowConstraints legendRow = percentRow(LEGEND_ROW_PERCENT);
    private Region legend;
    private final javafx.scene.shape.Rectangle highlight = new javafx.scene.shape.Rectangle();
    private final List<PlanHeatmapChart> linked = new ArrayList<>();
    private int[] highlighted;
    private String colorAxisName;
    private final Tooltip hover = new Tooltip();
    private final Label massScale = new Label();
    private BiFunction<Integer, Integer, String> cellText;
    private DataSet dataSet;

    public PlanHeatmapChart() {
        // Row 0 on top and the row mass growing leftwards, without chart-fx's inverted axes (they keep a stale
        // offset after a resize, which showed the wrong rows): row i is drawn at y = −i, mass m at x = −m.
        zAxis.setSide(Side.RIGHT);
        zAxis.getProperties().put(Zoomer.ZOOMER_OMIT_AXIS, true);
        heatmap = Charts.zoomableChart(xAxis, yAxis);
        heatmap.getAxes().add(zAxis);
        heatmap.setLegendVisible(false);
        renderer.getAxes().addAll(xAxis, yAxis, zAxis);
        renderer.setContourType(ContourType.HEATMAP);
        renderer.setNumberQuantisationLevels(COLOR_LEVELS);
        heatmap.getRenderers().setAll(renderer);
        hover.setShowDelay(Duration.ZERO);
        heatmap.addEventFilter(MouseEvent.MOUSE_MOVED, this::showCell);
        heatmap.addEventFilter(MouseEvent.MOUSE_EXITED, e -> {
            hover.hide();
            highlightEverywhere(null);
        });
        heatmap.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetZoom();
            }
        });

        columnMass.setSide(Side.LEFT);
        columnStrip = strip(columnIndex, columnMass, columnMarginal, columnBars);
        rowMass.setSide(Side.BOTTOM);
        rowIndex.setSide(Side.LEFT);
        rowStrip = strip(rowMass, rowIndex, rowMarginal, rowBars);
        follow(xAxis, columnIndex, columnStrip);
        follow(yAxis, rowIndex, rowStrip);
        // chart-fx's zoom-out turns auto-ranging back on, which would fit the axes to the data's grid coordinates.
        for (DefaultNumericAxis a : List.of(xAxis, yAxis)) {
            a.autoRangingProperty().addListener((o, was, on) -> {
                if (on) {
                    a.setAutoRanging(false);
                    Platform.runLater(this::resetZoom);
                }
            });
        }

        for (DefaultNumericAxis index : List.of(columnIndex, rowIndex, columnMass, rowMass)) {
            // The strips share the plan's index axes, and their mass scale is written in the legend (as POT's
            // plot1D_mat, the strips carry no tick labels), so their own axes stay unlabelled.
            index.getTickLabelStyle().setVisible(false);
            index.setTickLength(0);
            index.setTickLabelGap(0);
            index.setAxisLabelGap(0);
        }
        for (XYChart c : List.of(heatmap, columnStrip, rowStrip)) {
            // chart-fx's stylesheet gives a chart a minimum size (which beats setMinSize); the strips must be able
            // to be as thin as their grid row or column, or they would reach under the plan.
            c.setStyle("-fx-min-width: 0; -fx-min-height: 0;");
            c.getGridRenderer().getHorizontalMajorGrid().setVisible(c != heatmap);
            c.getGridRenderer().getVerticalMajorGrid().setVisible(c != heatmap);
        }
        // The strips' mass axes take the room of the plan's index axes beside them, so the plot areas line up.
        pin(columnMass.minWidthProperty(), columnMass.prefWidthProperty(), columnMass.maxWidthProperty(),
                yAxis.widthProperty());
        pin(rowMass.minHeightProperty(), rowMass.prefHeightProperty(), rowMass.maxHeightProperty(),
                xAxis.heightProperty());
        root.setMinSize(0, 0);
        root.getStyleClass().add("plan-heatmap");
        root.getStylesheets().add(MarginalKey.STYLE_SHEET);
        root.getColumnConstraints().addAll(legendColumn, growColumn());
        root.getRowConstraints().addAll(legendRow, growRow());
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(root.widthProperty());
        clip.heightProperty().bind(root.heightProperty());
        root.setClip(clip);
        legend = legend();
        root.add(legend, 0, 0);
        javafx.beans.InvalidationListener fit = o -> fitCorner();
        root.widthProperty().addListener(fit);
        root.heightProperty().addListener(fit);
        massScale.textProperty().addListener(fit);
        for (javafx.scene.Node line : legend.getChildrenUnmodifiable()) {
            ((Label) line).fontProperty().addListener(fit);
        }
        root.add(columnStrip, 1, 0);
        root.add(rowStrip, 0, 1);
        root.add(heatmap, 1, 1);
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        highlight.setVisible(false);
        highlight.getStyleClass().add("plan-highlight");
        highlight.setStyle("-fx-fill: transparent; -fx-stroke: #00e5ff; -fx-stroke-width: 2;");
        root.getChildren().add(highlight);
        for (DefaultNumericAxis a : List.of(xAxis, yAxis)) {
            a.minProperty().addListener(o -> placeHighlight());
            a.maxProperty().addListener(o -> placeHighlight());
        }
        heatmap.getCanvas().layoutBoundsProperty().addListener(o -> placeHighlight());
        // The strips' plot areas follow the heatmap's, whatever the axes' widths (fonts, presenter mode).
        for (XYChart c : List.of(heatmap, columnStrip, rowStrip)) {
            c.getCanvas().boundsInParentProperty().addListener((o, a, b) -> alignStrips());
            c.layoutBoundsProperty().addListener((o, a, b) -> alignStrips());
        }
    }

    private XYChart strip(DefaultNumericAxis x, DefaultNumericAxis y, ErrorDataSetRenderer marginal,
                          MarginalBars bars) {
        XYChart chart = Charts.plainChart(x, y);
        chart.setLegendVisible(false);
        chart.getRenderers().setAll(bars, marginal);
        marginal.getAxes().setAll(x, y);
        bars.getAxes().setAll(x, y);
        chart.getStyleClass().add("marginal-strip");
        return chart;
    }

    /** Keeps a strip's index axis on the plan's range (zoom included); setting it redraws the strip. */
    private static void follow(DefaultNumericAxis plan, DefaultNumericAxis strip, XYChart chart) {
        javafx.beans.InvalidationListener copy = o -> {
            strip.set(plan.getMin(), plan.getMax());
            chart.invalidate();
        };
        plan.minProperty().addListener(copy);
        plan.maxProperty().addListener(copy);
    }

    private static void pin(javafx.beans.property.DoubleProperty min, javafx.beans.property.DoubleProperty pref,
                            javafx.beans.property.DoubleProperty max,
                            javafx.beans.value.ObservableValue<? extends Number> size) {
        min.bind(size);
        pref.bind(size);
        max.bind(size);
    }

    private Region legend() {
        massScale.setTooltip(new Tooltip(MarginalKey.SCALE_TIP));
        VBox box = new VBox(1, MarginalKey.planKey("plan"), MarginalKey.weightsKey(), massScale);
        box.getStyleClass().add("marginal-legend");
        box.setPadding(new Insets(2));
        box.setMinSize(0, 0);
        return box;
    }

    /**
     * Sizes the corner: with the legend, its column (and the row strip below it) widens as far as the mass scale's
     * text needs, so "0 – max" is never cut off at the presenter scale, and its row (the column strip beside it) as
     * far as the legend's three lines need, so they do not run down over the row strip's curve and bars (a 200 px
     * high plan gave the row 30 px for 45 px of legend); without it, both strips are thin.
     */
    private void fitCorner() {
        if (!legend.isVisible()) {
            legendColumn.setPercentWidth(THIN_COLUMN_PERCENT);
            legendRow.setPercentHeight(THIN_ROW_PERCENT);
            return;
        }
        legendColumn.setPercentWidth(Math.max(LEGEND_PERCENT, Math.min(MAX_LEGEND_PERCENT,
                100 * (massScale.prefWidth(-1) + 6) / Math.max(1, root.getWidth()))));
        legendRow.setPercentHeight(Math.max(LEGEND_ROW_PERCENT, Math.min(MAX_LEGEND_ROW_PERCENT,
                100 * legend.prefHeight(-1) / Math.max(1, root.getHeight()))));
    }

    /**
     * Shows the legend in the corner between the strips, or (charts side by side under one {@link MarginalKey})
     * hides it and makes both strips thin, giving the plan the room.
     */
    public void setCornerLegendVisible(boolean on) {
        legend.setVisible(on);
        legend.setManaged(on);
        fitCorner();
    }

    /** Whether the legend in the corner is shown. */
    public boolean cornerLegendVisible() {
        return legend.isVisible();
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

    /** The whole figure: the heatmap with its colour bar, the two marginal strips and their legend. */
    public Region chart() {
        return root;
    }

    /** The heatmap itself (its axes are the plan's index axes). */
    public XYChart heatmap() {
        return heatmap;
    }

    /** The strip of the column sums, above the plan (tests). */
    XYChart columnStrip() {
        return columnStrip;
    }

    /** The strip of the row sums, left of the plan (tests). */
    XYChart rowStrip() {
        return rowStrip;
    }

    /**
     * How many cells per side one drawn texel covers for a plan of {@code rows × columns}: 1, or above
     * {@value PooledGrid#MAX_TEXELS} rows or columns the block whose largest entry the texel shows.
     */
    public static int drawnBlock(int rows, int columns) {
        return PooledGrid.block(rows, columns);
    }

    /** Shows a plan with an automatic colour range (see {@link #update(int, int, double[], boolean, String, double[])}). */
    public void update(int rows, int columns, double[] values, boolean logScale, String colormap) {
        update(rows, columns, values, logScale, colormap, null);
    }

    /**
     * Shows a plan: {@code values} row-major, {@code rows × columns} (already log10 when {@code logScale}, which then
     * only renames the colour axis). Above {@link PooledGrid#MAX_TEXELS} rows or columns the cells are drawn pooled
     * (each texel the largest entry of its block); hovering still names single cells.
     *
     * @param colorRange the colour axis range [low, high] in the values' units, or {@code null} for the values' own
     */
    public void update(int rows, int columns, double[] values, boolean logScale, String colormap, double[] colorRange) {
        this.rows = rows;
        this.columns = columns;
        double[] range = colorRange != null ? colorRange : range(values, logScale);
        PooledGrid grid = PooledGrid.of(rows, columns, values, !logScale && range[0] < 0 && range[1] > 0);
        double[][] z = grid.z();
        // grid row t (plan rows from the last one up) from y = −(n − ½) to y = ½
        double[] y = edges(z.length, rows);
        for (int k = 0; k < y.length; k++) {
            y[k] -= rows - 1;
        }
        DataSet next = new DataSetBuilder("plan").setValues(DataSet.DIM_X, edges(z[0].length, columns))
                .setValues(DataSet.DIM_Y, y).setValues(DataSet.DIM_Z, z).build();
        renderer.setColorGradient(Charts.colormap(colormap));
        zAxis.setName(colorAxisName != null ? colorAxisName : logScale ? "log10 P" : "P");
        zAxis.setAutoRanging(false);
        zAxis.set(range[0], range[1] > range[0] ? range[1] : range[0] + Math.max(1e-300, Math.abs(range[0]) * 1e-9));
        if (dataSet instanceof DoubleGridDataSet shown && next instanceof DoubleGridDataSet made
                && Arrays.equals(shown.getShape(), made.getShape()) && ShownCurves.unlocked(shown)) {
            // In place, arrays handed over (a new data set costs its renderer a styled node per frame of a drag, and
            // set(DataSet) copies cell by cell).
            shown.set(false, new double[][] {made.getGridValues(DataSet.DIM_X), made.getGridValues(DataSet.DIM_Y)},
                    made.getValues(DataSet.DIM_Z));
        } else {
            renderer.getDatasets().setAll(next);
            dataSet = next;
        }
        showWholePlanIfResized();
        heatmap.invalidate();
    }

    /**
     * Grid coordinates that make chart-fx draw {@code texels} texels edge to edge over the m cells' [−½, m − ½]: it
     * stretches the image from the first to the last coordinate, so they sit at the outer edges (with one texel per
     * cell, texel k then covers [k − ½, k + ½]).
     */
    private static double[] edges(int texels, int cells) {
        double[] c = new double[texels];
        if (texels == 1) {
            c[0] = (cells - 1) / 2.0;
            return c;
        }
        for (int k = 0; k < texels; k++) {
            c[k] = -0.5 + k * (double) cells / (texels - 1);
        }
        return c;
    }

    private void showWholePlanIfResized() {
        if (xAxis.getMax() != columns - 0.5 || xAxis.getMin() != -0.5 || yAxis.getMin() != 0.5 - rows
                || yAxis.getMax() != 0.5) {
            resetZoom();
        }
    }

    /** Shows the whole plan: the index axes span exactly the cells, j in [−½, m − ½] and i in [−½, n − ½]. */
    public void resetZoom() {
        xAxis.set(-0.5, Math.max(columns, 1) - 0.5);
        yAxis.set(0.5 - Math.max(rows, 1), 0.5);
        heatmap.getPlugins().stream().filter(Zoomer.class::isInstance).map(Zoomer.class::cast)
                .forEach(Zoomer::clear);
        heatmap.invalidate();
    }

    /**
     * Draws the marginals in the strips, in display order: the plan's row and column sums as lines and the
     * prescribed weights a and b as bars (either pair may be {@code null}), on a mass scale up to the largest.
     */
    public void showMarginals(double[] rowSums, double[] columnSums, double[] rowWeights, double[] columnWeights) {
        showMarginals(rowSums, columnSums, rowWeights, columnWeights, Math.max(max(columnSums, columnWeights),
                max(rowSums, rowWeights)));
    }

    /**
     * Draws the marginals as {@link #showMarginals(double[], double[], double[], double[])} does on a mass scale up
     * to {@code largest} (at least these marginals' largest entry): charts side by side share one scale, so that
     * equal heights mean equal mass.
     */
    public void showMarginals(double[] rowSums, double[] columnSums, double[] rowWeights, double[] columnWeights,
                              double largest) {
        columnMass.setAutoRanging(false);
        rowMass.setAutoRanging(false);
        // The strips follow changes of the plan's index axes; a chart linked to one already showing these cells
        // sees no change, so its strips take the range here.
        columnIndex.set(xAxis.getMin(), xAxis.getMax());
        rowIndex.set(yAxis.getMin(), yAxis.getMax());
        // All zero (the A − B pane of two balanced plans): flat strips on a unit range, labelled as such.
        double top = largest > 0 ? HEADROOM * largest : 1;
        columnMass.set(0, top);
        rowMass.set(-top, 0);
        massScale.setText(MarginalKey.scale(largest));
        ShownCurves.show(columnStrip, columnMarginal.getDatasets(), curves(columnSums, false));
        ShownCurves.show(rowStrip, rowMarginal.getDatasets(), curves(rowSums, true));
        ShownCurves.show(columnStrip, columnBars.getDatasets(), columnWeights == null ? List.of()
                : List.of(curve("b", columnWeights, false, "", WEIGHTS_CLASS)));
        ShownCurves.show(rowStrip, rowBars.getDatasets(), rowWeights == null ? List.of()
                : List.of(curve("a", rowWeights, true, "", WEIGHTS_CLASS)));
        columnStrip.invalidate();
        rowStrip.invalidate();
    }

    /** Sets what hovering cell (i, j) of the display shows ({@code null}: nothing). */
    public void setCellText(BiFunction<Integer, Integer, String> text) {
        cellText = text;
    }

    /** The data set on display, or null before the first update. */
    public DataSet dataSet() {
        return dataSet;
    }

    /** The strips' mass scale as the label beside the plan shows it. */
    public String massScaleText() {
        return massScale.getText();
    }

    /** Number of marginals drawn (plan lines and weight bars, rows and columns). */
    public int marginalCurves() {
        return columnMarginal.getDatasets().size() + rowMarginal.getDatasets().size()
                + columnBars.getDatasets().size() + rowBars.getDatasets().size();
    }

    /**
     * The colours the column strip draws in now, from the style sheet: {the plan marginal's line, the prescribed
     * weights' bars}; {@code null} for one not drawn.
     */
    public javafx.scene.paint.Color[] marginalColors() {
        javafx.scene.paint.Color plan = columnMarginal.getDatasets().isEmpty() ? null
                : columnMarginal.getStyleableNode(columnMarginal.getDatasets().get(0)).getLineColor()
                        instanceof javafx.scene.paint.Color c ? c : null;
        return new javafx.scene.paint.Color[] {plan, columnBars.shownColor()};
    }

    /** The histogram bars drawn in the strips: the columns' (b) and the rows' (a) bar heights, in display order. */
    public double[][] weightBars() {
        return new double[][] {barHeights(columnBars, DataSet.DIM_Y), barHeights(rowBars, DataSet.DIM_X)};
    }

    private static double[] barHeights(MarginalBars bars, int dimension) {
        if (bars.getDatasets().isEmpty()) {
            return new double[0];
        }
        DataSet set = bars.getDatasets().get(0);
        double[] out = new double[set.getDataCount()];
        for (int k = 0; k < out.length; k++) {
            out[k] = Math.abs(set.get(dimension, k));
        }
        return out;
    }

    /** Names the colour axis ({@code null}: "P" or "log10 P" as the values are). */
    public void setColorAxisName(String name) {
        colorAxisName = name;
        if (name != null) {
            zAxis.setName(name);
        }
    }

    /**
     * Shows or hides the colour bar: a chart beside one that shows the same colour scale leaves the bar to it and
     * gives its width to the plan.
     */
    public void setColorBarVisible(boolean on) {
        zAxis.setVisible(on);
        zAxis.setManaged(on);
        renderer.gradientBar().setVisible(on);
        renderer.gradientBar().setManaged(on);
        heatmap.requestLayout();
    }

    /** Whether the colour bar is on screen. */
    public boolean colorBarVisible() {
        return zAxis.isVisible();
    }

    /** The colour axis' name on display. */
    public String colorAxisName() {
        return zAxis.getName();
    }

    /** The index axes' ranges on display: {x min, x max, y min, y max} (y is −i). */
    public double[] indexRanges() {
        return new double[] {xAxis.getMin(), xAxis.getMax(), yAxis.getMin(), yAxis.getMax()};
    }

    /**
     * How the strips line up with the plan on screen: {column strip's plot width, plan's plot width, row strip's plot
     * height, plan's plot height}, in pixels.
     */
    public double[] stripPlotSizes() {
        return new double[] {columnStrip.getCanvas().getWidth(), heatmap.getCanvas().getWidth(),
            rowStrip.getCanvas().getHeight(), heatmap.getCanvas().getHeight()};
    }

    /** The marginal strips' index ranges: {column strip min, max, row strip min, max} (they follow the plan's). */
    public double[] stripRanges() {
        return new double[] {columnIndex.getMin(), columnIndex.getMax(), rowIndex.getMin(), rowIndex.getMax()};
    }

    /** Zooms to display columns [j0, j1] and rows [i0, i1] (cell edges included). */
    public void zoomTo(double j0, double j1, double i0, double i1) {
        xAxis.set(j0 - 0.5, j1 + 0.5);
        yAxis.set(-i1 - 0.5, -i0 + 0.5);
        heatmap.invalidate();
    }

    /**
     * Links this chart with another one side by side: a zoom of either sets the other's index axes to the same range,
     * and the cell hovered in either is outlined in both.
     */
    public void link(PlanHeatmapChart other) {
        xAxis.minProperty().bindBidirectional(other.xAxis.minProperty());
        xAxis.maxProperty().bindBidirectional(other.xAxis.maxProperty());
        yAxis.minProperty().bindBidirectional(other.yAxis.minProperty());
        yAxis.maxProperty().bindBidirectional(other.yAxis.maxProperty());
        for (PlanHeatmapChart c : List.of(this, other)) {
            for (DefaultNumericAxis a : List.of(c.xAxis, c.yAxis)) {
                a.minProperty().addListener(o -> c.heatmap.invalidate());
                a.maxProperty().addListener(o -> c.heatmap.invalidate());
            }
        }
        linked.add(other);
        other.linked.add(this);
    }

    /** Outlines display cell (i, j) here and in the linked charts ({@code null}: none). */
    public void highlightEverywhere(int[] cell) {
        highlightCell(cell);
        for (PlanHeatmapChart c : linked) {
            c.highlightCell(cell);
        }
    }

    /** Outlines display cell (i, j) ({@code null}: none). */
    public void highlightCell(int[] cell) {
        highlighted = cell == null || cell[0] < 0 || cell[0] >= rows || cell[1] < 0 || cell[1] >= columns ? null
                : cell.clone();
        placeHighlight();
    }

    /** The outlined display cell {i, j}, or {@code null}. */
    public int[] highlightedCell() {
        return highlighted == null ? null : highlighted.clone();
    }

    /** Whether the outline of the highlighted cell is on screen. */
    public boolean highlightShown() {
        return highlight.isVisible();
    }

    private void placeHighlight() {
        if (highlighted == null || heatmap.getScene() == null) {
            highlight.setVisible(false);
            return;
        }
        int i = highlighted[0];
        int j = highlighted[1];
        Point2D a = root.sceneToLocal(heatmap.getCanvas().localToScene(xAxis.getDisplayPosition(j - 0.5),
                yAxis.getDisplayPosition(-i + 0.5)));
        Point2D b = root.sceneToLocal(heatmap.getCanvas().localToScene(xAxis.getDisplayPosition(j + 0.5),
                yAxis.getDisplayPosition(-i - 0.5)));
        Bounds plan = root.sceneToLocal(heatmap.getCanvas().localToScene(heatmap.getCanvas().getLayoutBounds()));
        double x0 = Math.max(Math.min(a.getX(), b.getX()), plan.getMinX());
        double x1 = Math.min(Math.max(a.getX(), b.getX()), plan.getMaxX());
        double y0 = Math.max(Math.min(a.getY(), b.getY()), plan.getMinY());
        double y1 = Math.min(Math.max(a.getY(), b.getY()), plan.getMaxY());
        highlight.setVisible(x1 > x0 && y1 > y0);
        highlight.setX(x0);
        highlight.setY(y0);
        highlight.setWidth(Math.max(0, x1 - x0));
        highlight.setHeight(Math.max(0, y1 - y0));
    }

    /** The colour axis range [low, high] on display. */
    public double[] colorRange() {
        return new double[] {zAxis.getMin(), zAxis.getMax()};
    }

    /** The hover text of the cell under a point of the figure (in {@link #chart()}'s coordinates), or null. */
    public String cellTextAt(double chartX, double chartY) {
        if (cellText == null || dataSet == null) {
            return null;
        }
        int[] cell = cellAt(chartX, chartY);
        return cell == null ? null : cellText.apply(cell[0], cell[1]);
    }

    /** The display cell {i, j} under a point of the figure (in {@link #chart()}'s coordinates), or null. */
    public int[] cellAt(double chartX, double chartY) {
        if (dataSet == null) {
            return null;
        }
        Point2D canvas = heatmap.getCanvas().sceneToLocal(root.localToScene(chartX, chartY));
        if (canvas == null || !heatmap.getCanvas().getLayoutBounds().contains(canvas)) {
            return null;
        }
        int j = (int) Math.round(xAxis.getValueForDisplay(canvas.getX()));
        int i = -(int) Math.round(yAxis.getValueForDisplay(canvas.getY()));
        return i >= 0 && i < rows && j >= 0 && j < columns ? new int[] {i, j} : null;
    }

    private void showCell(MouseEvent e) {
        Point2D inRoot = root.sceneToLocal(e.getSceneX(), e.getSceneY());
        highlightEverywhere(cellAt(inRoot.getX(), inRoot.getY()));
        String text = cellTextAt(inRoot.getX(), inRoot.getY());
        if (text == null) {
            hover.hide();
            return;
        }
        hover.setText(text);
        if (!hover.isShowing()) {
            hover.show(heatmap, e.getScreenX() + 14, e.getScreenY() + 14);
        } else {
            hover.setAnchorX(e.getScreenX() + 14);
            hover.setAnchorY(e.getScreenY() + 14);
        }
    }

    /** Pads the strips so that their plot areas line up with the heatmap's (after the next layout pass). */
    private void alignStrips() {
        Platform.runLater(() -> {
            Bounds plan = heatmap.getCanvas().localToScene(heatmap.getCanvas().getLayoutBounds());
            pad(columnStrip, plan, true);
            pad(rowStrip, plan, false);
        });
    }

    private static void pad(XYChart strip, Bounds plan, boolean horizontally) {
        Bounds own = strip.getCanvas().localToScene(strip.getCanvas().getLayoutBounds());
        Insets p = strip.getPadding();
        if ((horizontally ? own.getWidth() : own.getHeight()) < 1) {
            // A padding grown during a transient layout (a pane appearing beside another) can squeeze the plot area
            // to nothing, and then no bounds change calls for a correction: start again from no padding.
            strip.setPadding(horizontally ? new Insets(p.getTop(), 0, p.getBottom(), 0)
                    : new Insets(0, p.getRight(), 0, p.getLeft()));
            return;
        }
        double before = horizontally ? plan.getMinX() - own.getMinX() : plan.getMinY() - own.getMinY();
        double after = horizontally ? own.getMaxX() - plan.getMaxX() : own.getMaxY() - plan.getMaxY();
        if (Math.abs(before) < 0.5 && Math.abs(after) < 0.5) {
            return;
        }
        strip.setPadding(horizontally
                ? new Insets(p.getTop(), Math.max(0, p.getRight() + after), p.getBottom(), Math.max(0, p.getLeft() + before))
                : new Insets(Math.max(0, p.getTop() + before), p.getRight(), Math.max(0, p.getBottom() + after), p.getLeft()));
        // The new padding moves the plot area: redraw the curves on the axes' new lengths after that layout.
        Platform.runLater(strip::invalidate);
    }

    private static List<ShownCurves.Curve> curves(double[] plan, boolean alongRows) {
        return plan == null ? List.of() : List.of(curve("plan marginal", plan, alongRows, PLAN_MARGINAL, PLAN_CLASS));
    }

    private static ShownCurves.Curve curve(String name, double[] mass, boolean alongRows, String style,
                                           String styleClass) {
        int n = mass.length;
        double[] index = new double[n];
        double[] drawn = new double[n];
        for (int k = 0; k < n; k++) {
            index[k] = alongRows ? -k : k;
            drawn[k] = alongRows ? -mass[k] : mass[k];
        }
        return alongRows ? new ShownCurves.Curve(name, drawn, index, style, styleClass)
                : new ShownCurves.Curve(name, index, drawn, style, styleClass);
    }

    /** Linear colours from 0 (no mass) to the largest entry; log colours over the values' span. */
    private static double[] range(double[] values, boolean logScale) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (values.length == 0) {
            return new double[] {0, 1};
        }
        return logScale ? new double[] {lo, hi} : new double[] {0, hi};
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

    private static ColumnConstraints percentColumn(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        return c;
    }

    private static ColumnConstraints growColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static RowConstraints percentRow(double percent) {
        RowConstraints r = new RowConstraints();
        r.setPercentHeight(percent);
        return r;
    }

    private static RowConstraints growRow() {
        RowConstraints r = new RowConstraints();
        r.setVgrow(Priority.ALWAYS);
        return r;
    }
}
