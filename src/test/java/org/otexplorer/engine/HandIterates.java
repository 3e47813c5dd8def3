package org.otexplorer.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Marginal-error histories of tiny problems computed the plain way, straight from the formulas the solvers'
 * Javadoc states (no stabilisation, no absorption, no fused sweeps): an independent truth for the histories
 * the solvers report. Only for problems where {@code exp(−C/ε)} stays far from underflow.
 */
final class HandIterates {
    private HandIterates() {
    }

    /** A history and the target potential g = ε log v of the last iterate (for warm-starting a next stage). */
    private record Run(List<Double> history, double[] g) {
    }

    /** Scaling (or log-domain) Sinkhorn from {@code v = 1} with the settings' ε, tolerance and iteration limit. */
    static double[] sinkhorn(TransportProblem p, SolverSettings s) {
        return unbox(sinkhorn(p, s.epsilon(), s.tolerance(), s.maxIterations(), null).history());
    }

    /**
     * Scaling Sinkhorn from {@code v = exp(g0/ε)} (all ones when {@code g0} is null): each iteration sets
     * {@code u = a/(Kv)}, records the error of the iterate (u, v), whose rows are exact, as
     * {@code Σ_j |v_j (Kᵀu)_j − b_j|}, stops once it is at most {@code tolerance}, else sets {@code v = b/(Kᵀu)}.
     */
    private static Run sinkhorn(TransportProblem p, double eps, double tolerance, int maxIterations, double[] g0) {
        double[][] k = kernel(p, eps);
        double[] a = p.sourceWeights();
        double[] b = p.targetWeights();
        double[] v = new double[p.m()];
        for (int j = 0; j < v.length; j++) {
            v[j] = g0 == null ? 1 : Math.exp(g0[j] / eps);
        }
        List<Double> history = new ArrayList<>();
        for (int it = 0; it < maxIterations; it++) {
            double[] u = divide(a, times(k, v));
            double[] columns = timesTransposed(k, u);
            double error = 0;
            for (int j = 0; j < v.length; j++) {
                error += Math.abs(v[j] * columns[j] - b[j]);
            }
            history.add(error);
            if (error <= tolerance) {
                break;
            }
            v = divide(b, columns);
        }
        double[] g = new double[v.length];
        for (int j = 0; j < g.length; j++) {
            g[j] = eps * Math.log(v[j]);
        }
        return new Run(history, g);
    }

    /**
     * ε-scaling as {@code EpsilonScaling} documents it: ε = max(C), halved per stage (not below the target),
     * intermediate stages to tolerance max(tol, 1e-3), each warm-started from the previous stage's g, the
     * histories concatenated.
     */
    static double[] epsilonScaledSinkhorn(TransportProblem p, SolverSettings s) {
        List<Double> history = new ArrayList<>();
        double eps = Math.max(s.epsilon(), p.maxCost());
        double[] g = null;
        while (true) {
            boolean last = eps <= s.epsilon();
            Run stage = sinkhorn(p, last ? s.epsilon() : eps, last ? s.tolerance() : Math.max(s.tolerance(), 1e-3),
                    s.maxIterations() - history.size(), g);
            history.addAll(stage.history());
            if (last) {
                return unbox(history);
            }
            g = stage.g();
            eps = Math.max(s.epsilon(), eps * 0.5);
        }
    }

    /**
     * IPOT (thesis Algorithm 1): {@code T = 1 1ᵀ}, {@code σ = 1/m}; each step {@code Q = exp(−C/β) ⊙ T}, L times
     * {@code δ = a/(Qσ)}, {@code σ = b/(Qᵀδ)}, then {@code T = diag(δ) Q diag(σ)}; records the marginal error of T
     * and stops when it is at most the tolerance and {@code <C,T>} changed by at most tol·max(1, |<C,T>|).
     */
    static double[] ipot(TransportProblem p, SolverSettings s) {
        int n = p.n();
        int m = p.m();
        double[][] g = kernel(p, s.beta());
        double[][] t = new double[n][m];
        for (double[] row : t) {
            java.util.Arrays.fill(row, 1);
        }
        double[] sigma = new double[m];
        java.util.Arrays.fill(sigma, 1.0 / m);
        List<Double> history = new ArrayList<>();
        double previousCost = Double.NaN;
        for (int it = 0; it < s.maxIterations(); it++) {
            double[][] q = new double[n][m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    q[i][j] = g[i][j] * t[i][j];
                }
            }
            double[] delta = null;
            for (int l = 0; l < s.innerIterations(); l++) {
                delta = divide(p.sourceWeights(), times(q, sigma));
                sigma = divide(p.targetWeights(), timesTransposed(q, delta));
            }
            t = scaled(q, delta, sigma);
            double error = marginalError(p, t);
            double cost = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    cost += p.cost(i, j) * t[i][j];
                }
            }
            history.add(error);
            boolean settled = Math.abs(cost - previousCost) <= s.tolerance() * Math.max(1, Math.abs(cost));
            previousCost = cost;
            if (error <= s.tolerance() && settled) {
                break;
            }
        }
        return unbox(history);
    }

    private static double[][] kernel(TransportProblem p, double eps) {
        double[][] k = new double[p.n()][p.m()];
        for (int i = 0; i < p.n(); i++) {
            for (int j = 0; j < p.m(); j++) {
                k[i][j] = Math.exp(-p.cost(i, j) / eps);
            }
        }
        return k;
    }

    private static double[] times(double[][] k, double[] v) {
        double[] out = new double[k.length];
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i] += k[i][j] * v[j];
            }
        }
        return out;
    }

    private static double[] timesTransposed(double[][] k, double[] u) {
        double[] out = new double[k[0].length];
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += k[i][j] * u[i];
            }
        }
        return out;
    }

    private static double[][] scaled(double[][] k, double[] u, double[] v) {
        double[][] out = new double[k.length][v.length];
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i][j] = u[i] * k[i][j] * v[j];
            }
        }
        return out;
    }

    private static double marginalError(TransportProblem p, double[][] plan) {
        double error = 0;
        for (int i = 0; i < p.n(); i++) {
            double row = 0;
            for (int j = 0; j < p.m(); j++) {
                row += plan[i][j];
            }
            error += Math.abs(row - p.sourceWeights()[i]);
        }
        for (int j = 0; j < p.m(); j++) {
            double column = 0;
            for (int i = 0; i < p.n(); i++) {
                column += plan[i][j];
            }
            error += Math.abs(column - p.targetWeights()[j]);
        }
        return error;
    }

    private static double[] divide(double[] numerator, double[] denominator) {
        double[] out = new double[numerator.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = numerator[k] / denominator[k];
        }
        return out;
    }

    private static double[] ones(int size) {
        double[] out = new double[size];
        java.util.Arrays.fill(out, 1);
        return out;
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
