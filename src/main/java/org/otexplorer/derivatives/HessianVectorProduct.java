package org.otexplorer.derivatives;

import org.otexplorer.engine.TransportPlan;

/**
 * The Hessian of W applied to a direction A (N×d) in O(NM) memory (math.md §5.5):
 * {@code Hess·A = (1/ε) Rᵀz + T2·A} with {@code H z = R A}, the f-block eliminated by its diagonal and
 * {@code S z2 = r2 − Pᵀ(r1/a^P)} solved by Jacobi-preconditioned conjugate gradients with the matrix-free product
 * {@code S x = b^P∘x + ε τ2 x − Pᵀ((P x)/a^P)}.
 */
final class HessianVectorProduct {
    /** CG stops at this residual relative to the right-hand side. */
    private static final double CG_TOLERANCE = 1e-14;
    /** A final relative residual above this means the solve failed (H too close to singular). */
    private static final double CG_GIVE_UP = 1e-8;

    private final double[][] x;
    private final double[][] y;
    private final TransportPlan plan;
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
        this.plan = plan;
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

    /**
     * Jacobi-preconditioned CG on {@code S z = b}. With τ2 = 0, b is orthogonal to the null vector 1 of S, so
     * the system is consistent; a component of z along 1 is harmless, since it moves [z1; z2] along H's null
     * vector v, which Rᵀ annihilates. A solve that stalls above {@link #CG_GIVE_UP} is refused, naming λ_{2N−1}.
     */
    private double[] conjugateGradient(double[] b, double tau2) {
        double[] inverseDiagonal = inverseSchurDiagonal(tau2);
        double[] z = new double[m];
        double[] r = b.clone();
        double[] precond = times(inverseDiagonal, r);
        double[] dir = precond.clone();
        double rz = dot(r, precond);
        double bNorm = Math.sqrt(dot(b, b));
        double residual = bNorm;
        for (int it = 0; it < 4 * m + 10 && residual > CG_TOLERANCE * bNorm; it++) {
            double[] sd = schurTimes(dir, tau2);
            double alpha = rz / dot(dir, sd);
            for (int j = 0; j < m; j++) {
                z[j] += alpha * dir[j];
                r[j] -= alpha * sd[j];
            }
            precond = times(inverseDiagonal, r);
            double rzNew = dot(r, precond);
            double beta = rzNew / rz;
            rz = rzNew;
            for (int j = 0; j < m; j++) {
                dir[j] = precond[j] + beta * dir[j];
            }
            residual = Math.sqrt(dot(r, r));
        }
        if (!(residual <= CG_GIVE_UP * bNorm)) {
            throw new ArithmeticException("conjugate gradients on the Schur complement stalled at relative residual "
                    + residual / bNorm + " (H is near-singular: lambda_{2N-1} = "
                    + HMatrix.of(plan).smallestPositiveEigenvalue() + ")");
        }
        return z;
    }

    /** {@code 1/diag(S)}, {@code S_jj = b^P_j + ε τ2 − Σ_k P_kj²/a^P_k}: the Jacobi preconditioner. */
    private double[] inverseSchurDiagonal(double tau2) {
        double[] diag = new double[m];
        for (int j = 0; j < m; j++) {
            diag[j] = colSums[j] + eps * tau2;
        }
        for (int k = 0; k < n; k++) {
            double inv = 1 / rowSums[k];
            for (int j = 0; j < m; j++) {
                double pkj = p[k * m + j];
                diag[j] -= pkj * pkj * inv;
            }
        }
        for (int j = 0; j < m; j++) {
            diag[j] = diag[j] > 0 ? 1 / diag[j] : 1;
        }
        return diag;
    }

    private static double[] times(double[] diagonal, double[] v) {
        double[] out = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = diagonal[j] * v[j];
        }
        return out;
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
