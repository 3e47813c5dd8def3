package org.otexplorer.derivatives;

import java.util.Arrays;
import org.otexplorer.engine.SchurConjugateGradient;
import org.otexplorer.engine.SparsePlan;
import org.otexplorer.engine.TransportPlan;

/**
 * The Hessian of W applied to a direction A (N×d) in O(NM) memory (math.md §5.5):
 * {@code Hess·A = (1/ε) Rᵀz + T2·A} with {@code H z = R A}, the f-block eliminated by its diagonal and
 * {@code S z2 = r2 − Pᵀ(r1/a^P)} solved by Jacobi-preconditioned conjugate gradients with the matrix-free product
 * {@code S x = b^P∘x + ε τ2 x − Pᵀ((P x)/a^P)} (the engine's {@link SchurConjugateGradient}, on every positive
 * entry of the plan).
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
        double[] rhs = new double[n + m];
        System.arraycopy(r1, 0, rhs, 0, n);
        System.arraycopy(r2, 0, rhs, n, m);
        double[] z = solve(rhs, tau2);
        double[] z2 = Arrays.copyOfRange(z, n, n + m);
        double[] pz2 = times(z2);
        double[][] out = new double[n][d];
        for (int k = 0; k < n; k++) {
            double z1 = z[k];
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
     * {@code z} with {@code (H + diag(0, ε τ2)) z = r} by CG on the Schur complement. With τ2 = 0, r = RA is
     * orthogonal to H's null vector v, so the system is consistent; a component of z along v is harmless, since Rᵀ
     * annihilates it. A solve that stalls above {@link #CG_GIVE_UP} is refused, naming λ_{2N−1}.
     */
    private double[] solve(double[] r, double tau2) {
        double[] shift = null;
        if (tau2 > 0) {
            shift = new double[m];
            Arrays.fill(shift, eps * tau2);
        }
        SchurConjugateGradient.Solution s = new SchurConjugateGradient(SparsePlan.of(plan), null, shift)
                .solve(r, CG_TOLERANCE, 4 * m + 10, () -> false);
        if (!(s.relativeResidual() <= CG_GIVE_UP)) {
            throw new ArithmeticException("conjugate gradients on the Schur complement stalled at relative residual "
                    + s.relativeResidual() + " (H is near-singular: lambda_{2N-1} = "
                    + HMatrix.of(plan).smallestPositiveEigenvalue() + ")");
        }
        return s.z();
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

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
