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
    private final DefaultNumericAxis xAxis = Charts.axis("iteration");
    private final DefaultNumericAxis yAxis = Charts.axis("loss");
    private final ErrorDataSetRenderer renderer = new LegendMatchingRenderer();
    private int pointCount;

    public TraceChart() {
        chart = Charts.chart(xAxis, yAxis);
        renderer.setPolyLineStyle(LineStyle.NORMAL);
        renderer.setDrawMarker(true);
        renderer.setAssumeSortedData(true);
        chart.getRenderers().setAll(renderer);
        chart.setLegendVisible(true);
    }

    public XYChart chart() {
        return chart;
    }

    /** Total number of points drawn by the last update. */
    public int pointCount() {
        return pointCount;
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
        List<DoubleDataSet> sets = new ArrayList<>();
        boolean positive = true;
        int points = 0;
        for (Curve c : curves) {
            DoubleDataSet set = new DoubleDataSet(c.label(), c.iterations(), c.values(), c.values().length, true);
            // Markers only while a curve is short, so step-by-step runs show each step.
            ChartScale.style(chart, set, Charts.laneStyle(c.lane(), c.values().length <= 60 ? 3 : 0));
            sets.add(set);
            points += c.values().length;
            for (double v : c.values()) {
                positive &= v > 0;
            }
        }
        pointCount = points;
        yAxis.setName(metric);
        boolean log = positive && points > 0;
        yAxis.setLogAxis(log);
        if (log) {
            // chart-fx's log auto-range can clip the extreme curves: fix the range with a margin instead.
            double lo = curves.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.values())).min().orElse(1);
            double hi = curves.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.values())).max().orElse(1);
            yAxis.setAutoRanging(false);
            yAxis.set(lo / 1.5, hi * 1.5);
        } else {
            yAxis.setAutoRanging(true);
        }
        xAxis.setLogAxis(logIterations);
        renderer.getDatasets().setAll(sets);
        chart.invalidate();
    }
}
