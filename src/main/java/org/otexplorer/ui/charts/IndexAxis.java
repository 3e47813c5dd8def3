package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;

/**
 * An axis of indices (rows, columns, iterations): set by hand rather than auto-ranged, with ticks on whole numbers
 * only — its tick unit is a 1-2-5 step of at least 1 whose labels fit the axis ({@link ReadableAxis#setWholeSteps}),
 * and only whole numbers are labelled. A {@link #create(String, java.util.function.DoubleUnaryOperator) relabelled} axis writes
 * another index than its coordinate (the heatmap draws row i at n − 1 − i, since chart-fx's inverted axes lose their
 * offset when resized).
 */
public final class IndexAxis {
    private IndexAxis() {
    }

    /** A named index axis. */
    public static DefaultNumericAxis create(String name) {
        return create(name, v -> v);
    }

    /** A named index axis whose tick at coordinate v is labelled {@code label(v)}. */
    static DefaultNumericAxis create(String name, java.util.function.DoubleUnaryOperator label) {
        DefaultNumericAxis axis = Charts.axis(name);
        labelWholeNumbers(axis, label);
        axis.setAutoRanging(false);
        axis.setMinorTickCount(0);
        return axis;
    }

    /**
     * Labels only the whole-number ticks of an axis chart-fx ranges itself (an iteration axis), leaving the others
     * blank; a {@link ReadableAxis} also steps by whole numbers only.
     */
    public static void labelWholeNumbers(DefaultNumericAxis axis) {
        labelWholeNumbers(axis, v -> v);
    }

    private static void labelWholeNumbers(DefaultNumericAxis axis, java.util.function.DoubleUnaryOperator label) {
        if (axis instanceof ReadableAxis readable) {
            readable.setWholeSteps(true);
        }
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number v) {
                double x = v.doubleValue();
                return Math.abs(x - Math.rint(x)) < 1e-9 ? String.valueOf((long) Math.rint(label.applyAsDouble(x))) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
    }
}
