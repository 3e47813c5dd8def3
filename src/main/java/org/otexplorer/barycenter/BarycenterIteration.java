package org.otexplorer.barycenter;

/**
 * A barycenter iteration driven one step at a time (for play / pause / step and histories). The plans are
 * {@code Γ_k = exp((F_k ⊕ G_k − C)/ε)} with rows on the barycenter q and columns on the input {@code p_k}.
 */
public interface BarycenterIteration {
    /** One step (one IBP sweep, or one proximal step of L sweeps). */
    void step();

    /** Steps taken. */
    int iteration();

    /** The regularisation of the current plans: ε for IBP, {@code β/t} for IPOT. */
    double epsilon();

    /** The current barycenter q (a fresh array; its mass is one up to the marginal error). */
    double[] barycenter();

    /**
     * {@code Σ_k λ_k (||Γ_k 1 − q||₁ + ||Γ_kᵀ 1 − p_k||₁)}: how far the current plans are from the constraints
     * (after at least one step).
     */
    double marginalError();

    /**
     * {@code max_i |Σ_k λ_k F_k,i| / ε = max_i |log Π_k a_k,i^{λ_k}|} for the scalings {@code a_k = exp(F_k/ε)}: zero
     * when the consensus condition of the barycenter holds (math.md §16.4).
     */
    double consensusGap();

    /** A short name with the parameters, e.g. "IPOT beta = 0.002, L = 1 (consensus order)". */
    String label();
}
