package org.otexplorer.derivatives;

import org.otexplorer.engine.TransportPlan;

/**
 * The Hessian of W applied to a direction A (N×d) in O(NM) memory (math.md §5.5):
 * {@code Hess·A = (1/ε) Rᵀz + T2·A} with {@code H z = R A}, the f-block eliminated by its diagonal and
 * {@code S z2 = r2 − Pᵀ(r1/a^P)} solved by conjugate gradients with the matrix-free product
 * {@code S x = b^P∘x + ε τ2 x − Pᵀ((P x)/a^P)}.
 */
final class HessianVectorProduct {
    /** CG stops at this relative residual. */
    private static final double CG_TOLERANCE = 1e-15;

    private final double[][] x;
    private final double[][] y;
    private final double[] p;
    private final double[] rowSums;
    private final double[] colSums;
    private final double eps;
    private final int n;
    private final int m;
    private final int d;

    HessianVectorProduct(double[][] x, double[][] y, TransportPlan plan, double[] rowSums, double eps) {
        this.x = x;
        this.y = y;
        this.p = plan.values();
        this.rowSums = rowSums;
        this.colSums = plan.columnSums();
        this.eps = eps;
        this.n = plan.n();
        this.m = plan.m();
        this.d = x[0].length;
    }

    double[][] apply(double[][] a, double tau2) {
        if (a.length != n || a[0].length != d) {
            throw new IllegalArgumentException("direction must be " + n + "x" + d + ", got " + a.length + "x" + a[0].length);
        }
        if (!(tau2 >= 0)) {
            throw new IllegalArgumentException("tau2 must be >= 0, got " + tau2);
        }
        double[] u = new double[n];
        double[] r1 = new double[n];
        double[] r2 = new double[m];
        for (int k = 0; k < n; k++) {
            u[k] = dot(x[k], a[k]);
            double aPy = 0;
            for (int j = 0; j < m; j++) {
                aPy += p[k * m + j] * dot(a[k], y[j]);
            }
            r1[k] = 2 * (rowSums[k] * u[k] - aPy);
        }
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < m; j++) {
                double pkj = p[k * m + j];
                r2[j] += 2 * pkj * (u[k] - dot(y[j], a[k]));
            }
        }
        double[] y1 = new double[n];
        for (int k = 0; k < n; k++) {
            y1[k] = r1[k] / rowSums[k];
        }
        double[] rhs = r2.clone();
        double[] pty1 = transposeTimes(y1);
        for (int j = 0; j < m; j++) {
            rhs[j] -= pty1[j];
        }
        double[] z2 = conjugateGradient(rhs, tau2);
        double[] pz2 = times(z2);
        double[][] out = new double[n][d];
        for (int k = 0; k < n; k++) {
            double z1 = y1[k] - pz2[k] / rowSums[k];
            double[] py = new double[d];
            double[] pzy = new double[d];
            for (int j = 0; j < m; j++) {
                double pkj = p[k * m + j];
                for (int t = 0; t < d; t++) {
                    py[t] += pkj * y[j][t];
                    pzy[t] += pkj * z2[j] * y[j][t];
                }
            }
            for (int t = 0; t < d; t++) {
                double rtz = 2 * (rowSums[k] * z1 * x[k][t] - z1 * py[t] + pz2[k] * x[k][t] - pzy[t]);
                out[k][t] = rtz / eps + 2 * rowSums[k] * a[k][t];
            }
            for (int j = 0; j < m; j++) {
                double w = 4 * p[k * m + j] / eps;
                double proj = 0;
                for (int t = 0; t < d; t++) {
                    proj += (x[k][t] - y[j][t]) * a[k][t];
                }
                for (int t = 0; t < d; t++) {
                    out[k][t] -= w * (x[k][t] - y[j][t]) * proj;
                }
            }
        }
        return out;
    }

    /** CG on {@code S z = b}; b is orthogonal to the null vector 1 of S when τ2 = 0, so CG stays in range(S). */
    private double[] conjugateGradient(double[] b, double tau2) {
        double[] z = new double[m];
        double[] r = b.clone();
        double[] dir = r.clone();
        double rr = dot(r, r);
        double stop = CG_TOLERANCE * CG_TOLERANCE * Math.max(rr, Double.MIN_NORMAL);
        for (int it = 0; it < 4 * m && rr > stop; it++) {
            double[] sd = schurTimes(dir, tau2);
            double alpha = rr / dot(dir, sd);
            for (int j = 0; j < m; j++) {
                z[j] += alpha * dir[j];
                r[j] -= alpha * sd[j];
            }
            double rrNew = dot(r, r);
            double beta = rrNew / rr;
            rr = rrNew;
            for (int j = 0; j < m; j++) {
                dir[j] = r[j] + beta * dir[j];
            }
        }
        return z;
    }

    private double[] schurTimes(double[] v, double tau2) {
        double[] pv = times(v);
        for (int k = 0; k < n; k++) {
            pv[k] /= rowSums[k];
        }
        double[] out = transposeTimes(pv);
        for (int j = 0; j < m; j++) {
            out[j] = colSums[j] * v[j] + eps * tau2 * v[j] - out[j];
        }
        return out;
    }

    /** P·v. */
    private double[] times(double[] v) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += p[k * m + j] * v[j];
            }
            out[k] = s;
        }
        return out;
    }

    /** Pᵀ·v. */
    private double[] transposeTimes(double[] v) {
        double[] out = new double[m];
        for (int k = 0; k < n; k++) {
            double vk = v[k];
            for (int j = 0; j < m; j++) {
                out[j] += p[k * m + j] * vk;
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
