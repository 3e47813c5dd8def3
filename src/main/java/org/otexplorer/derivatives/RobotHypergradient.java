package org.otexplorer.derivatives;

import org.otexplorer.engine.TransportPlan;

/**
 * The ROBOT hypergradient (Xie, Mao et al. 2021, Theorem 3; math.md §6.1): for any loss of the entropic
 * plan, L = L(P(C)), with G = dL/dP,
 * <pre>
 *   GP = G∘P,  [α; β] = H⁺ [GP·1; GPᵀ·1],  dL/dC = (1/ε)(−GP + P∘(α1ᵀ + 1βᵀ)).
 * </pre>
 * One linear solve with H (the right-hand side is orthogonal to H's null vector), here by
 * {@link HMatrixSolver} (or {@link TruncatedPseudoInverse} when H splits into blocks); the authors drop the
 * last column instead, which gives the same α_i + β_j.
 */
public final class RobotHypergradient {
    private RobotHypergradient() {
    }

    /**
     * dL/dC for a loss with gradient {@code lossGradient} = dL/dP (row-major N×M) at the plan P.
     *
     * @return dL/dC, row-major N×M
     */
    public static double[] costGradient(TransportPlan plan, double epsilon, double[] lossGradient) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("the hypergradient needs epsilon > 0, got " + epsilon);
        }
        int n = plan.n();
        int m = plan.m();
        if (lossGradient.length != n * m) {
            throw new IllegalArgumentException("dL/dP has " + lossGradient.length + " entries, the plan " + n + "x" + m);
        }
        double[] p = plan.values();
        double[] gp = new double[n * m];
        double[] rhs = new double[n + m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int k = i * m + j;
                gp[k] = lossGradient[k] * p[k];
                rhs[i] += gp[k];
                rhs[n + j] += gp[k];
            }
        }
        double[] ab = HMatrixSolver.solveWithFallback(plan, rhs);
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int k = i * m + j;
                out[k] = (-gp[k] + p[k] * (ab[i] + ab[n + j])) / epsilon;
            }
        }
        return out;
    }

    /**
     * d<C, P(C)>/dC, the gradient of the Sinkhorn distance in the cost (math.md §6.2):
     * {@code Γ = P + costGradient(G = C)} = {@code P∘(1 + (α_i + β_j − C_ij)/ε)}.
     */
    public static double[] sinkhornDistanceCostGradient(TransportPlan plan, double[] cost, double epsilon) {
        double[] gamma = costGradient(plan, epsilon, cost);
        double[] p = plan.values();
        for (int k = 0; k < gamma.length; k++) {
            gamma[k] += p[k];
        }
        return gamma;
    }
}
