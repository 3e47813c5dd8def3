package org.otexplorer.nn;

import java.util.function.DoubleSupplier;

/**
 * Central finite differences, the independent truth for every hand-written gradient (used by the nn and the
 * permutation tests): {@code (f(θ + h e_k) − f(θ − h e_k)) / 2h} for each entry of a live array θ.
 */
public final class FiniteDifferences {
    private FiniteDifferences() {
    }

    /** The central-difference gradient of {@code loss} with respect to every entry of {@code values} (restored after). */
    public static double[] gradient(DoubleSupplier loss, double[] values, double h) {
        double[] g = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            double keep = values[k];
            values[k] = keep + h;
            double up = loss.getAsDouble();
            values[k] = keep - h;
            double down = loss.getAsDouble();
            values[k] = keep;
            g[k] = (up - down) / (2 * h);
        }
        return g;
    }

    /** {@code max_k |analytic_k − numeric_k| / max(max_k |numeric_k|, 1e-12)}. */
    public static double relativeError(double[] analytic, double[] numeric) {
        if (analytic.length != numeric.length) {
            throw new IllegalArgumentException("gradients of different lengths: " + analytic.length + " and "
                    + numeric.length);
        }
        double diff = 0;
        double scale = 1e-12;
        for (int k = 0; k < analytic.length; k++) {
            diff = Math.max(diff, Math.abs(analytic[k] - numeric[k]));
            scale = Math.max(scale, Math.abs(numeric[k]));
        }
        return diff / scale;
    }
}
