package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.Zoomer;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.paint.Stop;
import io.fair_acc.chartfx.renderer.spi.utils.ColorGradient;

/** The shared look of the explorer's charts: axes, interaction plugins and colormaps. */
public final class Charts {
    /**
     * The diverging colormap of signed values (ColorBrewer RdBu, blue below 0, white at 0, red above): for a range
     * symmetric about 0, such as a difference of two plans. It is not a plan colormap of {@code ViewSpec}.
     */
    public static final String DIVERGING = "diverging";
    private static final Map<String, ColorGradient> COLORMAPS = Map.of(
            "viridis", ColorGradient.VIRIDIS,
            "magma", gradient("magma", "#000004", "#3b0f70", "#8c2981", "#de4968", "#fe9f6d", "#fcfdbf"),
            "inferno", gradient("inferno", "#000004", "#420a68", "#932667", "#dd513a", "#fca50a", "#fcffa4"),
            "plasma", gradient("plasma", "#0d0887", "#6a00a8", "#b12a90", "#e16462", "#fca636", "#f0f921"),
            "grayscale", gradient("grayscale", "#000000", "#ffffff"),
            DIVERGING, gradient(DIVERGING, "#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7",
                    "#ef8a62", "#b2182b"));

    /** Colors of the optimizers' lanes (Tableau 10, colorblind-aware order). */
    private static final String[] LANE_COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
        "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"};

    private Charts() {
    }

    /** The color of lane k, the same in every chart of the trace panel. */
    public static String laneColor(int k) {
        return LANE_COLORS[k % LANE_COLORS.length];
    }

    /** A chart-fx style string drawing a lane's line and markers in its color. */
    static String laneStyle(int k, double markerSize) {
        String color = laneColor(k);
        return String.format(java.util.Locale.ROOT,
                "-fx-line-color: %s; -fx-line-width: 2; -fx-marker-color: %s; -fx-marker-type: circle;"
                        + " -fx-marker-size: %.1f;", color, color, markerSize);
    }

    /** A numeric axis with the explorer's defaults: readable ticks, no animation, auto-ranging, named. */
    public static ReadableAxis axis(String name) {
        ReadableAxis axis = new ReadableAxis(name);
        axis.setUnit(null); // no empty "[]" after the name
        axis.setAnimated(false);
        axis.setAutoRanging(true);
        axis.setAutoRangeRounding(false);
        AxisTitleFit.follow(axis);
        return axis;
    }

    /** An XY chart with zoom/pan and hover tooltips. */
    static XYChart chart(DefaultNumericAxis x, DefaultNumericAxis y) {
        XYChart chart = zoomableChart(x, y);
        chart.getPlugins().add(new DataPointTooltip());
        return chart;
    }

    /**
     * An XY chart with zoom/pan only, for charts with their own hover text (chart-fx's point tooltip cannot be
     * removed again: its mouse handler stays behind and fails).
     */
    public static XYChart zoomableChart(DefaultNumericAxis x, DefaultNumericAxis y) {
        XYChart chart = plainChart(x, y);
        chart.getRenderers().clear();
        Zoomer zoomer = new Zoomer();
        chart.getPlugins().add(zoomer);
        // A drag zooms in; a double-click (like the plan's "whole plan") goes back to the whole data.
        chart.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2) {
                zoomer.zoomOrigin();
            }
        });
        return chart;
    }

    /**
     * A chart-fx chart as every chart here is made: sizes following the presenter scale ({@link ChartScale}), no
     * animation, and its canvas not cached as a bitmap. chart-fx caches it; a canvas keeps its pixels in a texture of
     * its own anyway, so under the software renderer the cache only added a second copy of the whole plot to every
     * frame that redraws it (each solve: every chart of the plan panel).
     */
    public static XYChart plainChart(Axis x, Axis y) {
        XYChart chart = new XYChart(x, y);
        ChartScale.register(chart);
        chart.setAnimated(false);
        chart.getCanvas().setCache(false);
        return chart;
    }

    /** The chart-fx gradient for a colormap id of {@code ViewSpec.COLORMAPS} (viridis when unknown). */
    static ColorGradient colormap(String id) {
        return COLORMAPS.getOrDefault(id, ColorGradient.VIRIDIS);
    }

    private static ColorGradient gradient(String name, String... colors) {
        Stop[] stops = new Stop[colors.length];
        for (int k = 0; k < colors.length; k++) {
            stops[k] = new Stop((double) k / (colors.length - 1), Color.web(colors[k]));
        }
        return new ColorGradient(name, stops);
    }
}
