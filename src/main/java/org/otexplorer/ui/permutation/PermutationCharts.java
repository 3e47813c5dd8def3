package org.otexplorer.ui.permutation;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import java.util.Locale;
import org.otexplorer.ui.charts.Charts;

/**
 * What this workbench's own charts share: axes and charts with the explorer's defaults (minor ticks off, the minor
 * grid transparent), registered with {@link org.otexplorer.ui.charts.ChartScale} so that the data-set styles set through
 * {@link org.otexplorer.ui.charts.ChartScale#style} follow presenter mode or a figure's own scale.
 */
final class PermutationCharts {

    private PermutationCharts() {
    }

    /** A named numeric axis: no animation, auto-ranging without rounding, no unit brackets. */
    static DefaultNumericAxis axis(String name) {
        DefaultNumericAxis axis = new org.otexplorer.ui.charts.ReadableAxis(name);
        axis.setUnit(null);
        axis.setAnimated(false);
        axis.setAutoRanging(true);
        axis.setAutoRangeRounding(false);
        axis.setMinorTickCount(0);
        return axis;
    }

    /** An XY chart with zoom and pan and major grid lines only, no renderers yet. */
    static XYChart chart(DefaultNumericAxis x, DefaultNumericAxis y) {
        XYChart chart = Charts.plainChart(x, y); // marker sizes and line widths follow presenter mode
        chart.getRenderers().clear();
        chart.getPlugins().add(new Zoomer());
        // chart-fx's stylesheet turns the minor grid on again (:withMinor): make it transparent instead.
        chart.getGridRenderer().getHorizontalMinorGrid().setStyle("-fx-stroke: transparent;");
        chart.getGridRenderer().getVerticalMinorGrid().setStyle("-fx-stroke: transparent;");
        return chart;
    }

    /** Writes a log axis' ticks as the help texts write numbers (1e-3, 0.01, 10) instead of "0.010". */
    static void plainTicks(DefaultNumericAxis axis) {
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number v) {
                return org.otexplorer.parameters.Parameter.format(v.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
    }

    /** A line (and optional markers) in a colour: {@code markerSize} 0 draws none. */
    static String line(String color, double width, double markerSize) {
        return String.format(Locale.ROOT, "-fx-stroke: %s; -fx-line-color: %s; -fx-line-width: %.1f;"
                + " -fx-marker-color: %s; -fx-marker-type: circle; -fx-marker-size: %.1f;", color, color, width,
                color, markerSize);
    }
}
