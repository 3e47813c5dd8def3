package org.otexplorer.derivatives;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.otexplorer.engine.TransportPlan;

/**
 * The H-matrix spectrum for uniform weights from the singular values σ_k of the plan (math.md §4.2):
 * with α = 1/N, β = 1/M and N ≤ M,
 * {@code spec(H) = {(α + β ± sqrt((α − β)² + 4σ_k²))/2 : k = 1..N} ∪ {β (multiplicity M − N)}}
 * (the roles swap when N > M). For N = M this is {@code {(1 ± σ_k(NP))/N}}. The same formula holds for any
 * scalar diagonal blocks α I and β I ({@link HMatrix#scalarBlockSpectrum}).
 */
public final class UniformWeightsSpectrum {
    private UniformWeightsSpectrum() {
    }

    /** The predicted eigenvalues, ascending, for a plan whose marginals are uniform. */
    public static double[] fromPlan(TransportPlan plan) {
        return of(plan, 1.0 / plan.n(), 1.0 / plan.m());
    }

    /**
     * The eigenvalues, ascending, of {@code [[α I, P], [Pᵀ, β I]]} from the singular values of P (values only:
     * the compact SVD without U and V, the cheapest route).
     */
    static double[] of(TransportPlan plan, double alpha, double beta) {
        int n = plan.n();
        int m = plan.m();
        int small = Math.min(n, m);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, m, false, false, true);
        if (!svd.decompose(new DMatrixRMaj(n, m, true, plan.values().clone()))) {
            throw new IllegalStateException("the singular value decomposition of the plan did not converge");
        }
        double[] sigma = svd.getSingularValues();
        double[] out = new double[n + m];
        int k = 0;
        for (int i = 0; i < small; i++) {
            double s = i < svd.numberOfSingularValues() ? sigma[i] : 0;
            double root = Math.sqrt((alpha - beta) * (alpha - beta) + 4 * s * s);
            out[k++] = (alpha + beta + root) / 2;
            out[k++] = (alpha + beta - root) / 2;
        }
        double extra = n <= m ? beta : alpha;
        while (k < out.length) {
            out[k++] = extra;
        }
        Arrays.sort(out);
        return out;
    }
}
