package org.otexplorer.permutation;

/**
 * Where the plateaus of the oscillating patterns end (paper Appendix D; math.md §15.2). To first order in ε
 * the (0,0) entry of {@link OscillatingPattern#CENTRE_OPEN} after k half-steps is {@code 2^{k−1} ε}: it
 * doubles every half-step until it reaches its limit, and the error leaves its plateau there. The paper
 * writes the change point as {@code k = −log₂ε + 2} and takes the limit to be 1/2; the limit is 1/4
 * (the doubly stochastic scaling of that matrix tends to [[¼,½,¼],[½,0,½],[¼,½,¼]]), which puts
 * {@code 2^{k−1} ε = 1/4} at {@code k = −log₂ε − 1}. Measured change points are half-step counts from
 * {@link SinkhornNormalisation}.
 */
public final class PlateauChangePoints {
    /** The error level whose first crossing is called the change point: half the plateau of the open patterns. */
    public static final double HALF_PLATEAU = 0.5;

    private PlateauChangePoints() {
    }

    /** The paper's Appendix D change point, eq. (31): {@code k = −log₂ε + 2} half-steps. */
    public static double paperPrediction(double epsilon) {
        return -log2(requireEpsilon(epsilon)) + 2;
    }

    /** Where {@code 2^{k−1} ε} reaches the true limit 1/4 of entry (0,0): {@code k = −log₂ε − 1} half-steps. */
    public static double limitPrediction(double epsilon) {
        return -log2(requireEpsilon(epsilon)) - 1;
    }

    /**
     * The first half-step whose constraint error is below {@code threshold} for the pattern with zeros → ε,
     * or 0 if the error stays above it for {@code maxIterations} iterations.
     *
     * @throws IllegalArgumentException for ε outside (0, 1), a threshold not in (0, 1] or maxIterations < 1
     */
    public static int measured(OscillatingPattern pattern, double epsilon, double threshold, int maxIterations) {
        requireEpsilon(epsilon);
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("change-point threshold must lie in (0, 1], got " + threshold);
        }
        return SinkhornNormalisation.errors(pattern.withEpsilon(epsilon), maxIterations).firstHalfStepBelow(threshold);
    }

    private static double requireEpsilon(double epsilon) {
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must lie in (0, 1) for a change point, got " + epsilon);
        }
        return epsilon;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
