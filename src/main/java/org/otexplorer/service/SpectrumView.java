package org.otexplorer.service;

import java.util.List;

/**
 * The H-matrix analysis of one entropic plan (math.md §4, §5.4, §10), as plain numbers.
 *
 * @param requestId             the request this answers
 * @param eigenvalues           spectrum of H, ascending
 * @param smallestPositive      λ_{2N−1}, the smallest positive eigenvalue
 * @param conditionNumber       λ_max / λ_{2N−1}
 * @param threshold             truncation threshold τ of the pseudo-inverse (absolute)
 * @param truncatedCount        eigenvalues at or below τ, dropped by the truncated pseudo-inverse
 * @param hessianMarginalError  Prop. 4 check ‖E‖_F of the truncated-eigen Hessian, NaN when not computed
 * @param circleReference       closed-form λ_{2N−1} for N = n points on the unit circle at the same relative ε
 * @param circleEpsilons        ε grid of the closed-form sweep on the unit circle (absolute ε on the circle)
 * @param circleOverEpsilon     closed-form λ_{2N−1} on the circle with this N, over {@code circleEpsilons}
 * @param circleSizes           N grid of the closed-form sweep
 * @param circleOverSize        closed-form λ_{2N−1} on the circle at this relative ε, over {@code circleSizes}
 * @param notes                 why parts were skipped, or the derivatives' reliability warnings
 */
public record SpectrumView(long requestId, double[] eigenvalues, double smallestPositive, double conditionNumber,
                           double threshold, int truncatedCount, double hessianMarginalError, double circleReference,
                           double[] circleEpsilons, double[] circleOverEpsilon, double[] circleSizes,
                           double[] circleOverSize, List<String> notes) {
}
