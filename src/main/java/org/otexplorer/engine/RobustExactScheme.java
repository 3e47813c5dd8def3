package org.otexplorer.engine;

import java.util.Arrays;
import java.util.stream.DoubleStream;

/**
 * Robust OT's step-independent scheme ({@code robustScheme = "exact"}, math.md §11.2, "step-independent scheme"):
 * mirror descent on {@code F(μ, ν) = OT_ε(μ, ν) + ε Σ μ(log μ − 1) + ε Σ ν(log ν − 1)} over the simplices intersected
 * with the balls {@code ‖μ − a‖₂ ≤ ρ1}, {@code ‖ν − b‖₂ ≤ ρ2}. Each step solves balanced log-domain Sinkhorn (with its
 * Newton phase) against the current μ, ν (warm-started; far from the optimum to a thousandth of the relative residual,
 * at most 1e-5, and near it to a hundredth of the tolerance: {@link #innerTolerance}), so that f, g are the
 * gradients of OT_ε, and moves to
 * {@code μ⁺ = argmin t⟨∇_μF, x⟩ + KL(x | μ)} over the constraint set ({@link KlBallProjection}; likewise ν): entries
 * stay positive by construction, no floor. The step t starts at {@code η / max(μ, ν)} and is halved until the
 * Bregman sufficient-decrease test {@code F⁺ ≤ F + ⟨∇F, Δ⟩ + KL/t} holds (up to round-off), and doubled after a step
 * that passed it by more than round-off. The solve stops when the marginal error of the plan against μ, ν is at most the tolerance and the
 * first-order residual (the μ-weighted RMS of {@code ∇F + κ + λ(μ − a)} at the best κ and λ ≥ 0, both sides) is at
 * most ε × tolerance; neither test involves η. Iterations count the steps tried.
 */
final class RobustExactScheme {
    /** The declared value of {@link SolverParameters#ROBUST_SCHEME} that selects this scheme. */
    static final String NAME = "exact";
    /** The inner Sinkhorn solves stop at this fraction of the tolerance, near the optimum. */
    static final double INNER_FRACTION = 0.01;
    /** Far from it a trial's inner solve stops at this fraction of the relative residual ({@link #innerTolerance})... */
    static final double INEXACTNESS = 1e-3;
    /** ... but never looser than this marginal error. */
    static final double LOOSEST_INNER = 1e-5;
    /** The ball counts as binding when the iterate is this close to its surface (relative to ρ). */
    static final double ON_SURFACE = 1e-9;
    private static final double U = 0x1p-52;

    private final TransportProblem problem;
    private final SolverSettings settings;
    private final SolverMonitor monitor;
    private final double eps;
    private final double[] a;
    private final double[] b;
    private final double innerTolerance;
    /** Forwards only the caller's cancellation to the inner solves (their iterations are not the caller's). */
    private final SolverMonitor cancelOnly;

    private RobustExactScheme(TransportProblem problem, SolverSettings settings, double eps, SolverMonitor monitor) {
        this.problem = problem;
        this.settings = settings;
        this.monitor = monitor;
        this.eps = eps;
        a = problem.sourceWeights();
        b = problem.targetWeights();
        innerTolerance = Math.max(INNER_FRACTION * settings.tolerance(),
                EntropicSolverSupport.ROUNDING_SLACK + 8 * EntropicSolverSupport.roundingLevel(problem, eps));
        cancelOnly = new SolverMonitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }

    /** A point (μ, ν) with its converged potentials, F and the inner marginal error. */
    private record Point(double[] mu, double[] nu, double[] f, double[] g, double value, double scale, double error) {
    }

    /** Solves robust OT with this scheme (settings already validated by {@link RobustSinkhornSolver}). */
    static TransportResult solve(TransportProblem problem, SolverSettings settings, double eps, SolverMonitor monitor) {
        return new RobustExactScheme(problem, settings, eps, monitor).run();
    }

