package org.otexplorer.regression;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The Newton direction of SGD-then-Newton's second stage with its curvature safeguard (math.md §8.4): with the
 * parameter Hessian {@code Hess_Θ = V Λ Vᵀ} (pq×pq, index {@code a·q + t} as math.md §7),
 * <pre>
 *   Δ = V |Λ|⁻¹ Vᵀ ∇_Θ L,      |λ_i| floored at {@link #RELATIVE_FLOOR}·max|λ|
 * </pre>
 * When the Hessian is positive definite this is the plain Newton direction {@code Hess_Θ⁻¹ ∇_Θ L} of the
 * differentiation paper's relaxed Newton; otherwise negative eigenvalues are replaced by their magnitudes (the
 * "modified Newton" of Nocedal &amp; Wright §3.4, the saddle-free form), which keeps Δ a descent direction:
 * {@code ∇ᵀΔ = Σ (v_iᵀ∇)² / |λ_i| > 0} for any nonzero gradient. {@link #slope()} is that product; for a
 * positive-definite Hessian it is the squared Newton decrement, and half of it is the improvement the quadratic
 * model predicts for a full Newton step.
 */
final class ModifiedNewtonDirection {
    /** Eigenvalue magnitudes below this fraction of the largest are raised to it (a numerically zero curvature). */
    static final double RELATIVE_FLOOR = 1e-10;

    private final double[][] direction;
    private final double slope;
    private final double smallestEigenvalue;

    private ModifiedNewtonDirection(double[][] direction, double slope, double smallestEigenvalue) {
        this.direction = direction;
        this.slope = slope;
        this.smallestEigenvalue = smallestEigenvalue;
    }

    /**
     * The direction for a symmetric parameter Hessian and the gradient it belongs to (p×q).
     *
     * @throws IllegalStateException when the eigendecomposition fails or the Hessian is not finite
     */
    static ModifiedNewtonDirection of(DMatrixRMaj hessian, double[][] gradient) {
        int p = gradient.length;
        int q = gradient[0].length;
        int size = p * q;
        if (hessian.numRows != size || hessian.numCols != size) {
            throw new IllegalArgumentException("the parameter Hessian is " + hessian.numRows + "x" + hessian.numCols
                    + " but the gradient has " + size + " entries");
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(size, true, true);
        if (!eig.decompose(hessian.copy())) {
            throw new IllegalStateException("the eigendecomposition of the parameter Hessian did not converge");
        }
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            double lambda = eig.getEigenvalue(i).getReal();
            largest = Math.max(largest, Math.abs(lambda));
            smallest = Math.min(smallest, lambda);
        }
        if (!(largest > 0) || Double.isInfinite(largest)) {
            throw new IllegalStateException("the parameter Hessian has no finite nonzero eigenvalue (largest |λ| = "
                    + largest + ")");
        }
        double[] delta = new double[size];
        double slope = 0;
        for (int i = 0; i < size; i++) {
            double[] v = eig.getEigenVector(i).getData();
            double along = 0;
            for (int c = 0; c < size; c++) {
                along += v[c] * gradient[c / q][c % q];
            }
            double curvature = Math.max(Math.abs(eig.getEigenvalue(i).getReal()), RELATIVE_FLOOR * largest);
            slope += along * along / curvature;
            for (int c = 0; c < size; c++) {
                delta[c] += v[c] * along / curvature;
            }
        }
        double[][] direction = new double[p][q];
        for (int c = 0; c < size; c++) {
            direction[c / q][c % q] = delta[c];
        }
        return new ModifiedNewtonDirection(direction, slope, smallest);
    }

    /** Δ (p×q); the step is {@code Θ ← Θ − t Δ}. */
    double[][] direction() {
        return direction;
    }

    /** {@code ∇ᵀΔ ≥ 0}: the loss's rate of decrease along −Δ (the squared Newton decrement when positive definite). */
    double slope() {
        return slope;
    }

    /** The smallest eigenvalue of the Hessian (not floored, not made positive). */
    double smallestEigenvalue() {
        return smallestEigenvalue;
    }

    /** Whether every eigenvalue is positive, so that Δ is the paper's Newton direction. */
    boolean positiveDefinite() {
        return smallestEigenvalue > 0;
    }
}
