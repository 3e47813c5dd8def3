package org.otexplorer.derivatives;

import org.ejml.data.DMatrixRMaj;
import org.otexplorer.engine.TransportPlan;

/**
 * The authors' truncated eigen pseudo-inverse of H (math.md §4.3 option 1): {@code H = V Λ Vᵀ}, eigenpairs
 * with λ > τ (absolute) kept, the rest dropped. Used for the regularisation study and as the fall-back when
 * H has more than one numerically zero eigenvalue (a plan whose support splits into blocks), where the
 * deflated Schur complement is not positive definite.
 */
public final class TruncatedPseudoInverse {
    /** The authors' threshold {@code svd_thr}. */
    public static final double DEFAULT_THRESHOLD = 1e-10;

    private final DMatrixRMaj vectors;
    private final double[] values;
    private final double tau;

    private TruncatedPseudoInverse(DMatrixRMaj vectors, double[] values, double tau) {
        this.vectors = vectors;
        this.values = values;
        this.tau = tau;
    }

    /** Decomposes the H-matrix of the plan. */
    public static TruncatedPseudoInverse of(TransportPlan plan, double tau) {
        return of(HMatrix.of(plan), tau);
    }

    /** From the decomposition of {@code h}, which its {@link HMatrix#spectrum} then shares (one decomposition). */
    public static TruncatedPseudoInverse of(HMatrix h, double tau) {
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("the truncation threshold tau must be a finite number >= 0, got " + tau);
        }
        return new TruncatedPseudoInverse(h.eigenvectors(), h.spectrum(), tau);
    }

    /** {@code F = V diag(w)}, {@code w_k = λ_k^{−1/2}} for λ_k > τ else 0, so that {@code F Fᵀ = H⁺_τ} (§5.3 step 3). */
    public DMatrixRMaj rootFactor() {
        int size = values.length;
        DMatrixRMaj f = new DMatrixRMaj(size, size);
        for (int k = 0; k < size; k++) {
            if (values[k] > tau) {
                double w = 1 / Math.sqrt(values[k]);
                for (int row = 0; row < size; row++) {
                    f.unsafe_set(row, k, vectors.unsafe_get(row, k) * w);
                }
            }
        }
        return f;
    }

    /** {@code H⁺_τ r}. */
    public double[] solve(double[] r) {
        int size = values.length;
        double[] z = new double[size];
        for (int k = 0; k < size; k++) {
            if (values[k] > tau) {
                double c = 0;
                for (int row = 0; row < size; row++) {
                    c += vectors.unsafe_get(row, k) * r[row];
                }
                c /= values[k];
                for (int row = 0; row < size; row++) {
                    z[row] += c * vectors.unsafe_get(row, k);
                }
            }
        }
        return z;
    }
}
