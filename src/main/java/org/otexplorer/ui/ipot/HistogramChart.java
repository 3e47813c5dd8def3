package org.otexplorer.ui.ipot;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.otexplorer.ui.charts.ChartScale;
import org.otexplorer.ui.charts.Charts;

/**
 * One-dimensional histograms on their bins as lines on linear axes (bin i along x, mass up): each curve in its lane
 * colour, a dashed curve (the exact barycenter) in a mid grey that reads on light and dark backgrounds.
 */
final class HistogramChart {
    /** One curve: its name, lane (colour) and masses per bin; {@code dashed} for the truth. */
    record Curve(String name, int lane, double[] mass, boolean dashed) {
    }

    private static final String TRUTH_COLOR = "#8c8c8c";

    private final DefaultNumericAxis xAxis = axis("bin i");
    private final DefaultNumericAxis yAxis = axis("mass");
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    private final XYChart chart;
    private int curves;

    HistogramChart() {
        chart = Charts.plainChart(xAxis, yAxis);
        renderer.setPolyLineStyle(LineStyle.NORMAL);
        renderer.setDrawMarker(false);
        renderer.setPointReduction(false);
        chart.getRenderers().setAll(renderer);
        chart.getPlugins().add(new Zoomer());
        chart.setLegendVisible(true);
        chart.setStyle("-fx-min-width: 0; -fx-min-height: 0;");
    }

    XYChart chart() {
        return chart;
    }

    int curveCount() {
        return curves;
    }

    void show(List<Curve> list) {
        List<DoubleDataSet> sets = new ArrayList<>();
        for (Curve c : list) {
            double[] x = new double[c.mass().length];
            for (int i = 0; i < x.length; i++) {
                x[i] = i;
            }
            DoubleDataSet set = new DoubleDataSet(c.name(), x, c.mass(), x.length, true);
            String color = c.dashed() ? TRUTH_COLOR : Charts.laneColor(c.lane());
            ChartScale.style(chart, set, String.format(Locale.ROOT, "-fx-stroke: %s; -fx-line-color: %s;"
                    + " -fx-line-width: %s;%s", color, color, c.dashed() ? "1.5" : "2",
                    c.dashed() ? " -fx-line-dash-array: 6,4; -fx-stroke-dash-array: 6,4;" : ""));
            sets.add(set);
        }
        curves = sets.size();
        renderer.getDatasets().setAll(sets);
        chart.invalidate();
    }

    private static DefaultNumericAxis axis(String name) {
        DefaultNumericAxis a = new org.otexplorer.ui.charts.ReadableAxis(name);
        a.setUnit(null);
        a.setAnimated(false);
        a.setAutoRanging(true);
        a.setAutoRangeRounding(false);
        a.setMinorTickCount(0);
        return a;
    }
}
