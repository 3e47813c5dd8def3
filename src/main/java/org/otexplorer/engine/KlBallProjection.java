package org.otexplorer.engine;

import java.util.Arrays;

/**
 * The Bregman (KL) projection of the step-independent robust scheme (math.md §11.2, "step-independent scheme"):
 * for a log-weight vector z, the point {@code x = argmin KL(x | softmax(z))} over the simplex intersected with
 * the ball {@code ‖x − a‖₂ ≤ ρ}. Its optimality conditions are {@code log x_i + λ(x_i − a_i) = z_i − κ} with
 * {@code Σx = 1} and {@code λ ≥ 0}, λ = 0 unless the ball binds; each entry is {@code exp} of the root of a
 * scalar increasing equation, so x is strictly positive (unless it underflows, which the caller checks). κ is found
 * by a safeguarded Newton iteration, the smallest λ with {@code ‖x(λ) − a‖₂ ≤ ρ} by a bracketing (Illinois)
 * search on log λ ({@code ‖x(λ) − a‖₂} does not increase with λ: x(λ) minimises the KL term plus
 * {@code (λ/2)‖x − a‖²}).
 */
final class KlBallProjection {
    /** The search on λ stops once its bracket is this narrow in log λ (λ to 1e-14 relative). */
    private static final double LOG_RESOLUTION = 1e-14;
    /** ... or once the feasible end is this close to the sphere, relative to ρ. */
    private static final double ON_SPHERE = 1e-14;
    private static final double LOG_FOUR = Math.log(4);
    private static final double U = 0x1p-52;
    private static final int MAX_STEPS = 200;

    private KlBallProjection() {
    }

    /**
     * Projects {@code softmax(z)} onto the simplex ∩ {@code ‖x − a‖₂ ≤ ρ} in KL; ρ > 0 and a in the simplex. The
     * result lies in the ball (to round-off of the final normalisation).
     */
    static double[] project(double[] z, double[] a, double rho) {
        double[] x = entries(z, a, 0);
        if (distance(x, a) <= rho) {
            return x;
        }
        // Bracket the root of φ(λ) = ‖x(λ) − a‖₂ − ρ (decreasing) in log λ: φ(e^lo) > 0 ≥ φ(e^hi).
        double hi = Math.log(1 / rho);
        x = entries(z, a, Math.exp(hi));
        double fHi = distance(x, a) - rho;
        double lo = hi;
        double fLo = fHi;
        while (fHi > 0) { // x(λ) → a as λ → ∞, so this ends
            lo = hi;
            fLo = fHi;
            hi += LOG_FOUR;
            x = entries(z, a, Math.exp(hi));
            fHi = distance(x, a) - rho;
        }
        if (lo == hi) { // λ = 1/ρ is feasible already: step down until it is not (φ(0) > 0)
            double[] xLo = x;
            for (int k = 0; k < MAX_STEPS && fLo <= 0; k++) {
                hi = lo;
                fHi = fLo;
                x = xLo;
                lo -= LOG_FOUR;
                xLo = entries(z, a, Math.exp(lo));
                fLo = distance(xLo, a) - rho;
            }
        }
        // Illinois (false position, the retained end's value halved when one end stays twice): it keeps the
        // bracket, as bisection did, and converges superlinearly where bisection needed about 50 steps.
        int kept = 0;
        for (int k = 0; k < MAX_STEPS && hi - lo > LOG_RESOLUTION && fHi < -ON_SPHERE * rho; k++) {
            double t = hi - fHi * (hi - lo) / (fHi - fLo);
            if (!(t > lo && t < hi)) {
                t = 0.5 * (lo + hi);
            }
            double[] xt = entries(z, a, Math.exp(t));
            double ft = distance(xt, a) - rho;
            if (ft > 0) {
                lo = t;
                fLo = ft;
                fHi = kept == 1 ? fHi / 2 : fHi;
                kept = 1;
            } else {
                hi = t;
                fHi = ft;
                x = xt;
                fLo = kept == -1 ? fLo / 2 : fLo;
                kept = -1;
            }
        }
        return x;
    }

