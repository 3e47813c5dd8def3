package org.otexplorer.derivatives;

/** How the one-dimensional null space of H is handled in the linear solves (math.md §4.3). */
public enum NullSpaceHandling {
    /**
     * Schur complement on the diagonal f-block with a deflated (SPD) M×M Cholesky factorisation
     * ({@link HMatrixSolver}); exact {@code H⁺} on the right-hand sides that occur. The default: fastest, no
     * eigendecomposition, no threshold.
     */
    DEFLATION,
    /**
     * The authors' truncated eigen pseudo-inverse: eigenpairs with λ > τ (absolute) are kept, the rest
     * dropped (the regularisation studied in the paper).
     */
    TRUNCATED_EIGEN,
    /** The "no regularisation" baseline: a plain LU solve on the singular H. */
    PLAIN_LU
}