    private TransportResult run() {
        long start = System.nanoTime();
        double rho1 = settings.rho1();
        double rho2 = settings.rho2();
        IterationHistory history = new IterationHistory();
        double[] f0 = settings.hasWarmStart() ? settings.initialF() : new double[a.length];
        double[] g0 = settings.hasWarmStart() ? settings.initialG() : new double[b.length];
        Point cur = evaluate(a.clone(), b.clone(), f0, g0, rho1 == 0 && rho2 == 0 ? innerTolerance : LOOSEST_INNER);
        double t = settings.robustStep() / Math.max(rho1 > 0 ? Arrays.stream(a).max().orElse(0) : 0,
                rho2 > 0 ? Arrays.stream(b).max().orElse(0) : 0);
        StopReason reason = StopReason.MAX_ITERATIONS;
        String breakdown = null;
        double residual = Double.NaN;
        int it = 0;
        while (cur != null) {
            if (monitor.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            residual = Math.sqrt(residualSquared(cur.mu, gradient(cur.mu, cur.f), a, rho1)
                    + residualSquared(cur.nu, gradient(cur.nu, cur.g), b, rho2));
            history.add(cur.error);
            monitor.iteration(it, cur.error);
            if (cur.error <= settings.tolerance() && residual <= eps * settings.tolerance()) {
                reason = StopReason.CONVERGED;
                break;
            }
            if (it == settings.maxIterations() || rho1 == 0 && rho2 == 0) {
                break; // with both radii 0 nothing moves, and the inner solve has had the whole iteration limit
            }
            it++;
            double[] mu = step(cur.mu, cur.f, a, rho1, t);
            double[] nu = step(cur.nu, cur.g, b, rho2, t);
            if (DoubleStream.concat(Arrays.stream(mu), Arrays.stream(nu)).min().orElse(1) < Double.MIN_NORMAL) {
                breakdown = "a relaxed marginal entry fell below the smallest normal double: epsilon is too small for "
                        + "the step-independent scheme here";
                break;
            }
            Point trial = evaluate(mu, nu, cur.f, cur.g, innerTolerance(residual));
            if (trial == null) {
                reason = StopReason.CANCELLED;
                break;
            }
            double bound = cur.value + linear(cur, trial) + (kl(mu, cur.mu) + kl(nu, cur.nu)) / t;
            double noise = 64 * U * (cur.scale + trial.scale) + eps * (cur.error + trial.error);
            if (trial.value - noise <= bound) {
                t = trial.value + noise <= bound ? 2 * t : t; // grow only on a test round-off cannot have passed
                cur = trial;
            } else {
                t /= 2;
                if (t < Double.MIN_NORMAL) {
                    breakdown = "the step length underflowed without passing the sufficient-decrease test";
                    break;
                }
            }
        }
        if (cur == null) { // cancelled during the first inner solve
            cur = new Point(a.clone(), b.clone(), f0.clone(), g0.clone(), Double.NaN, 0, Double.POSITIVE_INFINITY);
            reason = StopReason.CANCELLED;
        }
        return result(cur, breakdown == null ? reason : StopReason.NUMERICAL_BREAKDOWN, breakdown, residual, it,
                history, start);
    }

    private TransportResult result(Point cur, StopReason reason, String breakdown, double residual, int it,
                                   IterationHistory history, long start) {
        int n = problem.n();
        int m = problem.m();
        double[] plan = new double[n * m];
        LogDomainKernels.plan(problem.costArray(), n, m, eps, cur.f, cur.g, plan);
        TransportPlan p = new TransportPlan(n, m, plan);
        TransportResult.Builder r = TransportResult.builder(RobustSinkhornSolver.ID)
                .epsilon(eps)
                .plan(p)
                .potentials(cur.f, cur.g)
                .relaxedWeights(cur.mu, cur.nu)
                .marginalError(p.marginalError(cur.mu, cur.nu))
                .marginalErrorHistory(history.toArray())
                .iterations(it)
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9);
        if (breakdown != null) {
            r.warning(breakdown);
        }
        if (reason != StopReason.CONVERGED) {
            r.warning(String.format("step-independent scheme: first-order residual %.3g (it stops at epsilon x "
                    + "tolerance = %.3g); not converged", residual, eps * settings.tolerance()));
        }
        TransportResult built = r.build(problem);
        return EntropicSolverSupport.honest(built, problem, settings, eps, built.marginalError());
    }

    /**
     * Balanced log-domain Sinkhorn (with its Newton phase unless {@code newton} is off, math.md §2.4) against (μ, ν)
     * from the potentials (f0, g0), to the inner tolerance or the iteration limit; then F from the dual value
     * {@code ⟨f, μ⟩ + ⟨g, ν⟩ − εΣP + ε}. {@code null} when cancelled.
     */
    private Point evaluate(double[] mu, double[] nu, double[] f0, double[] g0, double tolerance) {
        TransportProblem relaxed = problem.withWeights(mu, nu);
        SolverSettings inner = settings.withTolerance(tolerance).withEpsilonScaling(false).withWarmStart(f0, g0);
        TransportResult r = SinkhornLoop.run(RobustSinkhornSolver.ID,
                new ScalingScheme(RobustSinkhornSolver.ID, relaxed, inner, eps), relaxed, inner, eps, cancelOnly);
        if (r.stopReason() == StopReason.CANCELLED) {
            return null;
        }
        double[] f = r.f();
        double[] g = r.g();
        double mass = Arrays.stream(r.plan().values()).sum();
        double value = eps - eps * mass;
        double scale = Math.abs(value);
        for (int i = 0; i < mu.length; i++) {
            double term = f[i] * mu[i] + eps * mu[i] * Math.log(mu[i]);
            value += term;
            scale += Math.abs(term);
        }
        for (int j = 0; j < nu.length; j++) {
            double term = g[j] * nu[j] + eps * nu[j] * Math.log(nu[j]);
            value += term;
            scale += Math.abs(term);
        }
        return new Point(mu, nu, f, g, value, scale, r.marginalError());
    }

