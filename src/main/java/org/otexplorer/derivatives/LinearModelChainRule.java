package org.otexplorer.derivatives;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Chain rule from the source points to the parameters of a linear model {@code Ŷ = X Θ} (math.md §7):
 * X is the n×p design, Θ is p×q, and the predictions Ŷ are the source points of the OT problem.
 * <pre>
 *   ∇_Θ L = Xᵀ G,                                   G = ∇_Ŷ W (n×q)
 *   Hess_Θ[(p,t), (r,s)] = Σ_{k,l} X_kp X_lr Hess[k·q + t, l·q + s]     (no second-order term: Ŷ is linear in Θ)
 * </pre>
 * Parameters are flattened with index {@code p·q + t}. The Newton direction solves {@code Hess_Θ Δ = ∇_Θ L}.
 */
public final class LinearModelChainRule {
    private LinearModelChainRule() {
    }

    /** {@code Xᵀ G} (p×q). */
    public static double[][] parameterGradient(double[][] design, double[][] pointGradient) {
        int n = design.length;
        int p = design[0].length;
        int q = pointGradient[0].length;
        if (pointGradient.length != n) {
            throw new IllegalArgumentException("design has " + n + " rows but the gradient has " + pointGradient.length);
        }
        double[][] out = new double[p][q];
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < p; a++) {
                for (int t = 0; t < q; t++) {
                    out[a][t] += design[k][a] * pointGradient[k][t];
                }
            }
        }
        return out;
    }

    /** {@code (X ⊗ I_q)ᵀ Hess (X ⊗ I_q)}, the (pq)×(pq) parameter Hessian. */
    public static DMatrixRMaj parameterHessian(double[][] design, DMatrixRMaj pointHessian, int q) {
        int n = design.length;
        int p = design[0].length;
        if (pointHessian.numRows != n * q) {
            throw new IllegalArgumentException("point Hessian is " + pointHessian.numRows + " square, expected " + n * q);
        }
        DMatrixRMaj lift = new DMatrixRMaj(n * q, p * q);
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < p; a++) {
                for (int t = 0; t < q; t++) {
                    lift.unsafe_set(k * q + t, a * q + t, design[k][a]);
                }
            }
        }
        DMatrixRMaj hl = new DMatrixRMaj(n * q, p * q);
        CommonOps_MT_DDRM.mult(pointHessian, lift, hl);
        DMatrixRMaj out = new DMatrixRMaj(p * q, p * q);
        CommonOps_MT_DDRM.multTransA(lift, hl, out);
        return out;
    }

    /** Δ with {@code Hess_Θ Δ = ∇_Θ L} (p×q). */
    public static double[][] newtonDirection(DMatrixRMaj parameterHessian, double[][] parameterGradient) {
        int p = parameterGradient.length;
        int q = parameterGradient[0].length;
        DMatrixRMaj g = new DMatrixRMaj(p * q, 1);
        for (int a = 0; a < p; a++) {
            for (int t = 0; t < q; t++) {
                g.set(a * q + t, parameterGradient[a][t]);
            }
        }
        DMatrixRMaj delta = new DMatrixRMaj(p * q, 1);
        if (!CommonOps_DDRM.solve(parameterHessian, g, delta)) {
            throw new IllegalArgumentException("the parameter Hessian is singular; no Newton direction");
        }
        double[][] out = new double[p][q];
        for (int a = 0; a < p; a++) {
            for (int t = 0; t < q; t++) {
                out[a][t] = delta.get(a * q + t);
            }
        }
        return out;
    }

    /** The smallest eigenvalue of a symmetric parameter Hessian (the switch test of SGD-then-Newton, §8.1). */
    public static double smallestEigenvalue(DMatrixRMaj parameterHessian) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(parameterHessian.numRows, false, true);
        if (!eig.decompose(parameterHessian.copy())) {
            throw new IllegalStateException("the eigendecomposition of the parameter Hessian did not converge");
        }
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < parameterHessian.numRows; k++) {
            min = Math.min(min, eig.getEigenvalue(k).getReal());
        }
        return min;
    }
}
