package org.otexplorer.engine;

/**
 * Newton steps on the entropic dual (Brauer, Clason, Lorenz, Wirth 2017, "A Sinkhorn–Newton method for entropic
 * optimal transport"; math.md §2.4): where Sinkhorn's linear rate stalls (a plan that nearly splits into blocks),
 * Newton converges quadratically. Each step solves {@code (H + ε diag(Φ'') + μ diag(ã, b̃)) z = r} for the
 * marginal residual r (the gradient of the dual {@link EntropicDual} ψ, whose Hessian is the matrix without μ,
 * over ε), with a Levenberg–Marquardt damping {@code μ = }{@link #DAMPING}{@code ·||r||₁/mass} that vanishes as r
 * does. {@link SchurConjugateGradient} solves it on the plan's entries above {@link #DROP} times its largest (a
 * {@link SparsePlan}), to the relative residual {@code min(10⁻², ||r||₁/mass)} (an inexact Newton method,
 * superlinear as r → 0). The step {@code (f, g) ← (f, g) − t ε z} starts at the trust radius (no kept entry's
 * exponent changes by more than Δ: the exponential is linearised) and backtracks until Armijo's test on ψ holds.
 * The decrease {@code ψ(x + tδ) − ψ(x) = t rᵀδ + Q(t)} is evaluated from its parts,
 * {@code Q(t) = ε Σ_ij P_ij (e^ζ − 1 − ζ) + (penalty terms) ≥ 0}, so the test stays exact down to marginal errors
 * near round-off, where ψ itself no longer resolves the change.
 *
 * <p>Stops when the marginal residual is at most the tolerance (converged); when the caller cancels (polled in
 * the CG loop); when neither the residual nor the Newton decrement {@code ε rᵀz} has halved for
 * {@link #STALL_STEPS} steps (near round-off: the precision limit of double at this ε; far above it: a stall);
 * when the line search finds no decrease; or after the step
 * budget (stall, line search and budget are failures: the caller falls back to Sinkhorn). It always returns its best
 * iterate, never NaN. Memory: the current and the trial plan (2nm) and the sparse plan.
 */
public final class SinkhornNewton {
    /** Plan entries at most this fraction of the largest are dropped from the Newton system (math.md §2.4). */
    static final double DROP = 1e-14;
    /** Armijo constant of the sufficient-decrease test. */
    static final double ARMIJO = 1e-4;
    /** The line search gives up below this fraction of its first step length. */
    static final double MIN_STEP = 0x1p-30;
    /**
     * Steps without halving the best residual or the smallest Newton decrement after which the phase stops
     * (precision limit or stall). The decrement counts because far from the solution the damped steps lower the
     * dual ψ while the residual may rise for a while (the decrement is about 2(ψ − ψ*) near the solution and
     * at least {@code ε||r||²/λmax(H̃)}, so it cannot keep halving while the residual stays put).
     */
    static final int STALL_STEPS = 16;
    /** The CG forcing term never asks for less than this relative residual reduction. */
    static final double FORCING_CAP = 1e-2;
    /**
     * Levenberg–Marquardt damping: the system is {@code H + ε diag(Φ'') + μ diag(ã, b̃)} with
     * {@code μ = DAMPING·||r||₁/mass}, which keeps it well conditioned far from the solution (a column with almost
     * no mass) and vanishes quadratically fast near it.
     */
    static final double DAMPING = 1e-3;
    /** Newton steps at most per phase, whatever the iteration budget (quadratic convergence needs a few). */
    static final int MAX_STEPS = 200;
    /** A polish stops after this many steps that do not halve the residual. */
    static final int POLISH_PATIENCE = 2;
    /** The first trust radius: a step changes no kept plan entry by more than a factor e^this. */
    static final double INITIAL_TRUST = 2;