    /**
     * How accurately a trial point's inner solve is taken: a thousandth of the current point's relative residual
     * {@code R/ε} (the order of its distance to the optimum, math.md §11.2.1 step 4), at most
     * {@value #LOOSEST_INNER} and at least the final inner tolerance, which it reaches before the stopping test can
     * pass ({@code R ≤ ε·tol} gives at most a thousandth of the tolerance, below {@link #INNER_FRACTION} of it).
     */
    private double innerTolerance(double residual) {
        return Math.max(innerTolerance, Math.min(LOOSEST_INNER, INEXACTNESS * residual / eps));
    }

    /** {@code ∇F = potential + ε log w}. */
    private double[] gradient(double[] w, double[] potential) {
        double[] grad = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            grad[k] = potential[k] + eps * Math.log(w[k]);
        }
        return grad;
    }

    /** The mirror step {@code argmin t⟨∇F, x⟩ + KL(x | w)} over the simplex ∩ ball; w itself when ρ = 0. */
    private double[] step(double[] w, double[] potential, double[] centre, double rho, double t) {
        if (rho == 0) {
            return w;
        }
        double[] grad = gradient(w, potential);
        double[] z = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            z[k] = Math.log(w[k]) - t * grad[k];
        }
        return KlBallProjection.project(z, centre, rho);
    }

    /** {@code ⟨∇F(cur), trial − cur⟩} over both sides. */
    private double linear(Point cur, Point trial) {
        double s = 0;
        double[] gm = gradient(cur.mu, cur.f);
        for (int i = 0; i < gm.length; i++) {
            s += gm[i] * (trial.mu[i] - cur.mu[i]);
        }
        double[] gn = gradient(cur.nu, cur.g);
        for (int j = 0; j < gn.length; j++) {
            s += gn[j] * (trial.nu[j] - cur.nu[j]);
        }
        return s;
    }

    /**
     * The squared first-order residual of one side: {@code Σ w_k r_k²} with {@code r = ∇F + κ + λ(w − centre)} at the
     * weighted least-squares κ and λ ≥ 0 (λ = 0 unless w is on the ball's surface); 0 for a fixed side (ρ = 0).
     */
    static double residualSquared(double[] w, double[] grad, double[] centre, double rho) {
        if (rho == 0) {
            return 0;
        }
        int len = w.length;
        double meanG = 0;
        double meanD = 0;
        for (int k = 0; k < len; k++) {
            meanG += w[k] * grad[k];
            meanD += w[k] * (w[k] - centre[k]);
        }
        double cross = 0;
        double square = 0;
        for (int k = 0; k < len; k++) {
            double d = w[k] - centre[k] - meanD;
            cross += w[k] * (grad[k] - meanG) * d;
            square += w[k] * d * d;
        }
        boolean onSurface = KlBallProjection.distance(w, centre) >= rho * (1 - ON_SURFACE);
        double lambda = onSurface && square > 0 ? Math.max(0, -cross / square) : 0;
        double total = 0;
        for (int k = 0; k < len; k++) {
            double r = grad[k] - meanG + lambda * (w[k] - centre[k] - meanD);
            total += w[k] * r * r;
        }
        return total;
    }

    /**
     * {@code KL(x | w) = Σ x log(x/w) − x + w} (= Σ x log(x/w) when both sum to 1), each term
     * {@code w·((1 + δ) log(1 + δ) − δ)} with {@code δ = x/w − 1}, by its series where δ is small: every term is ≥ 0
     * and keeps its digits when x and w are close (a short step), where the plain sum is round-off.
     */
    private static double kl(double[] x, double[] w) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            double d = (x[k] - w[k]) / w[k];
            double term = Math.abs(d) < 1e-3
                    ? d * d * (0.5 - d * (1.0 / 6 - d * (1.0 / 12 - d / 20)))
                    : (1 + d) * Math.log1p(d) - d;
            s += w[k] * term;
        }
        return s;
    }
}
