package org.otexplorer.derivatives;

import java.util.ArrayList;
import java.util.List;
import org.otexplorer.engine.RobustSinkhornSolver;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * The exact gradient of ROBOT-robust's loss {@code L(C) = <C, Γ(C)>} with respect to the cost, by reverse-mode
 * differentiation through the iterations {@link RobustSinkhornSolver} actually ran (math.md §11.2; §11.3
 * recommends this over the authors' unverified backward). Iteration t maps (g_{t−1}, μ_{t−1}, ν_{t−1}) to
 * <pre>
 *   f_t = ε log μ_{t−1} − ε LSE_j((g_{t−1,j} − C_ij)/ε)      ∂f_i/∂g_j = −R_ij, ∂f_i/∂C_ij = R_ij, ∂f_i/∂μ_i = ε/μ_i
 *   g_t = ε log ν_{t−1} − ε LSE_i((f_{t,i} − C_ij)/ε)        ∂g_j/∂f_i = −Q_ij, ∂g_j/∂C_ij = Q_ij, ∂g_j/∂ν_j = ε/ν_j
 *   μ_t = Π(μ_{t−1}, f_t),  ν_t = Π(ν_{t−1}, g_t)
 * </pre>
 * with {@code R_ij = exp((f_i + g_{t−1,j} − C_ij)/ε)/μ_i} and {@code Q_ij = exp((f_i + g_{t,j} − C_ij)/ε)/ν_j}
 * (row and column soft-max weights), and Π the projected step: {@code s = w − η(p + ε log w)},
 * {@code r = max(s, 0) + 1e-5}, {@code w1 = r/Σr}, and when {@code d = ||w1 − w0|| > ρ},
 * {@code w2 = w0 + (w1 − w0)ρ/d} renormalised. The output {@code Γ = exp((f_T + g_T − C)/ε)} gives
 * {@code ∂L/∂C_ij = Γ_ij (1 − C_ij/ε)} directly and {@code Σ_j C_ij Γ_ij/ε}, {@code Σ_i C_ij Γ_ij/ε} to f_T, g_T;
 * the adjoints then run backwards through the iterations. The clip {@code max(s, 0)} is differentiated where
 * it is smooth (slope 1 for s > 0, else 0).
 *
 * <p>Memory O(T(n + m)) (the tape of f, g, μ, ν; plan entries are recomputed), time about twice the forward's.
 */
public final class UnrolledRobustSinkhornGradient {
    /**
     * @param result       the robust solve (the same as {@link RobustSinkhornSolver} returns for these settings)
     * @param costGradient {@code ∂<C, Γ>/∂C}, row-major n×m
     */
    public record Result(TransportResult result, double[] costGradient) {
    }

    private UnrolledRobustSinkhornGradient() {
    }

    /**
     * Solves robust OT and differentiates its transport cost.
     *
     * @throws IllegalStateException when the solve produced non-finite values (the message says where)
     */
    public static Result compute(TransportProblem problem, SolverSettings settings) {
        List<double[][]> tape = new ArrayList<>();
        TransportResult result = new RobustSinkhornSolver().solve(problem, settings, SolverMonitor.NONE,
                (mu, nu, f, g) -> tape.add(new double[][] {mu.clone(), nu.clone(), f.clone(), g.clone()}));
        int n = problem.n();
        int m = problem.m();
        double eps = settings.epsilon();
        double eta = settings.robustStep();
        double[] c = problem.costArray();
        double[] gStart = settings.hasWarmStart() ? settings.initialG() : new double[m];
        double[] cBar = new double[n * m];
        double[] fBar = new double[n];
        double[] gBar = new double[m];
        double[] muBar = new double[n];
        double[] nuBar = new double[m];
        double[][] last = tape.get(tape.size() - 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double p = Math.exp((last[2][i] + last[3][j] - c[i * m + j]) / eps);
                double cp = c[i * m + j] * p;
                cBar[i * m + j] = p - cp / eps;
                fBar[i] += cp / eps;
                gBar[j] += cp / eps;
            }
        }
        for (int t = tape.size() - 1; t >= 0; t--) {
            double[] mu = tape.get(t)[0];
            double[] nu = tape.get(t)[1];
            double[] f = tape.get(t)[2];
            double[] g = tape.get(t)[3];
            double[] gPrevious = t > 0 ? tape.get(t - 1)[3] : gStart;
            double[] muPreviousBar = new double[n];
            double[] nuPreviousBar = new double[m];
            projectedStepAdjoint(nu, g, problem.targetWeights(), eps, eta, settings.rho2(), nuBar, nuPreviousBar,
                    gBar);
            projectedStepAdjoint(mu, f, problem.sourceWeights(), eps, eta, settings.rho1(), muBar, muPreviousBar,
                    fBar);
            double[] gPreviousBar = new double[m];
            halfStepAdjoint(c, m, eps, f, g, nu, gBar, fBar, cBar, false);
            for (int j = 0; j < m; j++) {
                nuPreviousBar[j] += gBar[j] * eps / nu[j];
            }
            halfStepAdjoint(c, m, eps, f, gPrevious, mu, fBar, gPreviousBar, cBar, true);
            for (int i = 0; i < n; i++) {
                muPreviousBar[i] += fBar[i] * eps / mu[i];
            }
            fBar = new double[n];
            gBar = gPreviousBar;
            muBar = muPreviousBar;
            nuBar = nuPreviousBar;
        }
        for (int k = 0; k < cBar.length; k++) {
            if (!Double.isFinite(cBar[k])) {
                throw new IllegalStateException("the robust gradient is not finite at entry (" + k / m + ", " + k % m
                        + "): ε = " + eps + " is too small for the unrolled iterations");
            }
        }
        return new Result(result, cBar);
    }

    /**
     * Adjoint of a log-domain half step through its soft-max weights {@code W_ij = exp((f_i + g_j − C_ij)/ε)/w},
     * w the marginal of the updated side (μ_i for the f-update, {@code rows}; ν_j for the g-update): the
     * updated potential's adjoint ȳ adds {@code −W ȳ} to the other potential's adjoint and {@code W_ij ȳ} to C̄.
     */
    private static void halfStepAdjoint(double[] c, int m, double eps, double[] f, double[] g, double[] marginal,
                                        double[] updatedBar, double[] otherBar, double[] cBar, boolean rows) {
        for (int i = 0; i < f.length; i++) {
            for (int j = 0; j < m; j++) {
                int k = i * m + j;
                int updated = rows ? i : j;
                double weight = Math.exp((f[i] + g[j] - c[k]) / eps) / marginal[updated] * updatedBar[updated];
                otherBar[rows ? j : i] -= weight;
                cBar[k] += weight;
            }
        }
    }

    /**
     * Adjoint of {@link RobustSinkhornSolver#projectedStep}: given the adjoint of its output, adds the adjoints
     * of the marginal it started from ({@code wBar}) and of the potential ({@code pBar}).
     */
    static void projectedStepAdjoint(double[] w, double[] potential, double[] original, double eps, double eta,
                                     double rho, double[] outBar, double[] wBar, double[] pBar) {
        int len = w.length;
        double[] s = new double[len];
        double[] r = new double[len];
        double sum = 0;
        for (int k = 0; k < len; k++) {
            s[k] = w[k] - eta * (potential[k] + eps * Math.log(w[k]));
            r[k] = Math.max(s[k], 0) + RobustSinkhornSolver.FLOOR;
            sum += r[k];
        }
        double[] w1 = new double[len];
        double dist = 0;
        for (int k = 0; k < len; k++) {
            w1[k] = r[k] / sum;
            dist += (w1[k] - original[k]) * (w1[k] - original[k]);
        }
        dist = Math.sqrt(dist);
        double[] w1Bar = outBar.clone();
        if (dist > rho) {
            double shrink = rho / dist;
            double[] w2 = new double[len];
            double sum2 = 0;
            for (int k = 0; k < len; k++) {
                w2[k] = original[k] + (w1[k] - original[k]) * shrink;
                sum2 += w2[k];
            }
            double[] w2Bar = normalisationAdjoint(outBar, w2, sum2);
            double along = 0;
            for (int k = 0; k < len; k++) {
                along += (w1[k] - original[k]) / dist * w2Bar[k];
            }
            for (int k = 0; k < len; k++) {
                w1Bar[k] = shrink * (w2Bar[k] - (w1[k] - original[k]) / dist * along);
            }
        }
        double[] rBar = normalisationAdjoint(w1Bar, r, sum);
        for (int k = 0; k < len; k++) {
            double sBar = s[k] > 0 ? rBar[k] : 0;
            wBar[k] += sBar * (1 - eta * eps / w[k]);
            pBar[k] -= eta * sBar;
        }
    }

    /** Adjoint of {@code y = x/Σx}: {@code x̄_l = ȳ_l/S − (Σ_k ȳ_k x_k)/S²}. */
    private static double[] normalisationAdjoint(double[] yBar, double[] x, double sum) {
        double dot = 0;
        for (int k = 0; k < x.length; k++) {
            dot += yBar[k] * x[k];
        }
        double[] xBar = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            xBar[k] = yBar[k] / sum - dot / (sum * sum);
        }
        return xBar;
    }
}
