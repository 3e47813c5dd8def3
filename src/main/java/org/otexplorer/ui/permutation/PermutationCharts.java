package org.otexplorer.ui.permutation;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.dataset.DataSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.otexplorer.ui.charts.ChartScale;

/**
 * What this workbench's own charts share: axes and charts with the explorer's defaults, and data-set styles whose
 * marker sizes and line widths follow presenter mode ({@link ChartScale#presenterScale()}) or a figure's own scale.
 * ({@code ui.charts.Charts} keeps its factories to its package, so the few lines they take are here.)
 */
final class PermutationCharts {
    private static final Pattern SIZES = Pattern.compile("(-fx-(?:marker-size|line-width):\\s*)([0-9.]+)");
    private static final String BASE_STYLES = "permutation.baseStyles";
    private static final String OWN_SCALE = "permutation.scale";

    private PermutationCharts() {
    }

    /** A named numeric axis: no animation, auto-ranging without rounding, no unit brackets. */
    static DefaultNumericAxis axis(String name) {
        DefaultNumericAxis axis = new DefaultNumericAxis(name);
        axis.setUnit(null);
        axis.setAnimated(false);
        axis.setAutoRanging(true);
        axis.setAutoRangeRounding(false);
        axis.setMinorTickCount(0);
        return axis;
    }

    /** An XY chart with zoom and pan and major grid lines only, no renderers yet. */
    static XYChart chart(DefaultNumericAxis x, DefaultNumericAxis y) {
        XYChart chart = new XYChart(x, y);
        chart.setAnimated(false);
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

    /** Styles a data set of {@code chart}; {@link #restyle} scales it again when presenter mode changes. */
    static void style(XYChart chart, DataSet set, String base) {
        baseStyles(chart).put(set, base);
        set.setStyle(scaled(base, factor(chart)));
    }

    /** Gives a chart a scale of its own (an exported figure) instead of the presenter factor. */
    static void setScale(XYChart chart, double factor) {
        chart.getProperties().put(OWN_SCALE, factor);
        restyle(chart);
    }

    /** Scales the styles of the data sets the chart shows by its factor now. */
    static void restyle(XYChart chart) {
        Map<DataSet, String> styles = baseStyles(chart);
        styles.keySet().retainAll(chart.getRenderers().stream().flatMap(r -> r.getDatasets().stream()).toList());
        styles.forEach((set, base) -> set.setStyle(scaled(base, factor(chart))));
        chart.invalidate();
    }

    /** A line (and optional markers) in a colour: {@code markerSize} 0 draws none. */
    static String line(String color, double width, double markerSize) {
        return String.format(Locale.ROOT, "-fx-stroke: %s; -fx-line-color: %s; -fx-line-width: %.1f;"
                + " -fx-marker-color: %s; -fx-marker-type: circle; -fx-marker-size: %.1f;", color, color, width,
                color, markerSize);
    }

    private static double factor(XYChart chart) {
        Object own = chart.getProperties().get(OWN_SCALE);
        return own instanceof Double d ? d : ChartScale.presenterScale();
    }

    @SuppressWarnings("unchecked")
    private static Map<DataSet, String> baseStyles(XYChart chart) {
        return (Map<DataSet, String>) chart.getProperties().computeIfAbsent(BASE_STYLES,
                k -> new IdentityHashMap<DataSet, String>());
    }

    private static String scaled(String base, double factor) {
        Matcher m = SIZES.matcher(base);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1) + String.format(Locale.ROOT, "%.2f",
                    Double.parseDouble(m.group(2)) * factor));
        }
        m.appendTail(out);
        return out.toString();
    }
}
