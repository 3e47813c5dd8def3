package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import javafx.geometry.HPos;

/**
 * chart-fx's vertical value indicator whose badge stays whole inside the plot: chart-fx centres it on the line, so at
 * the first or last x (the lab's half-step 0, the step-by-step chart's first iteration) half of it hung behind the
 * axis. The badge is anchored by its left edge near the plot's left end, by its right edge near the right end.
 */
public final class EdgeAwareXIndicator extends XValueIndicator {
    public EdgeAwareXIndicator(Axis axis, double value, String text) {
        super(axis, value, text);
    }

    @Override
    public void runPostLayout() {
        if (getChart() != null) {
            double width = getChart().getCanvas().getBoundsInLocal().getWidth();
            double x = getAxis().getDisplayPosition(getValue());
            double half = label.prefWidth(-1) / 2;
            HPos anchor = x - half < 0 ? HPos.LEFT : x + half > width ? HPos.RIGHT : HPos.CENTER;
            if (anchor != getLabelHorizontalAnchor()) {
                setLabelHorizontalAnchor(anchor); // lays out again
                return;
            }
        }
        super.runPostLayout();
    }
}
