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
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The loss landscape of a two-parameter model as a heatmap of {@code log10 L(θ1, θ2)} with each optimizer's
 * path drawn on top in its lane color ({@link Charts#laneColor}) and the true parameters marked.
 */
public final class LandscapeChart {
    /** One optimizer's path through (θ1, θ2). */
    public record Path(String label, int lane, double[] theta1, double[] theta2) {
    }

    private static final String TRUTH_STYLE = "-fx-marker-color: #ffffff; -fx-marker-type: diamond;"
            + " -fx-marker-size: 7; -fx-line-color: transparent;";
    private final XYChart chart;
    private final DefaultNumericAxis xAxis = Charts.axis("θ1");
    private final DefaultNumericAxis yAxis = Charts.axis("θ2");
    private final HeatmapRenderer heatmap = new HeatmapRenderer();
    private final ErrorDataSetRenderer paths = new LegendMatchingRenderer();
    private final ErrorDataSetRenderer marks = new LegendMatchingRenderer();
    private DataSet surface;
    private int pathPoints;

    public LandscapeChart() {
        DefaultNumericAxis x = xAxis;
        DefaultNumericAxis y = yAxis;
        DefaultNumericAxis z = Charts.axis("log10 L");
        z.setSide(Side.RIGHT);
        z.getProperties().put(Zoomer.ZOOMER_OMIT_AXIS, true);
        chart = Charts.chart(x, y);
        chart.getAxes().add(z);
        heatmap.getAxes().addAll(x, y, z);
        heatmap.setContourType(ContourType.HEATMAP);
        heatmap.setColorGradient(Charts.colormap("viridis"));
        heatmap.setShowInLegend(false);
        paths.setPolyLineStyle(LineStyle.NORMAL);
        paths.setDrawMarker(true);
        paths.setAssumeSortedData(false);
        paths.setPointReduction(false);
        marks.setPolyLineStyle(LineStyle.NONE);
        marks.setDrawMarker(true);
        marks.setAssumeSortedData(false);
        chart.getRenderers().setAll(heatmap, paths, marks);
        chart.setLegendVisible(false);
    }

    public XYChart chart() {
        return chart;
    }

    /** Whether a landscape is on display. */
    public boolean hasSurface() {
        return surface != null;
    }

    /** Number of path points drawn by the last update. */
    public int pathPoints() {
        return pathPoints;
    }

    /**
     * Shows a landscape ({@code loss[b][a]} at {@code (theta1[a], theta2[b])}, positive) and the truth
     * ({@code null} when unknown).
     */
    public void showSurface(double[] theta1, double[] theta2, double[][] loss, double[] truth, String colormap) {
        double[][] z = new double[theta2.length][theta1.length];
        for (int b = 0; b < theta2.length; b++) {
            for (int a = 0; a < theta1.length; a++) {
                z[b][a] = Math.log10(Math.max(loss[b][a], 1e-300));
            }
        }
        DataSet next = new DataSetBuilder("landscape").setValues(DataSet.DIM_X, theta1.clone())
                .setValues(DataSet.DIM_Y, theta2.clone()).setValues(DataSet.DIM_Z, z).build();
        heatmap.setColorGradient(Charts.colormap(colormap));
        heatmap.getDatasets().setAll(next);
        // The map's window fixes the axes; paths that leave it are clipped (zoom out with the mouse).
        fix(xAxis, theta1[0], theta1[theta1.length - 1]);
        fix(yAxis, theta2[0], theta2[theta2.length - 1]);
        surface = next;
        List<DoubleDataSet> truthMark = new ArrayList<>();
        if (truth != null) {
            DoubleDataSet t = new DoubleDataSet("truth", new double[] {truth[0]}, new double[] {truth[1]}, 1, false);
            ChartScale.style(chart, t, TRUTH_STYLE);
            truthMark.add(t);
        }
        marks.getDatasets().setAll(truthMark);
        chart.invalidate();
    }

    private static void fix(DefaultNumericAxis axis, double min, double max) {
        axis.setAutoRanging(false);
        axis.set(min, max);
    }

    /** Removes the landscape (models without one). */
    public void clear() {
        surface = null;
        xAxis.setAutoRanging(true);
        yAxis.setAutoRanging(true);
        heatmap.getDatasets().clear();
        paths.getDatasets().clear();
        marks.getDatasets().clear();
        pathPoints = 0;
        chart.invalidate();
    }

    /** Draws the optimizers' paths. */
    public void showPaths(List<Path> list) {
        List<DoubleDataSet> sets = new ArrayList<>();
        int points = 0;
        for (Path p : list) {
            DoubleDataSet set = new DoubleDataSet(p.label(), p.theta1(), p.theta2(), p.theta1().length, false);
            ChartScale.style(chart, set, Charts.laneStyle(p.lane(), 3));
            sets.add(set);
            points += p.theta1().length;
        }
        pathPoints = points;
        paths.getDatasets().setAll(sets);
        chart.invalidate();
    }
}
