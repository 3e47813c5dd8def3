package org.otexplorer.engine;

/**
 * The state of IPOT (thesis Algorithm 1) between proximal steps: the current plan T and the carried-over
 * column scaling σ. Two implementations run the same iteration: {@link IpotScalingIterate} with the kernel
 * {@code G = exp(−C/β)} (fast, needs {@code exp(−range/β)} above underflow) and {@link IpotLogDomainIterate}
 * with potentials (any β).
 */
interface IpotIterate {
    /**
     * One proximal step: {@code Q = G ⊙ T}, L scalings {@code δ = a/(Qσ)}, {@code σ = b/(Qᵀδ)}, then
     * {@code T ← diag(δ) Q diag(σ)}.
     *
     * @return false if the step left the floating-point range (T is then still the previous plan)
     */
    boolean advance();

    /** The current plan T (row-major, shared: copy before keeping). */
    double[] plan();

    /** {@code ||T1 − a||₁ + ||Tᵀ1 − b||₁} of the current plan (after at least one step). */
    double marginalError();

    /** {@code <C,T>} of the current plan (after at least one step). */
    double transportCost();

    /** Inner half-step pairs the last step ran (L, or fewer when an inner tolerance was met). */
    int lastInnerIterations();

    /** Row marginal error at the end of the last step's inner solve, or NaN when no inner tolerance is set. */
    double lastInnerError();
}
