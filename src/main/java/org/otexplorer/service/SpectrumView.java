package org.otexplorer.service;

import java.util.List;

/**
 * The H-matrix analysis of one entropic plan (math.md §4, §5.4, §10), as plain numbers.
 *
 * @param requestId             the solve this analyses
 * @param eigenvalues           spectrum of H, ascending
 * @param smallestPositive      λ_{2N−1}, the smallest positive eigenvalue
 * @param conditionNumber       λ_max / λ_{2N−1}
 * @param threshold             truncation threshold τ of the pseudo-inverse (absolute)
 * @param truncatedCount        eigenvalues at or below τ, dropped by the truncated pseudo-inverse
 * @param hessianMarginalError  Prop. 4 check ‖E‖_F of the truncated-eigen Hessian, NaN when not computed
 * @param circleReference       closed-form λ_{2N−1} for N = n points on the unit circle at the same relative ε
 * @param notes                 why parts were skipped, or the derivatives' reliability warnings
 */
public record SpectrumView(long requestId, double[] eigenvalues, double smallestPositive, double conditionNumber,
                           double threshold, int truncatedCount, double hessianMarginalError, double circleReference,
                           List<String> notes) {
}
