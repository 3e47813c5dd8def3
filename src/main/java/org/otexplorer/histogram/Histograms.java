package org.otexplorer.histogram;

/**
 * Validation and normalisation of histograms given by users or files: every entry finite and ≥ 0, and a
 * positive total mass. Messages name the histogram and the first bad bin.
 */
public final class Histograms {
    private Histograms() {
    }

    /**
     * Throws unless {@code h} is a non-empty array of finite, non-negative entries with a positive sum.
     *
     * @param name how the message names the histogram, e.g. "source histogram"
     */
    public static void requireValid(double[] h, String name) {
        if (h == null || h.length == 0) {
            throw new IllegalArgumentException(name + " is empty: it needs at least one bin");
        }
        double total = 0;
        for (int i = 0; i < h.length; i++) {
            if (Double.isNaN(h[i])) {
                throw new IllegalArgumentException(name + " bin " + i + " is NaN");
            }
            if (Double.isInfinite(h[i])) {
                throw new IllegalArgumentException(name + " bin " + i + " is infinite");
            }
            if (h[i] < 0) {
                throw new IllegalArgumentException(name + " bin " + i + " is negative: " + h[i]);
            }
            total += h[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException(name + " has zero total mass");
        }
    }

    /** A valid histogram scaled to total mass one (a fresh array). */
    public static double[] normalized(double[] h, String name) {
        requireValid(h, name);
        double total = sum(h);
        double[] out = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            out[i] = h[i] / total;
        }
        return out;
    }

    /** Σ h_i. */
    public static double sum(double[] h) {
        double s = 0;
        for (double v : h) {
            s += v;
        }
        return s;
    }
}
