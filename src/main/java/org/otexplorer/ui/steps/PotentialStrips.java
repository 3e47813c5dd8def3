package org.otexplorer.ui.steps;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import org.otexplorer.ui.charts.ChartScale;
import org.otexplorer.ui.charts.Charts;
import org.otexplorer.ui.charts.IndexAxis;

/**
 * The potentials of a frame as two bar strips: f_i against the source index i and g_j against the target index j
 * (math.md §0: {@code P_ij = exp((f_i + g_j − C_ij)/ε)}, the scalings are {@code u = e^{f/ε}}, {@code v = e^{g/ε}}).
 * The value axes are locked per solve to the range the potentials take over its frames ({@link StepsRun#fRange()}),
 * so a step shows the bars move, not the axis. IPOT has no potentials: the strips then say so.
 */
final class PotentialStrips {
    /** chart-fx draws bars in the data set's marker colour. */
    private static final String F_STYLE = "-fx-marker-color: #1f77b4; -fx-stroke: #1f77b4; -fx-line-color: #1f77b4;";
    private static final String G_STYLE = "-fx-marker-color: #d62728; -fx-stroke: #d62728; -fx-line-color: #d62728;";

    private final Strip f = new Strip("source i", "f_i", F_STYLE);
    private final Strip g = new Strip("target j", "g_j", G_STYLE);

    XYChart fChart() {
        return f.chart;
    }

    XYChart gChart() {
        return g.chart;
    }

    /** Locks the value axes to a solve's ranges of f and g ([low, high]; empty: the values' own). */
    void lock(double[] fRange, double[] gRange) {
        f.low = fRange[0];
        f.high = fRange[1];
        g.low = gRange[0];
        g.high = gRange[1];
    }

    /** Shows a frame's potentials ({@code null}: none, IPOT). */
    void show(double[] fValues, double[] gValues) {
        f.show(fValues);
        g.show(gValues);
    }

    /** Bars drawn in the f strip (tests). */
    int fBars() {
        return f.bars();
    }

    /** One strip: a bar per index. */
    private static final class Strip {
        private final DefaultNumericAxis index;
        private final DefaultNumericAxis value;
        private final XYChart chart;
        private final ErrorDataSetRenderer bars = new ErrorDataSetRenderer();
        private final String name;
        private final String style;
        private double low = Double.POSITIVE_INFINITY;
        private double high = Double.NEGATIVE_INFINITY;

        Strip(String indexName, String name, String style) {
            this.name = name;
            this.style = style;
            index = IndexAxis.create(indexName);
            value = Charts.axis(name);
            chart = Charts.zoomableChart(index, value);
            bars.setPolyLineStyle(LineStyle.NONE);
            bars.setDrawBars(true);
            bars.setDrawMarker(false);
            bars.setDynamicBarWidth(true);
            bars.setBarWidthPercentage(70);
            bars.getAxes().addAll(index, value);
            chart.getRenderers().setAll(bars);
            chart.setLegendVisible(false);
        }

        void show(double[] values) {
            if (values == null) {
                bars.getDatasets().clear();
                chart.setTitle("IPOT has no potential " + name); // its scalings are not dual potentials
                chart.invalidate();
                return;
            }
            double[] x = new double[values.length];
            double lo = Math.min(low, 0);
            double hi = Math.max(high, 0);
            for (int k = 0; k < values.length; k++) {
                x[k] = k;
                if (Double.isFinite(values[k])) {
                    lo = Math.min(lo, values[k]);
                    hi = Math.max(hi, values[k]);
                }
            }
            DoubleDataSet set = new DoubleDataSet(name, x, values, values.length, true);
            ChartScale.style(chart, set, style);
            bars.getDatasets().setAll(set);
            chart.setTitle(null);
            index.setAutoRanging(false);
            index.set(-0.5, values.length - 0.5);
            value.setAutoRanging(false);
            double pad = Math.max(1e-12, 0.05 * (hi - lo));
            value.set(lo - pad, hi + pad);
            chart.invalidate();
        }

        int bars() {
            return bars.getDatasets().isEmpty() ? 0 : bars.getDatasets().get(0).getDataCount();
        }
    }
}