    /** How the Newton phase ended. */
    enum Status {
        /** Marginal residual at most the tolerance. */
        CONVERGED,
        /** The caller cancelled. */
        CANCELLED,
        /** The residual stopped falling near round-off: double precision resolves the plan no better at this ε. */
        PRECISION_LIMIT,
        /** The residual stopped falling far above round-off (a failure: fall back). */
        STALLED,
        /** No step length gave a sufficient decrease of the dual (a failure: fall back). */
        LINE_SEARCH_FAILED,
        /** The step budget ran out first (a failure: fall back). */
        STEP_LIMIT
    }

    /**
     * The best iterate of the phase (its plan is {@code null} when the start itself was not finite).
     *
     * @param error        its marginal residual {@code ||r||₁}
     * @param steps        Newton steps taken
     * @param cgIterations conjugate-gradient iterations over all steps
     */
    record Outcome(Status status, double[] f, double[] g, TransportPlan plan, double error, int steps,
                   int cgIterations) {
    }

    private final double eps;
    private final double precisionFloor;
    private final EntropicDual dual;
    private final int n;
    private final int m;
    private final double[] c;
    private final int blocks;
    private double[] plan;
    private double[] trial;
    private IterateSink sink = IterateSink.NONE;
    private double largestEntry;
    private double dropFraction = DROP;
    private double trust = INITIAL_TRUST;
    private SparsePlan sparse;
    private double[] sourceDemand;
    private double[] targetDemand;
    private double[] residual;
    private double error;

    /**
     * @param precisionFloor the residual below which a stall is round-off, not a failure: a few times
     *                       {@code max(2⁻⁵³ max|C|/ε, 2⁻⁵³ (n + m))} times the total mass
     */
    SinkhornNewton(TransportProblem problem, double eps, EntropicDual dual, double precisionFloor) {
        this.eps = eps;
        this.precisionFloor = precisionFloor;
        this.dual = dual;
        n = problem.n();
        m = problem.m();
        c = problem.costArray();
        blocks = ParallelLoops.blocks(n, m);
    }

    /** Hands every step's potentials to {@code recorder} (a step-by-step recording); returns this. */
    SinkhornNewton recordingTo(IterateSink recorder) {
        sink = recorder;
        return this;
    }

    /**
     * Newton steps from {@code (f0, g0)} until the residual is at most {@code tolerance} or another stop (class
     * comment). Each step is reported to the monitor as iteration {@code offset + step} and added to the history.
     */
    Outcome run(double[] f0, double[] g0, double tolerance, int maxSteps, SolverMonitor monitor, int offset,
                IterationHistory history) {
        return run(f0, g0, tolerance, maxSteps, STALL_STEPS, monitor, offset, history);
    }

    /** As above, stopping after {@code patience} steps that do not halve the best residual. */
    private Outcome run(double[] f0, double[] g0, double tolerance, int maxSteps, int patience, SolverMonitor monitor,
                        int offset, IterationHistory history) {
        double[] f = f0.clone();
        double[] g = g0.clone();
        plan = new double[n * m];
        trial = new double[n * m];
        largestEntry = trialPlan(f, g, null, 0, plan);
        if (Double.isFinite(largestEntry)) {
            refresh(f, g);
        }
        if (!Double.isFinite(largestEntry) || !Double.isFinite(error)) {
            return new Outcome(Status.LINE_SEARCH_FAILED, f, g, null, Double.POSITIVE_INFINITY, 0, 0);
        }
        Progress progress = new Progress(f, g, error);
        int stepLimit = Math.min(maxSteps, MAX_STEPS);
        int steps = 0;
        int cgIterations = 0;
        Status status;
        while ((status = stopBefore(progress, tolerance, patience, steps >= stepLimit, monitor)) == null) {
            SchurConjugateGradient.Solution direction = direction(monitor);
            cgIterations += direction.iterations();
            if (direction.cancelled()) {
                status = Status.CANCELLED;
                break;
            }
            double decrement = newtonDecrement(direction.z());
            double t = lineSearch(f, g, direction.z(), decrement);
            if (t == 0) {
                status = Status.LINE_SEARCH_FAILED;
                break;
            }
            take(f, g, direction.z(), t);
            steps++;
            history.add(error);
            sink.newton(offset + steps, f, g);
            monitor.iteration(offset + steps, error);
            progress.record(f, g, error, decrement);
        }
        if (progress.bestError < error) {
            trialPlan(progress.bestF, progress.bestG, null, 0, plan);
            f = progress.bestF;
            g = progress.bestG;
        }
        TransportPlan result = new TransportPlan(n, m, plan);
        plan = null;
        trial = null;
        return new Outcome(status, f, g, result, Math.min(progress.bestError, error), steps, cgIterations);
    }

