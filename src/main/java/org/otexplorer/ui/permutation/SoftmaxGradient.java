package org.otexplorer.ui.permutation;

import org.otexplorer.permutation.TemperatureSoftmax;

/**
 * Appendix A's curve (math.md §15.4): the diagonal gradient {@code ∂σ_m/∂x_m} of the largest entry of a softmax with
 * temperature τ, when the K − 1 other entries lie c below it, exact (eq. 13) and in the low-temperature form (14),
 * over τ from 10⁻³ c to 10³ c on a log grid, with the temperatures below which it is exactly 0 in double
 * ({@code c/745.13}) and in single precision ({@code c/103.97}) and where it is largest.
 *
 * @param size        K
 * @param gap         c
 * @param temperature τ of each point
 * @param exact       eq. (13) at each τ (0 where it underflows)
 * @param approximate eq. (14) at each τ
 * @param doubleZero  the τ below which (13) is 0.0 in double precision
 * @param floatZero   the τ below which it is 0 in single precision
 * @param peak        the τ of the grid where (13) is largest
 */
record SoftmaxGradient(int size, double gap, double[] temperature, double[] exact, double[] approximate,
                       double doubleZero, double floatZero, double peak) {
    static final int POINTS = 241;

    static SoftmaxGradient compute(int size, double gap) {
        double[] tau = new double[POINTS];
        double[] exact = new double[POINTS];
        double[] approx = new double[POINTS];
        int best = 0;
        for (int k = 0; k < POINTS; k++) {
            tau[k] = gap * Math.pow(10, -3 + 6.0 * k / (POINTS - 1));
            exact[k] = TemperatureSoftmax.equalGapGradient(size, gap, tau[k]);
            approx[k] = TemperatureSoftmax.equalGapApproximation(size, gap, tau[k]);
            if (exact[k] > exact[best]) {
                best = k;
            }
        }
        return new SoftmaxGradient(size, gap, tau, exact, approx, TemperatureSoftmax.doubleUnderflowTemperature(gap),
                gap / TemperatureSoftmax.FLOAT_UNDERFLOW_EXPONENT, tau[best]);
    }
}
