package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.Chart;
import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import java.util.List;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Marks an axis whose title, at its own font, is longer than the axis with the style class {@value #STYLE}, and
 * every axis of a chart in which some axis is so marked with {@value #CHART_STYLE}, so that the stylesheet can set
 * the titles smaller there, one size per chart (presenter mode: a short plot above a race at 1280×800 had "source i"
 * cut on a 59 px axis). Charts inside a node of the style class {@value #GROUP_STYLE} share one size: side by side,
 * the two scatters and three plans take the small titles when one of them needs it ("coordinate 2" on a 70 px axis
 * at 1280×800) and keep the presenter size when all fit (1920×1080). The marks go again once the titles fit.
 * chart-fx centres the title along the axis and cuts what overhangs, so a title longer than its axis is never shown
 * whole.
 */
public final class AxisTitleFit {
    /** The style class of an axis whose title does not fit at its own size. */
    static final String STYLE = "cramped-title";
    /** The style class of every axis of a chart in which some axis' title does not fit at its own size. */
    static final String CHART_STYLE = "cramped-chart";
    /** The style class of a node whose charts' axis titles share one size. */
    public static final String GROUP_STYLE = "axis-title-group";
    private static final String FULL_FONT = AxisTitleFit.class.getName() + ".font";
    private static final String PENDING = AxisTitleFit.class.getName() + ".pending";

    private AxisTitleFit() {
    }

    /** Keeps the marks of {@code axis} (and its chart's) up to date as its length, side, name and font change. */
    static void follow(AbstractAxis axis) {
        axis.widthProperty().addListener(o -> check(axis));
        axis.heightProperty().addListener(o -> check(axis));
        axis.nameProperty().addListener(o -> check(axis));
        axis.getAxisLabel().fontProperty().addListener(o -> check(axis));
    }

    private static void check(AbstractAxis axis) {
        boolean marked = axis.getStyleClass().contains(STYLE);
        if (!marked && !axis.getStyleClass().contains(CHART_STYLE)) {
            axis.getProperties().put(FULL_FONT, axis.getAxisLabel().getFont()); // its own size, before any mark
        }
        double length = axis.getSide() == null ? 0 : axis.getSide().isVertical() ? axis.getHeight() : axis.getWidth();
        String name = axis.getName();
        if (length <= 0 || name == null || name.isEmpty() || !(axis.getProperties().get(FULL_FONT) instanceof Font f)) {
            return;
        }
        Text probe = new Text(name);
        probe.setFont(f);
        // Once marked, a title fits again only with a line of its text to spare: its chart's other titles shrink
        // with the mark and give this axis up to about that much length, which would otherwise take the mark away
        // again, and so on, a pulse at a time.
        boolean cramped = probe.getLayoutBounds().getWidth() > length - (marked ? f.getSize() : 0);
        if (cramped != marked) {
            if (cramped) {
                axis.getStyleClass().add(STYLE);
            } else {
                axis.getStyleClass().remove(STYLE);
            }
        }
        Parent group = enclosing(axis, p -> p.getStyleClass().contains(GROUP_STYLE));
        Parent together = group != null ? group : enclosing(axis, p -> p instanceof Chart);
        if (together != null && together.getProperties().put(PENDING, Boolean.TRUE) == null) {
            // later, not now: changing another axis' style classes here, inside a change of this axis' font or
            // style classes, throws (the lists' change builders do not nest); and once a pulse for all of them
            Platform.runLater(() -> {
                together.getProperties().remove(PENDING);
                markTogether(together);
            });
        }
    }

    /**
     * Gives every shown axis of {@code together} (a group, or else a chart) the mark {@value #CHART_STYLE} when any
     * of them is cramped, and takes it from all of them when none is.
     */
    private static void markTogether(Parent together) {
        List<Node> axes = together instanceof Chart chart
                ? chart.getAxes().stream().filter(a -> a instanceof Node).map(a -> (Node) a).toList()
                : together.lookupAll(".axis").stream().filter(a -> a instanceof AbstractAxis && shownIn(a, together))
                        .toList();
        boolean any = axes.stream().anyMatch(a -> a.getStyleClass().contains(STYLE));
        for (Node a : axes) {
            if (a.getStyleClass().contains(CHART_STYLE) != any) {
                if (any) {
                    a.getStyleClass().add(CHART_STYLE);
                } else {
                    a.getStyleClass().remove(CHART_STYLE);
                }
            }
        }
    }

    private static Parent enclosing(Node node, Predicate<Parent> test) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (test.test(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean shownIn(Node node, Parent group) {
        for (Node n = node; n != null && n != group; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
