package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * One metric of several optimizer runs against the iteration, one colored line per run
 * ({@link Charts#laneColor}); the metric axis is logarithmic whenever every value is positive, the iteration
 * axis on request.
 */
public final class TraceChart {
    /** One run's curve. */
    public record Curve(String label, int lane, double[] iterations, double[] values) {
    }

    private final XYChart chart;
    private final ReadableAxis xAxis = Charts.axis("iteration");
    private final DefaultNumericAxis yAxis = Charts.axis("loss");
    private final ErrorDataSetRenderer renderer = new LegendMatchingRenderer();
    /** chart-fx's own tick labels, for the wall-clock axis (the iteration axis labels whole numbers only). */
    private final javafx.util.StringConverter<Number> timeLabels;
    private int pointCount;
    private List<Curve> held;
    /** The metric's whole name; the axis shows it, or its short form where the axis is shorter. */
    private String metricName = "loss";

    public TraceChart() {
        chart = Charts.chart(xAxis, yAxis);
        // chart-fx's measurement pane asks for the axes' preferred sizes as its minimum (a vertical axis: 150 px):
        // in a shorter chart (the IPOT race's curves in presenter mode at 1280x800) it laid the axes out at that
        // size, centred, so they hung past the chart's edges and the chart cut the "iteration" title. Here it takes
        // the chart's size. (Not for every chart: the annealing GIF's heatmap frames then differ, see the README.)
        chart.getMeasurementPane().setMinSize(0, 0);
        renderer.setPolyLineStyle(LineStyle.NORMAL);
        renderer.setDrawMarker(true);
        renderer.setAssumeSortedData(true);
        chart.getRenderers().setAll(renderer);
        chart.setLegendVisible(true);
        timeLabels = xAxis.getTickLabelFormatter();
        yAxis.heightProperty().addListener(o -> fitMetricName());
        yAxis.getAxisLabel().fontProperty().addListener(o -> fitMetricName());
    }

    /** The metric's whole name on the axis if it fits the axis's length, else its short form. */
    private void fitMetricName() {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(metricName);
        probe.setFont(yAxis.getAxisLabel().getFont());
        boolean fits = yAxis.getHeight() <= 0 || probe.getLayoutBounds().getWidth() <= yAxis.getHeight();
        String shown = fits ? metricName : TraceCurves.shortMetricName(metricName);
        if (!shown.equals(yAxis.getName())) {
            yAxis.setName(shown);
        }
    }

    public XYChart chart() {
        return chart;
    }

    /** Total number of points drawn by the last update. */
    public int pointCount() {
        return pointCount;
    }

    /**
     * Keeps both axes on the range of {@code all} (a whole race) in later updates, so that the frames of an
     * animation that shows the race growing share their axes; {@code null} returns to automatic ranges.
     */
    public void holdRanges(List<Curve> all) {
        held = all == null ? null : List.copyOf(all);
    }

    /** The x-axis name on display. */
    public String xAxisName() {
        return xAxis.getName();
    }

    /** Whether the metric axis is logarithmic now. */
    public boolean isLogMetricAxis() {
        return yAxis.isLogAxis();
    }

    /**
     * Shows the curves of one metric.
     *
     * @param metric          the metric's name for the axis
     * @param logIterations   iteration axis logarithmic
     */
    public void update(String metric, List<Curve> curves, boolean logIterations) {
        update(metric, curves, logIterations, TraceCurves.axisName(false));
    }

    /**
     * Shows the curves of one metric against an x the curves hold (the iteration, or wall-clock seconds).
     *
     * @param logX  x-axis logarithmic
     * @param xName the x-axis name
     */
    public void update(String metric, List<Curve> curves, boolean logX, String xName) {
        xAxis.setName(xName);
        if (TraceCurves.axisName(false).equals(xName)) {
            IndexAxis.labelWholeNumbers(xAxis); // iterations, not 2.5, 7.5, …
        } else {
            xAxis.setTickLabelFormatter(timeLabels);
            xAxis.setWholeSteps(false); // seconds
        }
        List<DoubleDataSet> sets = new ArrayList<>();
        int points = 0;
        for (Curve c : curves) {
            DoubleDataSet set = new DoubleDataSet(c.label(), c.iterations(), c.values(), c.values().length, true);
            // Markers only while a curve is short, so step-by-step runs show each step.
            ChartScale.style(chart, set, Charts.laneStyle(c.lane(), c.values().length <= 60 ? 3 : 0));
            sets.add(set);
            points += c.values().length;
        }
        pointCount = points;
        metricName = metric;
        fitMetricName();
        List<Curve> ranged = held != null ? held : curves;
        boolean log = points > 0 && ranged.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.values()))
                .allMatch(v -> v > 0);
        yAxis.setLogAxis(log);
        double lo = ranged.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.values())).min().orElse(1);
        double hi = ranged.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.values())).max().orElse(1);
        if (log) {
            LogAxisMargin.set(yAxis, lo, hi); // chart-fx's log auto-range can clip the extreme curves
        } else if (held != null && hi > lo) {
            yAxis.setAutoRanging(false);
            yAxis.set(lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo));
        } else {
            yAxis.setAutoRanging(true);
        }
        xAxis.setLogAxis(logX);
        if (held != null) {
            double x0 = held.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.iterations())).min().orElse(0);
            double x1 = held.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.iterations())).max().orElse(1);
            xAxis.setAutoRanging(false);
            xAxis.set(logX ? x0 : Math.min(0, x0), x1 > x0 ? x1 : x0 + 1);
        } else {
            xAxis.setAutoRanging(true);
        }
        renderer.getDatasets().setAll(sets);
        chart.invalidate();
    }
}
