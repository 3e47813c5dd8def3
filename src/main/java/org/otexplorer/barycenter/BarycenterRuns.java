package org.otexplorer.barycenter;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.otexplorer.engine.StopReason;

/** Runs a {@link BarycenterIteration} to a stopping rule and collects a {@link BarycenterResult}. */
public final class BarycenterRuns {
    private BarycenterRuns() {
    }

    /**
     * Steps until the marginal error and the last change {@code ||q_t − q_{t−1}||₁} are both at most
     * {@code tolerance} (checked every {@code checkEvery} steps and at the last), or {@code maxIterations}.
     *
     * @param cancelled polled before every step
     * @throws IllegalArgumentException for a negative tolerance or limits below one
     */
    public static BarycenterResult run(BarycenterIteration iteration, int maxIterations, double tolerance,
                                       int checkEvery, BooleanSupplier cancelled) {
        if (maxIterations < 1 || checkEvery < 1) {
            throw new IllegalArgumentException("iteration limit and check interval must be >= 1, got "
                    + maxIterations + " and " + checkEvery);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
        }
        long start = System.nanoTime();
        double[] errors = new double[16];
        int[] checked = new int[16];
        int records = 0;
        StopReason reason = StopReason.MAX_ITERATIONS;
        double[] previous = iteration.barycenter();
        double[] good = previous;
        double change = Double.POSITIVE_INFINITY;
        double error = Double.POSITIVE_INFINITY;
        while (iteration.iteration() < maxIterations) {
            if (cancelled.getAsBoolean()) {
                reason = StopReason.CANCELLED;
                break;
            }
            iteration.step();
            double[] q = iteration.barycenter();
            change = distance(q, previous);
            previous = q;
            if (!Double.isFinite(change)) {
                reason = StopReason.NUMERICAL_BREAKDOWN;
                change = Double.POSITIVE_INFINITY;
                break;
            }
            good = q;
            int t = iteration.iteration();
            if (t % checkEvery == 0 || t == maxIterations) {
                error = iteration.marginalError();
                if (records == errors.length) {
                    errors = Arrays.copyOf(errors, 2 * records);
                    checked = Arrays.copyOf(checked, 2 * records);
                }
                errors[records] = error;
                checked[records++] = t;
                if (error <= tolerance && change <= tolerance) {
                    reason = StopReason.CONVERGED;
                    break;
                }
            }
        }
        boolean uncheckedEnd = iteration.iteration() > 0 && (records == 0 || checked[records - 1] != iteration.iteration());
        if (reason == StopReason.CANCELLED && uncheckedEnd) {
            error = iteration.marginalError();
        } else if (reason == StopReason.NUMERICAL_BREAKDOWN) {
            error = Double.POSITIVE_INFINITY;
        }
        return new BarycenterResult(iteration.label(), good, iteration.iteration(), reason, error, change,
                Arrays.copyOf(errors, records), Arrays.copyOf(checked, records), iteration.epsilon(),
                (System.nanoTime() - start) * 1e-9, Sharpness.of(good));
    }

    private static double distance(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += Math.abs(p[i] - q[i]);
        }
        return s;
    }
}
