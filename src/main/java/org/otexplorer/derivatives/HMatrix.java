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
    /** The eigenvectors (columns, in {@link #spectrum}'s order) once {@link #eigenvectors} decomposed H. */
    private DMatrixRMaj vectors;

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

    /**
     * All eigenvalues, sorted ascending (EJML's symmetric eigendecomposition promises no order); from the
     * decomposition {@link #eigenvectors} made, if it ran, so that H is decomposed once.
     */
    public double[] spectrum() {
        if (spectrum == null) {
            decompose(false);
        }
        return spectrum.clone();
    }

    /**
     * The orthonormal eigenvectors of H as the columns of an (N+M)×(N+M) matrix, column k belonging to
     * {@code spectrum()[k]}; the one dense decomposition that {@link #spectrum} then shares.
     */
    DMatrixRMaj eigenvectors() {
        if (vectors == null) {
            decompose(true);
        }
        return vectors;
    }

    private void decompose(boolean withVectors) {
        int size = size();
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(size, withVectors, true);
        if (!eig.decompose(toDense())) {
            throw new IllegalStateException("the symmetric eigendecomposition of H did not converge");
        }
        Integer[] order = new Integer[size];
        double[] values = new double[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
            values[k] = eig.getEigenvalue(k).getReal();
        }
        Arrays.sort(order, (i, j) -> Double.compare(values[i], values[j]));
        spectrum = new double[size];
        DMatrixRMaj v = withVectors ? new DMatrixRMaj(size, size) : null;
        for (int k = 0; k < size; k++) {
            spectrum[k] = values[order[k]];
            if (withVectors) {
                DMatrixRMaj vk = eig.getEigenVector(order[k]);
                for (int row = 0; row < size; row++) {
                    v.unsafe_set(row, k, vk.get(row));
                }
            }
        }
        vectors = v;
    }

    /**
     * The spectrum of {@code H₀ = [[ᾱ I, P], [Pᵀ, β̄ I]]}, H with each diagonal block replaced by the mean of its
     * entries, from the singular values σ_k of P alone (math.md §4.2:
     * {@code λ = (ᾱ + β̄)/2 ± sqrt(((ᾱ − β̄)/2)² + σ_k²)}, and β̄ or ᾱ for the larger side's extra M − N or
     * N − M), about four times cheaper than the dense decomposition of H at N = M = 300. By Weyl's inequality
     * every eigenvalue of H lies within {@link #scalarBlockBound} of the same-ranked one returned here.
     */
    public double[] scalarBlockSpectrum() {
        return UniformWeightsSpectrum.of(plan, mean(rowSums), mean(columnSums));
    }

    /**
     * {@code ‖H − H₀‖₂ = max(max_i |a^P_i − ᾱ|, max_j |b^P_j − β̄|)}: how far, at most, an eigenvalue of H lies
     * from {@link #scalarBlockSpectrum}'s (Weyl); zero when both marginals are exactly uniform.
     */
    public double scalarBlockBound() {
        return Math.max(largestDeviation(rowSums), largestDeviation(columnSums));
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    private static double largestDeviation(double[] values) {
        double mean = mean(values);
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v - mean));
        }
        return largest;
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
        return conditionNumber(spectrum());
    }

    /** {@link #conditionNumber()} of an ascending spectrum of H however it was computed. */
    public static double conditionNumber(double[] ascending) {
        return ascending[1] > 0 ? ascending[ascending.length - 1] / ascending[1] : Double.POSITIVE_INFINITY;
    }
}
