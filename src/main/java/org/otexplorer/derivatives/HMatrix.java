package org.otexplorer.derivatives;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.otexplorer.engine.TransportPlan;

/**
 * The H-matrix of an entropic plan (math.md §4.1):
 * <pre>
 *     H = [ diag(P 1)   P          ]
 *         [ Pᵀ          diag(Pᵀ 1) ]        ((N+M) × (N+M), no 1/ε factor)
 * </pre>
 * built with the plan's actual row and column sums. H is symmetric positive semidefinite; when P > 0 its
 * null space is spanned by {@code v = [1_N; −1_M]} (§4.2). The Jacobian of the marginal map
 * {@code (f, g) ↦ (P1, Pᵀ1)} is H/ε.
 */
public final class HMatrix {
    private final TransportPlan plan;
    private final double[] rowSums;
    private final double[] columnSums;
    private double[] spectrum;

    private HMatrix(TransportPlan plan) {
        this.plan = plan;
        this.rowSums = plan.rowSums();
        this.columnSums = plan.columnSums();
    }

    /** The H-matrix of a plan; the plan must be finite and non-negative. */
    public static HMatrix of(TransportPlan plan) {
        for (double p : plan.values()) {
            if (!(p >= 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("the plan has a negative or non-finite entry (" + p
                        + "); the H-matrix needs a valid plan");
            }
        }
        return new HMatrix(plan);
    }

    public TransportPlan plan() {
        return plan;
    }

    /** N + M. */
    public int size() {
        return plan.n() + plan.m();
    }

    /** Actual source marginal a^P = P1 (the f-block diagonal). */
    public double[] rowSums() {
        return rowSums.clone();
    }

    /** Actual target marginal b^P = Pᵀ1 (the g-block diagonal). */
    public double[] columnSums() {
        return columnSums.clone();
    }

    /** H as a dense matrix. */
    public DMatrixRMaj toDense() {
        int n = plan.n();
        int m = plan.m();
        DMatrixRMaj h = new DMatrixRMaj(n + m, n + m);
        for (int i = 0; i < n; i++) {
            h.unsafe_set(i, i, rowSums[i]);
            for (int j = 0; j < m; j++) {
                double p = plan.get(i, j);
                h.unsafe_set(i, n + j, p);
                h.unsafe_set(n + j, i, p);
            }
        }
        for (int j = 0; j < m; j++) {
            h.unsafe_set(n + j, n + j, columnSums[j]);
        }
        return h;
    }

    /** {@code H·x} in O(NM) without forming H. */
    public double[] multiply(double[] x) {
        int n = plan.n();
        int m = plan.m();
        if (x.length != n + m) {
            throw new IllegalArgumentException("vector has " + x.length + " entries, H is " + (n + m) + " square");
        }
        double[] y = new double[n + m];
        for (int i = 0; i < n; i++) {
            double s = rowSums[i] * x[i];
            double xi = x[i];
            for (int j = 0; j < m; j++) {
                double p = plan.get(i, j);
                s += p * x[n + j];
                y[n + j] += p * xi;
            }
            y[i] = s;
        }
        for (int j = 0; j < m; j++) {
            y[n + j] += columnSums[j] * x[n + j];
        }
        return y;
    }

    /** All eigenvalues, sorted ascending (EJML's symmetric eigendecomposition promises no order). */
    public double[] spectrum() {
        if (spectrum == null) {
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(size(), false, true);
            if (!eig.decompose(toDense())) {
                throw new IllegalStateException("the symmetric eigendecomposition of H did not converge");
            }
            double[] values = new double[size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = eig.getEigenvalue(k).getReal();
            }
            Arrays.sort(values);
            spectrum = values;
        }
        return spectrum.clone();
    }

    /** λ_{2N−1}: the smallest positive eigenvalue, the second smallest since zero is simple when P > 0 (§4.2). */
    public double smallestPositiveEigenvalue() {
        return spectrum()[1];
    }

    /**
     * λ_max / λ_{2N−1}, the effective condition number on the range of H; infinite when round-off leaves
     * λ_{2N−1} ≤ 0, i.e. H has a second (numerically) zero eigenvalue because the plan's support splits.
     */
    public double conditionNumber() {
        double[] s = spectrum();
        return s[1] > 0 ? s[s.length - 1] / s[1] : Double.POSITIVE_INFINITY;
    }
}