    /** Why the phase stops before the next step, or {@code null} to go on. */
    private Status stopBefore(Progress progress, double tolerance, int patience, boolean outOfSteps,
                              SolverMonitor monitor) {
        if (error <= tolerance) {
            return Status.CONVERGED;
        }
        if (monitor.isCancelled()) {
            return Status.CANCELLED;
        }
        if (progress.sinceHalved >= patience) {
            return progress.bestError <= precisionFloor ? Status.PRECISION_LIMIT : Status.STALLED;
        }
        return outOfSteps ? Status.STEP_LIMIT : null;
    }

    /** {@code (f, g) −= t ε z}; the accepted trial plan becomes the current one. */
    private void take(double[] f, double[] g, double[] z, double t) {
        for (int i = 0; i < n; i++) {
            f[i] -= t * eps * z[i];
        }
        for (int j = 0; j < m; j++) {
            g[j] -= t * eps * z[n + j];
        }
        double[] swap = plan;
        plan = trial;
        trial = swap;
        refresh(f, g);
    }

    /** The best iterate so far, and how many steps ago the residual or the Newton decrement last halved. */
    private static final class Progress {
        private double[] bestF;
        private double[] bestG;
        private double bestError;
        private double halvedAt;
        private double decrementHalvedAt = Double.POSITIVE_INFINITY;
        private int sinceHalved;

        Progress(double[] f, double[] g, double error) {
            bestF = f.clone();
            bestG = g.clone();
            bestError = error;
            halvedAt = error;
        }

        /** Records a step's new residual and the Newton decrement of the direction it took. */
        void record(double[] f, double[] g, double error, double decrement) {
            if (error < bestError) {
                bestError = error;
                bestF = f.clone();
                bestG = g.clone();
            }
            boolean errorHalved = error <= 0.5 * halvedAt;
            boolean decrementHalved = decrement <= 0.5 * decrementHalvedAt;
            if (errorHalved) {
                halvedAt = error;
            }
            if (decrementHalved) {
                decrementHalvedAt = decrement;
            }
            sinceHalved = errorHalved || decrementHalved ? 0 : sinceHalved + 1;
        }
    }

    /**
     * Newton steps on a converged or nearly converged balanced entropic result until its marginal error is at most
     * {@code tolerance}, or stops halving (round-off): a few steps take a plan from 1e-9 to about 1e-16, which
     * finite-difference checks of derivatives need. Returns the input when no step lowered the error; otherwise a
     * result with the new plan, potentials, cost, objective and error, the steps added to its iterations and phases,
     * and a warning that says so. The stop reason is the input's.
     *
     * @throws IllegalArgumentException when the result has no potentials (not an entropic method)
     */
    public static TransportResult polish(TransportProblem problem, TransportResult result, double tolerance) {
        if (!result.hasPotentials() || !(result.epsilon() > 0)) {
            throw new IllegalArgumentException("Newton polish needs an entropic result with potentials");
        }
        double eps = result.epsilon();
        EntropicDual dual = EntropicDual.balanced(problem.sourceWeights(), problem.targetWeights());
        Outcome o = new SinkhornNewton(problem, eps, dual, NewtonPhaseReport.precisionFloor(problem, eps, 2))
                .run(result.f(), result.g(), tolerance, MAX_STEPS, POLISH_PATIENCE, SolverMonitor.NONE, 0,
                        new IterationHistory());
        if (o.steps() == 0 || o.plan() == null || !(o.error() < result.marginalError())) {
            return result;
        }
        return result.toBuilder()
                .plan(o.plan())
                .potentials(o.f(), o.g())
                .transportCost(o.plan().transportCost(problem))
                .objective(o.plan().entropicObjective(problem, eps))
                .marginalError(o.plan().marginalError(problem))
                .iterations(result.iterations() + o.steps())
                .phase(SolverPhase.NEWTON, o.steps())
                .warning("polished with " + o.steps() + " Newton step(s) on the dual")
                .build(problem);
    }

