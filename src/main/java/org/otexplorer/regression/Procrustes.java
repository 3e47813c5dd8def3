package org.otexplorer.regression;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The closed-form least-squares similarity {@code argmin_{s,R,t} Σ_i ||y_i − (s R u_i + t)||²} of paired
 * points (Umeyama 1991, the scaled orthogonal Procrustes problem): with the means μ_u, μ_y, the
 * cross-covariance {@code Σ = (1/n) Σ_i (y_i − μ_y)(u_i − μ_u)ᵀ = U D Vᵀ} (SVD, D descending), the input
 * variance {@code σ_u² = (1/n) Σ_i ||u_i − μ_u||²} and {@code S = diag(1, …, 1, sign(det U · det V))}:
 * <pre>  R = U S Vᵀ,   s = tr(D S) / σ_u²,   t = μ_y − s R μ_u.</pre>
 * It is the global minimiser that {@link LeastSquaresFit} polishes for the {@link SimilarityModel}; a local
 * search from the identity can instead end with s → 0 when the rotation is large. (Written by the
 * {@code similarity} helper session.)
 */
final class Procrustes {
    /** Smallest scale returned (uncorrelated pairs give s ≈ 0, whose log would be −∞). */
    static final double MIN_SCALE = 1e-12;

    private Procrustes() {
    }

    /**
     * Θ of the least-squares similarity in the {@link SimilarityModel} packing.
     *
     * @throws IllegalArgumentException unless the points are 2-D or 3-D, paired, and the inputs not all equal
     */
    static double[][] fit(double[][] u, double[][] y) {
        int n = u.length;
        if (n == 0 || y.length != n || (u[0].length != 2 && u[0].length != 3) || y[0].length != u[0].length) {
            throw new IllegalArgumentException("Procrustes needs as many 2-D or 3-D outputs as inputs of the same width");
        }
        int q = u[0].length;
        double[] mu = mean(u);
        double[] my = mean(y);
        DMatrixRMaj cov = new DMatrixRMaj(q, q);
        double variance = 0;
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < q; r++) {
                variance += (u[i][r] - mu[r]) * (u[i][r] - mu[r]) / n;
                for (int c = 0; c < q; c++) {
                    cov.add(r, c, (y[i][r] - my[r]) * (u[i][c] - mu[c]) / n);
                }
            }
        }
        if (!(variance > 0)) {
            throw new IllegalArgumentException("Procrustes needs inputs that are not all the same point");
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(q, q, true, true, false);
        if (!svd.decompose(cov.copy())) {
            throw new IllegalStateException("the SVD of the cross-covariance failed");
        }
        DMatrixRMaj uu = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj vv = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(uu, false, w, vv, false);
        double sign = CommonOps_DDRM.det(uu) * CommonOps_DDRM.det(vv) < 0 ? -1 : 1;
        DMatrixRMaj s = CommonOps_DDRM.identity(q);
        s.set(q - 1, q - 1, sign);
        DMatrixRMaj us = new DMatrixRMaj(q, q);
        CommonOps_DDRM.mult(uu, s, us);
        DMatrixRMaj rot = new DMatrixRMaj(q, q);
        CommonOps_DDRM.multTransB(us, vv, rot);
        double trace = 0;
        for (int k = 0; k < q; k++) {
            trace += w.get(k, k) * s.get(k, k);
        }
        double scale = Math.max(MIN_SCALE, trace / variance);
        double[][] r = new double[q][q];
        double[] t = new double[q];
        for (int a = 0; a < q; a++) {
            t[a] = my[a];
            for (int b = 0; b < q; b++) {
                r[a][b] = rot.get(a, b);
                t[a] -= scale * r[a][b] * mu[b];
            }
        }
        return SimilarityModel.pack(r, scale, t);
    }

    private static double[] mean(double[][] points) {
        double[] m = new double[points[0].length];
        for (double[] p : points) {
            for (int k = 0; k < m.length; k++) {
                m[k] += p[k] / points.length;
            }
        }
        return m;
    }
}
