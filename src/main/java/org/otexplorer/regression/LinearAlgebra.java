package org.otexplorer.regression;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Small dense helpers for the regression layer (row arrays in, row arrays out). */
public final class LinearAlgebra {
    private LinearAlgebra() {
    }

    /** X Θ. */
    public static double[][] multiply(double[][] x, double[][] theta) {
        int n = x.length;
        int p = theta.length;
        int q = theta[0].length;
        double[][] out = new double[n][q];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < p; a++) {
                double xia = x[i][a];
                for (int t = 0; t < q; t++) {
                    out[i][t] += xia * theta[a][t];
                }
            }
        }
        return out;
    }

    /**
     * Ridge least squares {@code argmin ||XΘ − Y||² + λ||Θ||²} via the normal equations; λ = 0 is ordinary
     * least squares.
     *
     * @throws IllegalArgumentException when XᵀX + λI is singular
     */
    public static double[][] leastSquares(double[][] x, double[][] y, double lambda) {
        int p = x[0].length;
        int q = y[0].length;
        DMatrixRMaj xm = new DMatrixRMaj(x);
        DMatrixRMaj ym = new DMatrixRMaj(y);
        DMatrixRMaj xtx = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransA(xm, xm, xtx);
        for (int a = 0; a < p; a++) {
            xtx.add(a, a, lambda);
        }
        DMatrixRMaj xty = new DMatrixRMaj(p, q);
        CommonOps_DDRM.multTransA(xm, ym, xty);
        DMatrixRMaj theta = new DMatrixRMaj(p, q);
        if (!CommonOps_DDRM.solve(xtx, xty, theta)) {
            throw new IllegalArgumentException("the least-squares normal equations are singular (too few distinct inputs)");
        }
        double[][] out = new double[p][q];
        for (int a = 0; a < p; a++) {
            for (int t = 0; t < q; t++) {
                out[a][t] = theta.get(a, t);
            }
        }
        return out;
    }

    /** Frobenius norm. */
    public static double norm(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }

    /** A deep copy. */
    public static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** {@code ||y_j − x_iΘ||²} for every input i and output j, row-major n×n: the assignment cost of a pairing. */
    public static double[] pairwiseSquaredResiduals(double[][] x, double[][] y, double[][] theta) {
        double[][] pred = multiply(x, theta);
        int n = x.length;
        int m = y.length;
        double[] r = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int t = 0; t < y[0].length; t++) {
                    double d = pred[i][t] - y[j][t];
                    s += d * d;
                }
                r[i * m + j] = s;
            }
        }
        return r;
    }
}
