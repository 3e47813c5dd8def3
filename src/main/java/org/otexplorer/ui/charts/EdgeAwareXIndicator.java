package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import javafx.geometry.HPos;

/**
 * chart-fx's vertical value indicator whose badge stays whole inside the plot. chart-fx places the badge by a fixed
 * anchor on the line, so near the plot's ends part of it hung behind the axis or past the plot: the lab's "lab",
 * centred on its line, at half-step 0; step by step's "iteration k", anchored by its left edge, at the last
 * iteration. The badge keeps the anchor it was given wherever it fits, and is anchored by its left edge where it would
 * pass the plot's left end, by its right edge where it would pass the right end.
 */
public final class EdgeAwareXIndicator extends XValueIndicator {
    private final HPos preferred;

    /** A badge anchored by {@code preferred} on the line where it fits ({@link HPos#CENTER}: centred on it). */
    public EdgeAwareXIndicator(Axis axis, double value, String text, HPos preferred) {
        super(axis, value, text);
        this.preferred = preferred;
        setLabelHorizontalAnchor(preferred);
    }

    @Override
    public void runPostLayout() {
        if (getChart() != null) {
            HPos anchor = anchorThatFits(getAxis().getDisplayPosition(getValue()), label.prefWidth(-1),
                    getChart().getCanvas().getBoundsInLocal().getWidth());
            if (anchor != getLabelHorizontalAnchor()) {
                setLabelHorizontalAnchor(anchor); // lays out again
                return;
            }
        }
        super.runPostLayout();
    }

    /** The preferred anchor if a badge {@code width} wide at {@code x} then lies in {@code [0, plot]}, else an edge. */
    private HPos anchorThatFits(double x, double width, double plot) {
        double left = preferred == HPos.LEFT ? x : preferred == HPos.RIGHT ? x - width : x - width / 2;
        if (left < 0) {
            return HPos.LEFT;
        }
        return left + width > plot ? HPos.RIGHT : preferred;
    }
}
