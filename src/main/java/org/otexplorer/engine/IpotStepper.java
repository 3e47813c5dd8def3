package org.otexplorer.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * IPOT (thesis Algorithm 1) driven one proximal step at a time, so histories, sliders over the step t and
 * step buttons can read every iterate (math.md §16.1). {@link IpotSolver} runs its solve on one of these.
 *
 * <p>Two ways to solve each proximal step {@code T ← argmin <C,T> + β KL(T | T_prev)}: exactly L Sinkhorn
 * scalings, as the thesis does ({@link #of}); or scalings until the step's row marginal error is at most an inner
 * tolerance ({@link #withInnerTolerance}). Solved to convergence, iterate t is the entropic plan at
 * {@code ε = β/t} (math.md §16.1), because every step multiplies the plan by {@code exp(−C/β)} and by diagonal
 * scalings only.
 *
 * <p>Numerics as in {@link IpotSolver}: fixed-L steps run in scaling form when {@code exp(−C/β)} stays above
 * underflow, else in the log domain; when the scaling form leaves the floating-point range, the run restarts in
 * the log domain and replays the steps taken so far (same iterates in exact arithmetic), with a warning. Steps
 * with an inner tolerance always run in the log domain. Points of zero weight are set aside and get zero rows or
 * columns in {@link #plan()}.
 */
public final class IpotStepper {
    private final PositiveSupport support;
    private final TransportProblem reduced;
    private final double beta;
    private final int innerIterations;
    private final double innerTolerance;
    private final List<String> warnings = new ArrayList<>();
    private IpotIterate state;
    private boolean logDomain;
    private final boolean warmStarted;
    private int steps;

    private IpotStepper(TransportProblem problem, double beta, int innerIterations, double innerTolerance) {
        this(problem, beta, innerIterations, innerTolerance, null);
    }

    private IpotStepper(TransportProblem problem, double beta, int innerIterations, double innerTolerance,
                        IpotStepper previous) {
        problem.requireBalanced();
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("IPOT's beta must be a finite number > 0, got " + beta);
        }
        if (innerIterations < 1) {
            throw new IllegalArgumentException("IPOT's inner iterations must be >= 1, got " + innerIterations);
        }
        if (!(innerTolerance >= 0) || Double.isInfinite(innerTolerance)) {
            throw new IllegalArgumentException("IPOT's inner tolerance must be a finite number >= 0, got "
                    + innerTolerance);
        }
        this.support = PositiveSupport.of(problem);
        this.reduced = support.reduced();
        this.beta = beta;
        this.innerIterations = innerIterations;
        this.innerTolerance = innerTolerance;
        this.logDomain = innerTolerance > 0 || !IpotScalingIterate.fits(reduced, beta);
        if (logDomain && innerTolerance == 0) {
            warnings.add("IPOT ran in the log domain: beta = " + beta + " is below the cost range / "
                    + IpotScalingIterate.MAX_EXPONENT + ", where exp(-C/beta) would underflow");
        }
        this.warmStarted = previous != null && acceptsStart(problem, beta);
        this.state = warmStarted ? new IpotScalingIterate(reduced, beta, innerIterations, previous.state.plan(),
                carriedScaling(((IpotScalingIterate) previous.state).sigma(), previous.beta / beta)) : newIterate();
    }

    /**
     * IPOT as in thesis Algorithm 1: L Sinkhorn scalings per proximal step (when unsure, L = 1), the column
     * scaling carried over between steps.
     *
     * @throws IllegalArgumentException if the weights do not sum to one, β is not a finite number > 0 or L < 1
     */
    public static IpotStepper of(TransportProblem problem, double beta, int innerIterations) {
        return new IpotStepper(problem, beta, innerIterations, 0);
    }

    /**
     * IPOT going on from where {@code previous} stopped on the same problem — its plan T and its carried-over column
     * scaling σ — with a β and L of its own: a warm start after a change of β, L or the tolerance. The proximal
     * point iteration converges to an exact optimum for any sequence of β, so from a converged state a step of β
     * takes few proximal steps. σ is carried as {@code σ^(β_prev/β)}, which keeps its potential {@code β log σ}
     * (shifted so its largest is 0, exponents below −600 clamped), so that the first scaling of the new kernel
     * {@code exp(−C/β)} matches T as the previous kernel's did. It needs the scaling form for both β and positive
     * weights ({@link #acceptsStart}); otherwise it starts from {@code 1 1ᵀ} ({@link #warmStarted()} is false).
     * Warm, iterate t is no longer the entropic plan at {@code ε = β/t}.
     *
     * @throws IllegalArgumentException as {@link #of}, or if {@code previous} is of a problem of another size
     */
    public static IpotStepper continuing(IpotStepper previous, TransportProblem problem, double beta,
                                         int innerIterations) {
        if (previous.support.fullN() != problem.n() || previous.support.fullM() != problem.m()) {
            throw new IllegalArgumentException("IPOT can only go on from a run of a problem of the same size: "
                    + previous.support.fullN() + " x " + previous.support.fullM() + " against " + problem.n() + " x "
                    + problem.m());
        }
        boolean usable = previous.steps > 0 && previous.state instanceof IpotScalingIterate;
        return new IpotStepper(problem, beta, innerIterations, 0, usable ? previous : null);
    }

    /**
     * IPOT with each proximal step solved until its row marginal error is at most {@code innerTolerance}, with at
     * most {@code maxInnerIterations} scalings; then iterate t is the entropic plan at {@code ε = β/t}.
     *
     * @throws IllegalArgumentException as {@link #of}, or if the tolerance is not a finite number > 0
     */
    public static IpotStepper withInnerTolerance(TransportProblem problem, double beta, double innerTolerance,
                                                 int maxInnerIterations) {
        if (!(innerTolerance > 0)) {
            throw new IllegalArgumentException("IPOT's inner tolerance must be > 0, got " + innerTolerance);
        }
        return new IpotStepper(problem, beta, maxInnerIterations, innerTolerance);
    }

    /** One proximal step: afterwards {@link #iteration()} is one larger. */
    public void step() {
        if (!state.advance()) {
            warnings.add("IPOT's scalings left the floating-point range (beta = " + beta + " is small for these "
                    + "weights and costs); restarted in the log domain" + (warmStarted ? " from T = 1 1^T" : ""));
            logDomain = true;
            state = newIterate();
            for (int s = 0; s <= steps; s++) {
                state.advance();
            }
        }
        steps++;
    }

    /**
     * Whether {@link #continuing} can go on from an earlier run for this problem and β: the steps run in scaling
     * form ({@code exp(−C/β)} above underflow) and every weight is positive.
     */
    public static boolean acceptsStart(TransportProblem problem, double beta) {
        return PositiveSupport.of(problem).reduced() == problem && IpotScalingIterate.fits(problem, beta);
    }

    /** {@code σ^power}, scaled so that its largest entry is 1, entries below {@code exp(−600)} raised to it. */
    private static double[] carriedScaling(double[] sigma, double power) {
        double top = Double.NEGATIVE_INFINITY;
        for (double s : sigma) {
            top = Math.max(top, Math.log(s));
        }
        double[] out = new double[sigma.length];
        for (int j = 0; j < sigma.length; j++) {
            out[j] = Math.exp(Math.max(power * (Math.log(sigma[j]) - top), -IpotScalingIterate.MAX_EXPONENT));
        }
        return out;
    }

    /** Whether the steps went on from an earlier run ({@link #continuing}) rather than from {@code 1 1ᵀ}. */
    public boolean warmStarted() {
        return warmStarted;
    }

    /** Proximal steps taken (t). */
    public int iteration() {
        return steps;
    }

    /** The proximal parameter β. */
    public double beta() {
        return beta;
    }

    /** {@code ε = β/t}: the entropic regularisation whose plan iterate t is when its steps are solved exactly. */
    public double equivalentEpsilon() {
        return steps == 0 ? Double.POSITIVE_INFINITY : beta / steps;
    }

    /** {@code <C,T>} of iterate t (after at least one step). */
    public double transportCost() {
        requireStepped();
        return state.transportCost();
    }

    /** {@code ||T1 − a||₁ + ||Tᵀ1 − b||₁} of iterate t (after at least one step). */
    public double marginalError() {
        requireStepped();
        return state.marginalError();
    }

    /** Scalings the last step ran (L, or fewer when the inner tolerance was met). */
    public int lastInnerIterations() {
        return state.lastInnerIterations();
    }

    /** Row marginal error where the last step's inner solve stopped; NaN for fixed-L steps. */
    public double lastInnerError() {
        return state.lastInnerError();
    }

    /** Whether the steps run in the log domain. */
    public boolean inLogDomain() {
        return logDomain;
    }

    /** Iterate t as a plan of the full problem (a fresh copy; zero rows and columns for zero weights). */
    public TransportPlan plan() {
        requireStepped();
        return new TransportPlan(support.fullN(), support.fullM(), support.expand(state.plan().clone()));
    }

    /** Entries of iterate t above {@code threshold} (plans have total mass one). */
    public int supportSize(double threshold) {
        requireStepped();
        int count = 0;
        for (double v : state.plan()) {
            if (v > threshold) {
                count++;
            }
        }
        return count;
    }

    /** What the run had to do differently (log domain, restart), for the result's warnings. */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    private IpotIterate newIterate() {
        return logDomain ? new IpotLogDomainIterate(reduced, beta, innerIterations, innerTolerance)
                : new IpotScalingIterate(reduced, beta, innerIterations);
    }

    private void requireStepped() {
        if (steps == 0) {
            throw new IllegalStateException("no proximal step taken yet");
        }
    }
}
