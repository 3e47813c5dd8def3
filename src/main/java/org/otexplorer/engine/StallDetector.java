package org.otexplorer.engine;

import java.util.Arrays;

/**
 * Decides when Sinkhorn's rate has stalled so far that Newton steps on the dual are cheaper (math.md §2.4): from
 * the marginal errors of the phase so far, the rate {@code ρ = (e_k / e_{k−w})^{1/w}} over the last quarter of the
 * iterations (w ≥ {@link #MIN_WINDOW}) and the iterations still needed at that rate, {@code log(tol/e_k) / log ρ}
 * (infinite when the error did not fall). Near a split plan Sinkhorn's error decays linearly at a rate close to 1,
 * or even like a power of the iteration count, so the prediction is large and keeps growing. The switch comes once
 * the prediction exceeds the solver's break-even count (a Newton phase's cost in its own sweeps) and the iterate is
 * near enough for Newton to converge fast: relative error at most {@link #NEAR}, or, as a last resort, after
 * {@link #LAST_RESORT} times the break-even count of iterations. Never before {@link #MIN_ITERATIONS} iterations,
 * and never with tolerance 0 (a fixed number of iterations was asked for).
 */
final class StallDetector {
    /** Iterations of the phase before the first decision. */
    static final int MIN_ITERATIONS = 20;
    /** Fewest iterations the rate is measured over. */
    static final int MIN_WINDOW = 10;
    /** Relative marginal error (error / total mass) at which Newton steps converge from a Sinkhorn iterate. */
    static final double NEAR = 1e-1;
    /** Iterations, in break-even counts, after which Newton is tried however far the iterate is. */
    static final int LAST_RESORT = 10;

    private final double tolerance;
    private final int breakEven;
    private final double mass;
    private double[] errors = new double[64];
    private int size;
    private int minimum = MIN_ITERATIONS;
    private double rate = Double.NaN;

    /**
     * @param tolerance the marginal-error target
     * @param breakEven predicted iterations above which Newton is cheaper
     * @param mass      the total mass the marginal error is measured against (2 for probability weights)
     */
    StallDetector(double tolerance, int breakEven, double mass) {
        this.tolerance = tolerance;
        this.breakEven = breakEven;
        this.mass = mass;
    }

    /** A Newton phase failed: forget the errors seen so far, and wait twice as long before the next switch. */
    void restart() {
        minimum = Math.max(2 * size, 2 * minimum);
        size = 0;
    }

    /** Records the error of the next iteration; true when Newton should take over now. */
    boolean stalled(double error) {
        if (size == errors.length) {
            errors = Arrays.copyOf(errors, size * 2);
        }
        errors[size++] = error;
        if (!(tolerance > 0) || size < minimum || error <= tolerance) {
            return false;
        }
        int window = Math.max(MIN_WINDOW, size / 4);
        double before = errors[size - 1 - window];
        rate = Math.pow(error / before, 1.0 / window);
        double remaining = rate < 1 ? Math.log(tolerance / error) / Math.log(rate) : Double.POSITIVE_INFINITY;
        boolean near = error <= NEAR * mass || size >= LAST_RESORT * breakEven;
        return near && remaining > breakEven;
    }

    /** The last measured rate per iteration (NaN before the first decision). */
    double rate() {
        return rate;
    }
}