    /**
     * The Newton direction z of {@code H̃ z = r}; if the bound {@code ||H̃z − r|| + ||H − H̃||·||z||} on the true
     * residual exceeds half of {@code ||r||} (too much was dropped), once more with a smaller drop threshold.
     */
    private SchurConjugateGradient.Solution direction(SolverMonitor monitor) {
        double forcing = Math.min(FORCING_CAP, error / dual.totalMass());
        int maxIterations = 10 * m + 100;
        while (true) {
            double damping = DAMPING * error / dual.totalMass();
            SchurConjugateGradient cg = new SchurConjugateGradient(sparse, shift(sourceDemand, damping),
                    shift(targetDemand, damping));
            SchurConjugateGradient.Solution s = cg.solve(residual, forcing, maxIterations, monitor::isCancelled);
            double bound = s.residualNorm() + sparse.droppedNormBound() * norm(s.z());
            if (s.cancelled() || bound <= 0.5 * s.rightHandSideNorm() || dropFraction == 0) {
                return s;
            }
            dropFraction = dropFraction > 1e-30 ? dropFraction * 1e-6 : 0;
            sparse = SparsePlan.of(plan, n, m, dropFraction * largestEntry);
        }
    }

    /**
     * Backtracking from {@code t₀ = min(1, Δ / max|ζ|)} until {@code Q(t) ≤ (1 − c) t |rᵀδ|} (Armijo with constant
     * c, δ = −εz), where {@code max|ζ|} is the largest change of a kept entry's exponent (and of a penalty's) at
     * t = 1 and Δ the trust radius: the exponential is linearised, so far from the solution (a mass imbalance
     * between nearly split blocks) a full Newton step would overshoot by orders of magnitude. Δ grows fourfold
     * after a step that the radius, not the decrease test, limited, and shrinks to what backtracking accepted.
     * {@code descent = |rᵀδ|} is the direction's Newton decrement.
     * Leaves the accepted trial plan in {@code trial} and returns t, or 0 when no step length above
     * {@link #MIN_STEP}·t₀ works or z is not a descent direction.
     */
    private double lineSearch(double[] f, double[] g, double[] z, double descent) {
        if (!(descent > 0) || Double.isInfinite(descent)) {
            return 0;
        }
        double[] deltaF = new double[n];
        double[] deltaG = new double[m];
        for (int i = 0; i < n; i++) {
            deltaF[i] = -eps * z[i];
        }
        for (int j = 0; j < m; j++) {
            deltaG[j] = -eps * z[n + j];
        }
        double largestChange = Math.max(sparse.largestExponentChange(z), dual.largestPenaltyExponentChange(z));
        double first = largestChange > trust ? trust / largestChange : 1;
        for (double t = first; t >= first * MIN_STEP; t *= 0.5) {
            double[] fT = new double[n];
            double[] gT = new double[m];
            for (int i = 0; i < n; i++) {
                fT[i] = f[i] + t * deltaF[i];
            }
            for (int j = 0; j < m; j++) {
                gT[j] = g[j] + t * deltaG[j];
            }
            double[] entryTerms = new double[1];
            double largest = trialPlan(fT, gT, z, t, trial, entryTerms);
            double q = eps * entryTerms[0] + dual.curvature(sourceDemand, deltaF, t)
                    + dual.curvature(targetDemand, deltaG, t);
            if (q <= (1 - ARMIJO) * t * descent) {
                largestEntry = largest;
                trust = t == first && first < 1 ? 4 * trust : Math.max(t * largestChange, INITIAL_TRUST);
                return t;
            }
        }
        return 0;
    }

