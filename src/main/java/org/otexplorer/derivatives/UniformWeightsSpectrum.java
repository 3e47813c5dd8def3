package org.otexplorer.derivatives;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.otexplorer.engine.TransportPlan;

/**
 * The H-matrix spectrum for uniform weights from the singular values σ_k of the plan (math.md §4.2):
 * with α = 1/N, β = 1/M and N ≤ M,
 * {@code spec(H) = {(α + β ± sqrt((α − β)² + 4σ_k²))/2 : k = 1..N} ∪ {β (multiplicity M − N)}}
 * (the roles swap when N > M). For N = M this is {@code {(1 ± σ_k(NP))/N}}.
 */
public final class UniformWeightsSpectrum {
    private UniformWeightsSpectrum() {
    }

    /** The predicted eigenvalues, ascending, for a plan whose marginals are uniform. */
    public static double[] fromPlan(TransportPlan plan) {
        int n = plan.n();
        int m = plan.m();
        int small = Math.min(n, m);
        double alpha = 1.0 / n;
        double beta = 1.0 / m;
        double[] sigma = SingularOps_DDRM.singularValues(new DMatrixRMaj(n, m, true, plan.values().clone()));
        double[] out = new double[n + m];
        int k = 0;
        for (int i = 0; i < small; i++) {
            double s = i < sigma.length ? sigma[i] : 0;
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
