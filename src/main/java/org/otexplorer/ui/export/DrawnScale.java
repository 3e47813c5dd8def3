package org.otexplorer.ui.export;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The value → pixel map an axis was last drawn with, read from its major tick marks (their values and the
 * positions they were drawn at; linear in log10 of the value on a log axis). The canvas a chart shows was drawn
 * with that map; an axis's live {@link Axis#getDisplayPosition} can already follow a range set after the last
 * redraw, and a vector page must show what the screen shows. Falls back to the live map when the axis has fewer
 * than two distinct ticks.
 */
final class DrawnScale {
    private DrawnScale() {
    }

    static DoubleUnaryOperator of(Axis axis) {
        if (axis instanceof AbstractAxis a) {
            List<TickMark> ticks = a.getTickMarks();
            boolean log = axis.isLogAxis();
            TickMark first = null;
            TickMark last = null;
            for (TickMark t : ticks) {
                if (Double.isFinite(coordinate(t.getValue(), log)) && Double.isFinite(t.getPosition())) {
                    first = first == null ? t : first;
                    last = t;
                }
            }
            double v0 = first == null ? 0 : coordinate(first.getValue(), log);
            double v1 = last == null ? 0 : coordinate(last.getValue(), log);
            if (first != null && v1 != v0) {
                double p0 = first.getPosition();
                double slope = (last.getPosition() - p0) / (v1 - v0);
                return v -> p0 + (coordinate(v, log) - v0) * slope;
            }
        }
        return axis::getDisplayPosition;
    }

    private static double coordinate(double value, boolean log) {
        return log ? Math.log10(value) : value;
    }
}
