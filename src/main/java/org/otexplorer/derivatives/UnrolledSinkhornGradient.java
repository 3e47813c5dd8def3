package org.otexplorer.derivatives;

import org.ejml.data.DMatrixRMaj;
import org.otexplorer.engine.TransportProblem;

/**
 * Baseline: reverse-mode differentiation unrolled through L log-domain Sinkhorn iterations (the
 * "unroll" method of the differentiation paper's Fig. 2 and ROBOT's Fig. 7). The forward pass runs
 * {@code g ← ε log b − ε LSE_i((f − C)/ε)}, {@code f ← ε log a − ε LSE_j((g − C)/ε)} from f = 0 (OTT
 * order) and stores every iterate, so memory grows with L; the value is OTT's dual objective at the last
 * iterate, {@code Σ a(f − ε log a) + Σ b(g − ε log b) + ε(1 − ΣP)}. The reverse pass propagates adjoints
 * through each soft-min, whose Jacobians are the row or column softmax weights, accumulating dW/dC,
 * then {@code ∇_{x_k} = Σ_j (dW/dC_kj)·2(x_k − y_j)}. The Hessian is central finite differences of this
 * gradient. Exact for the unrolled function, it approaches the analytic derivatives only as L grows.
 */
public final class UnrolledSinkhornGradient {
    private final double value;
    private final double[][] gradient;
    private final long storedBytes;

    private UnrolledSinkhornGradient(double value, double[][] gradient, long storedBytes) {
        this.value = value;
        this.gradient = gradient;
        this.storedBytes = storedBytes;
    }

    /** The unrolled objective W_L(X). */
    public double value() {
        return value;
    }

    /** ∇_X W_L, N×d. */
    public double[][] gradient() {
        return gradient;
    }

    /** Bytes held for the reverse pass: the L stored iterates plus the cost and its adjoint. */
    public long storedBytes() {
        return storedBytes;
    }

