package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Marks an axis whose title, at its own font, is longer than the axis with the style class {@value #STYLE}, so that
 * the stylesheet can set the title smaller there (presenter mode: a short plot above a race at 1280×800 had
 * "source i" cut on a 59 px axis); the mark goes again once the title fits. chart-fx centres the title along the
 * axis and cuts what overhangs, so a title longer than its axis is never shown whole.
 */
final class AxisTitleFit {
    /** The style class of an axis whose title does not fit at its own size. */
    static final String STYLE = "cramped-title";
    private static final String FULL_FONT = AxisTitleFit.class.getName() + ".font";

    private AxisTitleFit() {
    }

    /** Keeps the mark of {@code axis} up to date as its length, side, name and font change. */
    static void follow(AbstractAxis axis) {
        axis.widthProperty().addListener(o -> check(axis));
        axis.heightProperty().addListener(o -> check(axis));
        axis.nameProperty().addListener(o -> check(axis));
        axis.getAxisLabel().fontProperty().addListener(o -> check(axis));
    }

    private static void check(AbstractAxis axis) {
        boolean marked = axis.getStyleClass().contains(STYLE);
        if (!marked) {
            axis.getProperties().put(FULL_FONT, axis.getAxisLabel().getFont()); // its own size, before any mark
        }
        double length = axis.getSide() == null ? 0 : axis.getSide().isVertical() ? axis.getHeight() : axis.getWidth();
        String name = axis.getName();
        if (length <= 0 || name == null || name.isEmpty() || !(axis.getProperties().get(FULL_FONT) instanceof Font f)) {
            return;
        }
        Text probe = new Text(name);
        probe.setFont(f);
        boolean cramped = probe.getLayoutBounds().getWidth() > length;
        if (cramped && !marked) {
            axis.getStyleClass().add(STYLE);
        } else if (!cramped && marked) {
            axis.getStyleClass().remove(STYLE);
        }
    }
}
