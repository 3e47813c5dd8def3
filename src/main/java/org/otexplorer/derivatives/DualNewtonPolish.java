package org.otexplorer.derivatives;

import org.otexplorer.engine.SinkhornNewton;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * Newton polish of converged Sinkhorn potentials (math.md §2.3, §2.4): the marginal map
 * {@code (f, g) ↦ (P1 − a, Pᵀ1 − b)} has Jacobian H/ε, so {@code (f, g) ← (f, g) − ε H⁺ r} converges
 * quadratically. A few steps take a plan from 1e-9 to ~1e-16 marginal error, which the finite-difference checks of
 * the derivatives need. The steps are the engine's ({@link SinkhornNewton#polish}: matrix-free conjugate gradients
 * on the sparsified H, a line search); this is the derivatives' entry point to them.
 */
public final class DualNewtonPolish {
    private DualNewtonPolish() {
    }

    /**
     * Polishes an entropic result on its problem until a step no longer halves the marginal error; returns the input
     * when no step lowered it.
     *
     * @throws IllegalArgumentException when the result has no potentials (not an entropic method)
     */
    public static TransportResult polish(TransportProblem problem, TransportResult result) {
        return polish(problem, result, 0);
    }

    /**
     * Newton steps until the marginal error is at most {@code tolerance} (or stops falling): finishes a Sinkhorn
     * solve that crawls near its tolerance.
     *
     * @throws IllegalArgumentException when the result has no potentials (not an entropic method)
     */
    public static TransportResult polish(TransportProblem problem, TransportResult result, double tolerance) {
        return SinkhornNewton.polish(problem, result, tolerance);
    }
}
