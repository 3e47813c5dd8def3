package org.otexplorer.ipot;

/**
 * One method's record in the convergence race (Fig. 2.2, 2.4): at each recorded iteration, the transport cost
 * {@code <C,P>}, the marginal error {@code ||P1 − a||₁ + ||Pᵀ1 − b||₁}, the support size (entries above the race's
 * threshold) and the mass off the exact plan's support.
 *
 * @param method      "ipot" or "sinkhorn"
 * @param label       the parameters in words, e.g. "IPOT beta = 0.1, L = 1"
 * @param parameter   β for IPOT, ε for Sinkhorn
 * @param inner       IPOT's inner iterations L (0 for Sinkhorn)
 * @param iterations  the recorded iterations (every one for IPOT, a ladder for Sinkhorn), ascending
 * @param converged   whether the method met the race's marginal-error tolerance within its budget
 */
public record ConvergenceCurve(String method, String label, double parameter, int inner, int[] iterations,
                               double[] transportCosts, double[] marginalErrors, int[] supportSizes,
                               double[] massOffExactSupport, boolean converged) {
    /** {@code |W − W_LP|} at each recorded iteration. */
    public double[] costGaps(double exactCost) {
        double[] gap = new double[transportCosts.length];
        for (int k = 0; k < gap.length; k++) {
            gap[k] = Math.abs(transportCosts[k] - exactCost);
        }
        return gap;
    }

    /** The last recorded marginal error. */
    public double finalMarginalError() {
        return marginalErrors[marginalErrors.length - 1];
    }

    /** The last recorded iteration. */
    public int finalIteration() {
        return iterations[iterations.length - 1];
    }

    /** The last recorded transport cost. */
    public double finalTransportCost() {
        return transportCosts[transportCosts.length - 1];
    }
}
