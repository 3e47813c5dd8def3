package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.dataset.DataSet;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

/**
 * Marker sizes and line widths that grow with the text: chart-fx takes them from inline data-set styles in pixels,
 * which neither presenter mode's larger fonts nor a figure's pixel scale reach. A data set styled through
 * {@link #style} keeps its base style, and every chart made by {@link Charts} redraws its data sets with the sizes
 * multiplied by its scale: the window's presenter factor (root font size over the normal 13 px) unless a figure
 * export set its own ({@link #setFigureScale}).
 */
public final class ChartScale {
    private static final DoubleProperty PRESENTER = new SimpleDoubleProperty(1);
    private static final Pattern SIZES = Pattern.compile("(-fx-(?:marker-size|line-width):\\s*)([0-9.]+)");
    private static final String FIGURE_SCALE = "otx.figureScale";
    private static final String BASE_STYLES = "otx.baseStyles";
    private static final String PRESENTER_LISTENER = "otx.presenterListener";
    private static final int PRUNE_AT = 256;

    private ChartScale() {
    }

    /** Sets the presenter factor every window chart follows (1: normal, about 1.5 in presenter mode). */
    public static void setPresenterScale(double factor) {
        PRESENTER.set(factor);
    }

    /** The presenter factor now in force. */
    public static double presenterScale() {
        return PRESENTER.get();
    }

    /** Gives a chart its own scale (a figure rendered at scale s), instead of the presenter factor. */
    public static void setFigureScale(XYChart chart, double factor) {
        chart.getProperties().put(FIGURE_SCALE, factor);
        restyle(chart);
    }

    /**
     * Makes a chart follow the presenter factor (the factories in this package do it for every chart). The chart
     * holds its listener and the static factor only a weak reference to it, so a chart nobody shows any more is
     * collected (a strong listener kept every chart ever made alive, with its scene: about 80 MB per closed window).
     */
    public static void register(XYChart chart) {
        ChangeListener<Number> follow = (o, a, b) -> {
            if (!chart.getProperties().containsKey(FIGURE_SCALE)) {
                restyle(chart);
            }
        };
        chart.getProperties().put(PRESENTER_LISTENER, follow);
        PRESENTER.addListener(new WeakChangeListener<>(follow));
    }

    /**
     * Styles a data set of a chart with sizes scaled by the chart's factor. The base styles are kept per chart by
     * identity (a data set's hash follows its style); those of data sets the chart no longer shows are dropped now and
     * then (a data set may be styled before it is added).
     */
    public static void style(XYChart chart, DataSet set, String base) {
        Map<DataSet, String> styles = baseStyles(chart);
        if (styles.size() > PRUNE_AT) {
            styles.keySet().retainAll(shown(chart));
        }
        styles.put(set, base);
        set.setStyle(scaled(base, factor(chart)));
    }

    @SuppressWarnings("unchecked")
    private static Map<DataSet, String> baseStyles(XYChart chart) {
        return (Map<DataSet, String>) chart.getProperties().computeIfAbsent(BASE_STYLES,
                k -> new IdentityHashMap<DataSet, String>());
    }

    private static Set<DataSet> shown(XYChart chart) {
        Set<DataSet> sets = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Renderer r : chart.getRenderers()) {
            sets.addAll(r.getDatasets());
        }
        return sets;
    }

    /** The chart's factor: its figure scale, or the presenter factor. */
    static double factor(XYChart chart) {
        Object own = chart.getProperties().get(FIGURE_SCALE);
        return own instanceof Double d ? d : PRESENTER.get();
    }

    /** A style string with every marker size and line width multiplied by {@code factor}. */
    static String scaled(String base, double factor) {
        Matcher m = SIZES.matcher(base);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1) + String.format(Locale.ROOT, "%.2f",
                    Double.parseDouble(m.group(2)) * factor));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void restyle(XYChart chart) {
        double factor = factor(chart);
        Map<DataSet, String> styles = baseStyles(chart);
        for (Renderer r : chart.getRenderers()) {
            for (DataSet set : r.getDatasets()) {
                String base = styles.get(set);
                if (base != null) {
                    set.setStyle(scaled(base, factor));
                }
            }
        }
        chart.invalidate();
    }
}
