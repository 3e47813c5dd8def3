package org.otexplorer.ui.charts;

import java.util.Locale;

/**
 * How one axis writes its tick values: as many digits as the step between the ticks needs and no more (ticks 0.25
 * apart read "0.00, 0.25, 0.50, 0.75", not chart-fx's "0.0, 0.3, 0.5, 0.8"). A linear axis writes every tick with the
 * same number of decimals, so that the labels line up; a logarithmic axis writes each tick as short as it is
 * ("0.01, 0.1, 1, 10", "200, 500, 1000"). Ticks from 0.001 to below 100000 are written plainly, an axis with a tick
 * outside that range in e-notation throughout ("1e-11", "2.5e5"), as the explorer writes small numbers elsewhere.
 * Plain Java: it is computed for candidate steps while an axis chooses its tick spacing.
 */
final class TickText {
    /** The most decimals a label gets (ticks closer than this are not resolvable anyway). */
    private static final int MAX_DECIMALS = 12;
    /** How close a tick must lie to a written value, in steps (or, on a log axis, relative to the tick). */
    private static final double TOLERANCE = 1e-6;
    private static final double PLAIN_BELOW = 1e5;
    private static final double PLAIN_FROM = 1e-3;

    private final boolean log;
    private final boolean exponential;
    /** Decimals of every label (linear axis; in e-notation, of the mantissa). */
    private final int decimals;
    /** Below this magnitude a tick is a rounding error of zero. */
    private final double zero;

    private TickText(boolean log, boolean exponential, int decimals, double zero) {
        this.log = log;
        this.exponential = exponential;
        this.decimals = decimals;
        this.zero = zero;
    }

    /** The texts for the major ticks of an axis (ascending or not), linear or logarithmic. */
    static TickText of(double[] ticks, boolean log) {
        double step = step(ticks);
        double zero = log ? 0 : TOLERANCE * step;
        boolean exponential = false;
        for (double v : ticks) {
            double a = Math.abs(v);
            exponential |= a > zero && (a < PLAIN_FROM || a >= PLAIN_BELOW);
        }
        int decimals = 0;
        if (!log) {
            for (double v : ticks) {
                if (Math.abs(v) > zero) {
                    double unit = exponential ? Math.pow(10, exponent(v)) : 1;
                    decimals = Math.max(decimals, decimals(v / unit, TOLERANCE * step / unit));
                }
            }
        }
        return new TickText(log, exponential, decimals, zero);
    }

    /** The label of a tick value. */
    String format(double v) {
        if (Math.abs(v) <= zero || v == 0) {
            return plain(0, log || exponential ? 0 : decimals);
        }
        if (!exponential) {
            return plain(v, log ? decimals(v, TOLERANCE * Math.abs(v)) : decimals);
        }
        int e = exponent(v);
        double mantissa = v / Math.pow(10, e);
        int places = log ? decimals(mantissa, TOLERANCE * Math.abs(mantissa)) : decimals;
        return plain(mantissa, places) + "e" + e;
    }

    /** The smallest distance between two ticks, or the size of a lone tick (1 for a lone 0). */
    private static double step(double[] ticks) {
        double[] sorted = ticks.clone();
        java.util.Arrays.sort(sorted);
        double step = Double.POSITIVE_INFINITY;
        for (int k = 1; k < sorted.length; k++) {
            double d = sorted[k] - sorted[k - 1];
            if (d > 0) {
                step = Math.min(step, d);
            }
        }
        if (Double.isInfinite(step)) {
            step = sorted.length > 0 && sorted[0] != 0 ? Math.abs(sorted[0]) : 1;
        }
        return step;
    }

    /** The power of ten of a value's leading digit, allowing for a mantissa that rounds up to 10. */
    private static int exponent(double v) {
        int e = (int) Math.floor(Math.log10(Math.abs(v)));
        return Math.abs(v) / Math.pow(10, e) >= 10 - 1e-9 ? e + 1 : e;
    }

    /** The fewest decimals that write v to within {@code tolerance}. */
    private static int decimals(double v, double tolerance) {
        for (int d = 0; d < MAX_DECIMALS; d++) {
            double scale = Math.pow(10, d);
            if (Math.abs(Math.rint(v * scale) / scale - v) <= tolerance) {
                return d;
            }
        }
        return MAX_DECIMALS;
    }

    private static String plain(double v, int places) {
        String text = String.format(Locale.ROOT, "%." + places + "f", v);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text; // no "-0.00" for a rounding error
    }
}