    /** Forward and reverse pass through {@code iterations} Sinkhorn iterations. */
    public static UnrolledSinkhornGradient compute(TransportProblem problem, double eps, int iterations) {
        if (!problem.hasPoints()) {
            throw new IllegalArgumentException("the unrolled gradient needs a problem built from points");
        }
        if (!(eps > 0) || iterations < 1) {
            throw new IllegalArgumentException("the unrolled gradient needs epsilon > 0 and at least one iteration, got "
                    + eps + " and " + iterations);
        }
        int n = problem.n();
        int m = problem.m();
        double[] c = problem.costArray();
        double[] a = problem.sourceWeights();
        double[] b = problem.targetWeights();
        double[][] fs = new double[iterations + 1][n];
        double[][] gs = new double[iterations + 1][m];
        for (int t = 1; t <= iterations; t++) {
            softMinColumns(c, n, m, eps, fs[t - 1], b, gs[t]);
            softMinRows(c, n, m, eps, gs[t], a, fs[t]);
        }
        double[] f = fs[iterations];
        double[] g = gs[iterations];
        double value = eps;
        double[] fBar = new double[n];
        double[] gBar = new double[m];
        double[] cBar = new double[n * m];
        for (int i = 0; i < n; i++) {
            value += a[i] * (f[i] - eps * Math.log(a[i]));
            fBar[i] = a[i];
        }
        for (int j = 0; j < m; j++) {
            value += b[j] * (g[j] - eps * Math.log(b[j]));
            gBar[j] = b[j];
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double p = Math.exp((f[i] + g[j] - c[i * m + j]) / eps);
                value -= eps * p;
                fBar[i] -= p;
                gBar[j] -= p;
                cBar[i * m + j] += p;
            }
        }
        for (int t = iterations; t >= 1; t--) {
            backRows(c, n, m, eps, gs[t], fBar, gBar, cBar);
            double[] fPrevBar = new double[n];
            backColumns(c, n, m, eps, fs[t - 1], gBar, fPrevBar, cBar);
            fBar = fPrevBar;
            gBar = new double[m];
        }
        double[][] x = problem.sourcePoints();
        double[][] y = problem.targetPoints();
        int d = x[0].length;
        double[][] grad = new double[n][d];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < m; j++) {
                double w = 2 * cBar[k * m + j];
                for (int s = 0; s < d; s++) {
                    grad[k][s] += w * (x[k][s] - y[j][s]);
                }
            }
        }
        long bytes = 8L * ((long) (iterations + 1) * (n + m) + 2L * n * m);
        return new UnrolledSinkhornGradient(value, grad, bytes);
    }

    /** Central finite differences (step h) of the unrolled gradient: the baseline Hessian, (Nd)×(Nd). */
    public static DMatrixRMaj hessianByFiniteDifferences(TransportProblem problem, double eps, int iterations, double h) {
        double[][] x = problem.sourcePoints();
        int n = x.length;
        int d = x[0].length;
        DMatrixRMaj hess = new DMatrixRMaj(n * d, n * d);
        for (int l = 0; l < n; l++) {
            for (int t = 0; t < d; t++) {
                double[][] up = shifted(x, l, t, h);
                double[][] down = shifted(x, l, t, -h);
                double[][] gUp = compute(rebuilt(problem, up), eps, iterations).gradient();
                double[][] gDown = compute(rebuilt(problem, down), eps, iterations).gradient();
                for (int k = 0; k < n; k++) {
                    for (int s = 0; s < d; s++) {
                        hess.set(k * d + s, l * d + t, (gUp[k][s] - gDown[k][s]) / (2 * h));
                    }
                }
            }
        }
        return hess;
    }

    private static TransportProblem rebuilt(TransportProblem p, double[][] x) {
        return TransportProblem.fromPoints(x, p.targetPoints(), p.sourceWeights(), p.targetWeights());
    }

    private static double[][] shifted(double[][] x, int l, int t, double h) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        out[l][t] += h;
        return out;
    }

    /** {@code g_j = ε log b_j − ε LSE_i((f_i − C_ij)/ε)}. */
    private static void softMinColumns(double[] c, int n, int m, double eps, double[] f, double[] b, double[] g) {
        for (int j = 0; j < m; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, f[i] - c[i * m + j]);
            }
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += Math.exp((f[i] - c[i * m + j] - max) / eps);
            }
            g[j] = eps * Math.log(b[j]) - max - eps * Math.log(s);
        }
    }

    /** {@code f_i = ε log a_i − ε LSE_j((g_j − C_ij)/ε)}. */
    private static void softMinRows(double[] c, int n, int m, double eps, double[] g, double[] a, double[] f) {
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                max = Math.max(max, g[j] - c[i * m + j]);
            }
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += Math.exp((g[j] - c[i * m + j] - max) / eps);
            }
            f[i] = eps * Math.log(a[i]) - max - eps * Math.log(s);
        }
    }

    /** Adjoint of the row soft-min: {@code ḡ −= Sᵀ f̄}, {@code C̄ += f̄_i S_ij}, S the row softmax of (g − C)/ε. */
    private static void backRows(double[] c, int n, int m, double eps, double[] g, double[] fBar, double[] gBar,
                                 double[] cBar) {
        double[] w = new double[m];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                max = Math.max(max, g[j] - c[i * m + j]);
            }
            double s = 0;
            for (int j = 0; j < m; j++) {
                w[j] = Math.exp((g[j] - c[i * m + j] - max) / eps);
                s += w[j];
            }
            for (int j = 0; j < m; j++) {
                double sij = w[j] / s * fBar[i];
                gBar[j] -= sij;
                cBar[i * m + j] += sij;
            }
        }
    }

    /** Adjoint of the column soft-min: {@code f̄ −= S ḡ}, {@code C̄ += ḡ_j S_ij}, S the column softmax of (f − C)/ε. */
    private static void backColumns(double[] c, int n, int m, double eps, double[] f, double[] gBar, double[] fBar,
                                    double[] cBar) {
        double[] w = new double[n];
        for (int j = 0; j < m; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, f[i] - c[i * m + j]);
            }
            double s = 0;
            for (int i = 0; i < n; i++) {
                w[i] = Math.exp((f[i] - c[i * m + j] - max) / eps);
                s += w[i];
            }
            for (int i = 0; i < n; i++) {
                double sij = w[i] / s * gBar[j];
                fBar[i] -= sij;
                cBar[i * m + j] += sij;
            }
        }
    }
}
