package org.otexplorer.ui.permutation;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.ui.charts.ChartScale;
import org.otexplorer.ui.charts.LegendMatchingRenderer;

/**
 * Appendix A: the largest entry's gradient {@code ∂σ_m/∂x_m} against τ (log axis), exact (eq. 13, solid) and its
 * low-temperature form (14, dashed), as log10 so that its fall over hundreds of decades to exactly 0 shows; vertical
 * lines where the exact one becomes exactly 0 in double and in single precision (below the first nothing is drawn:
 * log10 0 does not exist).
 */
final class SoftmaxChart {
    private final DefaultNumericAxis xAxis = PermutationCharts.axis("temperature τ");
    private final DefaultNumericAxis yAxis = PermutationCharts.axis("log10 ∂σ_m/∂x_m");
    private final XYChart chart;
    private final ErrorDataSetRenderer renderer = new LegendMatchingRenderer();
    private final XValueIndicator doubleZero;
    private final XValueIndicator floatZero;
    private int pointCount;

    SoftmaxChart() {
        xAxis.setLogAxis(true);
        PermutationCharts.plainTicks(xAxis);
        chart = PermutationCharts.chart(xAxis, yAxis);
        renderer.setPolyLineStyle(LineStyle.NORMAL);
        renderer.setDrawMarker(false);
        renderer.setAssumeSortedData(true);
        chart.getRenderers().setAll(renderer);
        chart.setLegendVisible(true);
        doubleZero = new XValueIndicator(xAxis, 1e-3, "0 in double");
        floatZero = new XValueIndicator(xAxis, 1e-2, "0 in float");
        doubleZero.setLabelPosition(0.15);
        floatZero.setLabelPosition(0.45);
        for (XValueIndicator i : new XValueIndicator[] {doubleZero, floatZero}) {
            i.setEditable(false);
            chart.getPlugins().add(i);
        }
    }

    XYChart chart() {
        return chart;
    }

    /** Points drawn (positive values of both curves). */
    int pointCount() {
        return pointCount;
    }

    void show(SoftmaxGradient g) {
        DoubleDataSet exact = positive("exact, eq. (13)", g.temperature(), g.exact());
        DoubleDataSet approx = positive("(K−1)/τ·e^(−c/τ), eq. (14)", g.temperature(), g.approximate());
        ChartScale.style(chart, exact, PermutationCharts.line("#1f77b4", 2.2, 0));
        ChartScale.style(chart, approx, PermutationCharts.line("#ff7f0e", 1.5, 0)
                + " -fx-line-dash-array: 6,4; -fx-stroke-dash-array: 6,4;");
        pointCount = exact.getDataCount() + approx.getDataCount();
        renderer.getDatasets().setAll(exact, approx);
        doubleZero.setValue(g.doubleZero());
        doubleZero.setText("0 in double: τ < " + Parameter.format(g.doubleZero()));
        floatZero.setValue(g.floatZero());
        floatZero.setText("0 in float: τ < " + Parameter.format(g.floatZero()));
        xAxis.setAutoRanging(false);
        xAxis.set(g.temperature()[0], g.temperature()[g.temperature().length - 1]);
        yAxis.setAutoRanging(true);
        chart.setTitle("Appendix A: softmax gradient, K = " + g.size() + ", c = " + Parameter.format(g.gap())
                + " (largest at τ ≈ " + Parameter.format(g.peak()) + ")");
        chart.invalidate();
    }

    /** log10 of the positive values (a value of exactly 0 has none and is left out). */
    private static DoubleDataSet positive(String name, double[] x, double[] y) {
        int[] keep = IntStream.range(0, y.length).filter(k -> y[k] > 0).toArray();
        double[] px = Arrays.stream(keep).mapToDouble(k -> x[k]).toArray();
        double[] py = Arrays.stream(keep).mapToDouble(k -> Math.log10(y[k])).toArray();
        return new DoubleDataSet(name, px, py, px.length, true);
    }
}