    /**
     * The Newton decrement {@code ε rᵀz} of direction z: the dual's directional descent {@code −∇ψᵀδ} along
     * δ = −εz (ψ's gradient is r); with z = H̃⁻¹r it is {@code ε rᵀH̃⁻¹r}.
     */
    private double newtonDecrement(double[] z) {
        double descent = 0;
        for (int k = 0; k < n + m; k++) {
            descent += residual[k] * z[k];
        }
        return eps * descent;
    }

    /** The plan of (f, g) into {@code out}; returns its largest entry. */
    private double trialPlan(double[] f, double[] g, double[] z, double t, double[] out) {
        return trialPlan(f, g, z, t, out, new double[1]);
    }

    /**
     * {@code out_ij = exp((f_i + g_j − C_ij)/ε)}; with z given, also {@code Σ_ij P_ij (e^ζ − 1 − ζ)} for the
     * exponent change {@code ζ_ij = −t (z_i + z_{n+j})} against the current plan, into {@code entryTerms[0]}
     * (+∞ if an entry overflowed). Returns the largest entry. One exp per entry, rows split across cores.
     */
    private double trialPlan(double[] f, double[] g, double[] z, double t, double[] out, double[] entryTerms) {
        double invEps = 1 / eps;
        double[] largest = new double[blocks];
        double[] terms = new double[blocks];
        double[] current = plan;
        ParallelLoops.forBlocks(n, blocks, (block, from, to) -> {
            double mx = 0;
            double q = 0;
            for (int i = from; i < to; i++) {
                int row = i * m;
                double fi = f[i];
                for (int j = 0; j < m; j++) {
                    double p = LogDomainKernels.exp((fi + g[j] - c[row + j]) * invEps);
                    out[row + j] = p;
                    mx = Math.max(mx, p);
                }
                if (z != null) {
                    double zi = z[i];
                    for (int j = 0; j < m; j++) {
                        q += EntropicDual.entryCurvature(current[row + j], out[row + j], -t * (zi + z[n + j]));
                    }
                }
            }
            largest[block] = mx;
            terms[block] = q;
        });
        double mx = 0;
        double q = 0;
        for (int b = 0; b < blocks; b++) {
            mx = Math.max(mx, largest[b]);
            q += terms[b];
        }
        entryTerms[0] = Double.isFinite(mx) ? q : Double.POSITIVE_INFINITY;
        return mx;
    }

    /** Sparse plan, demands, residual and error of the current plan. */
    private void refresh(double[] f, double[] g) {
        sparse = SparsePlan.of(plan, n, m, dropFraction * largestEntry);
        sourceDemand = dual.sourceDemand(f);
        targetDemand = dual.targetDemand(g);
        residual = new double[n + m];
        double[] rows = sparse.rowSums();
        double[] cols = sparse.columnSums();
        double e = 0;
        for (int i = 0; i < n; i++) {
            residual[i] = rows[i] - sourceDemand[i];
            e += Math.abs(residual[i]);
        }
        for (int j = 0; j < m; j++) {
            residual[n + j] = cols[j] - targetDemand[j];
            e += Math.abs(residual[n + j]);
        }
        error = e;
    }

    /** {@code ε Φ'' + μ·demand}: the penalty's curvature plus the Levenberg–Marquardt damping μ. */
    private double[] shift(double[] demand, double damping) {
        double[] penalty = dual.shift(demand);
        double[] out = new double[demand.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (penalty == null ? 0 : penalty[k]) + damping * demand[k];
        }
        return out;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