    /** x(λ): the κ with {@code Σ x_i = 1}, then x normalised (λ = 0: the softmax of z). */
    private static double[] entries(double[] z, double[] a, double lambda) {
        int len = z.length;
        double[] s = new double[len];
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < len; i++) {
            s[i] = z[i] + lambda * a[i];
            top = Math.max(top, s[i]);
        }
        double lse = 0;
        for (double v : s) {
            lse += Math.exp(v - top);
        }
        lse = top + Math.log(lse); // κ = lse: Σx ≤ 1; κ = lse − λ: Σx ≥ 1 (math.md §11.2)
        double[] x = new double[len];
        if (lambda == 0) {
            fill(s, lse, 0, x);
            return normalised(x);
        }
        double lo = lse - lambda;
        double hi = lse;
        double kappa = hi;
        for (int k = 0; k < MAX_STEPS; k++) {
            double slope = fill(s, kappa, lambda, x);
            double sum = Arrays.stream(x).sum();
            double phi = Math.log(sum);
            if (Math.abs(phi) <= 4 * U) {
                break;
            }
            if (phi > 0) {
                lo = kappa;
            } else {
                hi = kappa;
            }
            if (hi - lo <= 4 * U * Math.max(1, Math.abs(kappa))) {
                break;
            }
            double next = kappa + phi * sum / slope; // Newton on log Σx, d/dκ = −slope/Σx
            kappa = next > lo && next < hi ? next : 0.5 * (lo + hi);
        }
        fill(s, kappa, lambda, x);
        return normalised(x);
    }

    /** {@code x_i = exp(y_i)}, y_i the root of {@code y + λe^y = s_i − κ}; returns {@code Σ x_i/(1 + λx_i)}. */
    private static double fill(double[] s, double kappa, double lambda, double[] x) {
        double slope = 0;
        for (int i = 0; i < s.length; i++) {
            x[i] = Math.exp(root(s[i] - kappa, lambda));
            slope += x[i] / (1 + lambda * x[i]);
        }
        return slope;
    }

    /**
     * The root y of {@code y + λe^y = r} (λ ≥ 0). With {@code L = log λ + r ≤ 0}, Newton on y from y = r, where the
     * convex left side is above r, so the iterates fall monotonically to the root; else Newton on {@code w = λe^y}
     * for {@code w + log w = L} (concave) from below: from {@code L − log L} when L > 1, else from the logistic
     * {@code e^L/(1 + e^L)}, where the left side is at most L ({@code log(1 + u) ≥ u/(1 + u)}).
     */
    private static double root(double r, double lambda) {
        if (lambda == 0) {
            return r;
        }
        double logLambda = Math.log(lambda);
        double big = logLambda + r;
        if (big <= 0) {
            double y = r;
            for (int k = 0; k < MAX_STEPS; k++) {
                double e = lambda * Math.exp(y);
                double step = (y + e - r) / (1 + e);
                y -= step;
                if (Math.abs(step) <= U * Math.max(1, Math.abs(y))) {
                    break;
                }
            }
            return y;
        }
        // φ(w) = w + log w − L, concave and increasing; φ ≤ 0 at the start, so Newton rises monotonically
        double w = big > 1 ? big - Math.log(big) : Math.exp(big) / (1 + Math.exp(big));
        for (int k = 0; k < MAX_STEPS; k++) {
            double next = w * (1 + big - Math.log(w)) / (1 + w);
            boolean done = Math.abs(next - w) <= U * next;
            w = next;
            if (done) {
                break;
            }
        }
        return Math.log(w) - logLambda;
    }

    /** {@code ‖x − a‖₂}. */
    static double distance(double[] x, double[] a) {
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d += (x[i] - a[i]) * (x[i] - a[i]);
        }
        return Math.sqrt(d);
    }

    private static double[] normalised(double[] x) {
        double total = Arrays.stream(x).sum();
        for (int i = 0; i < x.length; i++) {
            x[i] /= total;
        }
        return x;
    }
}
