package org.otexplorer.engine;

/**
 * Robust OT, ROBOT Algorithm 1 as the authors' code runs it (math.md §11.2): the marginals are relaxed to
 * μ, ν within L2 balls of radius ρ1, ρ2 around a and b. Each outer iteration makes one Sinkhorn step (f then g,
 * in the scaling domain with the exact log-domain half-step where a scaled sum breaks down, math.md §11.2) against
 * the current μ, ν, then a projected gradient step on each relaxed
 * marginal: {@code μ ← μ − η(f + ε log μ)}, clip negatives and add 1e-5, renormalise, project onto
 * {@code ||μ − a||₂ ≤ ρ1} and renormalise (likewise ν with g and ρ2). The entropy weights of both steps
 * are ε (the code's ε1 = ε2 = ε). With ρ1 = ρ2 = 0 the marginals stay at a, b and this is balanced Sinkhorn,
 * which is then what runs: {@code sinkhorn}'s stabilised scaling scheme with its Newton phase (math.md §2.4), unless an
 * {@link IterateRecorder} asks for ROBOT's own iterations. With ρ > 0 there is no Newton phase: the coupled
 * projected-gradient steps on μ, ν (step η) set the pace there, not the Sinkhorn rate.
 *
 * <p>The plan {@code exp((f_i + g_j − C_ij)/ε)} comes from the last f, g, which were computed against the
 * μ, ν reported by {@link TransportResult#relaxedSourceWeights()} and {@link TransportResult#relaxedTargetWeights()};
 * the marginal error is measured against those relaxed marginals, so against the original a, b it is not
 * zero by design. Stops when that error and the L1 change of μ and ν are both at most the tolerance.
 *
 * <p>With {@code robustScheme = "exact"} ({@link SolverParameters#ROBUST_SCHEME}) it runs {@link RobustExactScheme}
 * instead: the same objective minimised without the floor, to a first-order optimality test, so that the answer
 * does not depend on η (math.md §11.2, "step-independent scheme").
 */
public final class RobustSinkhornSolver extends NamedSolver {
    public static final String ID = "robust";
    /** The value of {@link SolverParameters#ROBUST_SCHEME} that runs ROBOT's Algorithm 1 (the default). */
    public static final String ROBOT_SCHEME = "robot";
    /** The authors' floor added after clipping, so that log μ stays finite. */
    public static final double FLOOR = 1e-5;

    public RobustSinkhornSolver() {
        super(ID, true, "ROBOT robust OT: marginals may move within L2 balls of radii ρ1, ρ2, so outliers shed mass.",
                java.util.List.of(SolverParameters.EPSILON, SolverParameters.RHO1, SolverParameters.RHO2, SolverParameters.RELATIVE_RHO,
                        SolverParameters.ROBUST_STEP, SolverParameters.ROBUST_SCHEME,
                        SolverParameters.TOLERANCE, SolverParameters.MAX_ITERATIONS, SolverParameters.NEWTON));
    }

    /**
     * ROBOT's scheme with a radius above 0 ends where its start leads (math.md §11.2, "Limits"): warm-started along
     * an ε drag at n = 300 it drifted by 1 % in ⟨C, P⟩ and once stopped unconverged at the iteration limit where a
     * cold solve converges in 31 iterations. The step-independent scheme and zero radii (balanced Sinkhorn) do not.
     */
    @Override
    public boolean answerDependsOnStart(SolverSettings settings) {
        return (settings.rho1() != 0 || settings.rho2() != 0) && ROBOT_SCHEME.equals(settings.robustScheme());
    }

    /**
     * Receives every outer iteration's state, for reverse-mode differentiation through the solver
     * ({@code derivatives.UnrolledRobustSinkhornGradient}). The arrays are the solver's own: copy what you keep.
     */
    @FunctionalInterface
    public interface IterateRecorder {
        /** No recording. */
        IterateRecorder NONE = (mu, nu, f, g) -> { };

        /**
         * Iteration t finished.
         *
         * @param mu the relaxed source marginal μ_{t−1} this iteration's f-update used
         * @param nu the relaxed target marginal ν_{t−1} its g-update used
         * @param f  the new f_t
         * @param g  the new g_t
         */
        void iteration(double[] mu, double[] nu, double[] f, double[] g);
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        return solve(problem, settings, monitor, IterateRecorder.NONE);
    }

    /** Solves and reports each iteration's state to {@code recorder}. */
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor,
                                 IterateRecorder recorder) {
        EntropicSolverSupport.validate(problem, settings);
        requireNonNegative(settings.rho1(), "rho1");
        requireNonNegative(settings.rho2(), "rho2");
        if (!(settings.robustStep() > 0) || Double.isInfinite(settings.robustStep())) {
            throw new IllegalArgumentException("robust step eta must be a finite number > 0, got " + settings.robustStep());
        }
        String scheme = settings.robustScheme();
        if (!SolverParameters.ROBUST_SCHEME.type().choices().contains(scheme)) {
            throw new IllegalArgumentException("robustScheme must be one of " + SolverParameters.ROBUST_SCHEME.type().choices()
                    + ", got '" + scheme + "'");
        }
        if (scheme.equals(RobustExactScheme.NAME)) {
            if (recorder != IterateRecorder.NONE) {
                throw new IllegalArgumentException("an IterateRecorder records ROBOT's iterations: robustScheme must be "
                        + "'robot', got '" + scheme + "'");
            }
            return RobustExactScheme.solve(problem, settings, EntropicSolverSupport.usableEpsilon(problem, settings),
                    monitor);
        }
        if (settings.rho1() == 0 && settings.rho2() == 0 && recorder == IterateRecorder.NONE) {
            double eps = EntropicSolverSupport.usableEpsilon(problem, settings);
            return SinkhornLoop.run(ID, new ScalingScheme(ID, problem, settings, eps), problem, settings, eps, monitor)
                    .toBuilder().relaxedWeights(problem.sourceWeights().clone(), problem.targetWeights().clone())
                    .build(problem);
        }
        long start = System.nanoTime();
        int n = problem.n();
        int m = problem.m();
        double eps = EntropicSolverSupport.usableEpsilon(problem, settings);
        double[] c = problem.costArray();
        double[] a = problem.sourceWeights();
        double[] b = problem.targetWeights();
        double[] mu = a.clone();
        double[] nu = b.clone();
        double[] usedMu = mu.clone();
        double[] usedNu = nu.clone();
        ScalingScheme sweep = new ScalingScheme(ID, problem, settings, eps);
        double[] f = sweep.liveF();
        double[] g = sweep.liveG();
        double[] previousF = new double[n];
        IterationHistory history = new IterationHistory();
        StopReason reason = StopReason.MAX_ITERATIONS;
        double change = Double.POSITIVE_INFINITY;
        int it = 0;
        while (true) {
            if (monitor.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            if (it == settings.maxIterations()) {
                break; // the last iterate's error is the final plan's, below
            }
            System.arraycopy(f, 0, previousF, 0, n);
            sweep.relax(mu, nu);
            sweep.sweepRows();
            if (it > 0) {
                // The sweep started from iterate it's plan: its row sums are that plan's row marginal; its columns
                // fit usedNu by construction of g (round-off).
                double error = rowError(sweep.incomingRowSums(), usedMu);
                history.add(error);
                monitor.iteration(it, error);
                if (error <= settings.tolerance() && change <= settings.tolerance()) {
                    System.arraycopy(previousF, 0, f, 0, n); // iterate it, not the half-step past it
                    reason = StopReason.CONVERGED;
                    break;
                }
            }
            System.arraycopy(mu, 0, usedMu, 0, n);
            System.arraycopy(nu, 0, usedNu, 0, m);
            sweep.fitColumns();
            recorder.iteration(usedMu, usedNu, f, g);
            change = projectedStep(mu, a, f, eps, settings.robustStep(), settings.rho1())
                    + projectedStep(nu, b, g, eps, settings.robustStep(), settings.rho2());
            it++;
        }
        double[] plan = new double[n * m];
        LogDomainKernels.plan(c, n, m, eps, f, g, plan);
        TransportPlan p = new TransportPlan(n, m, plan);
        double finalError = p.marginalError(usedMu, usedNu);
        if (reason != StopReason.CONVERGED && it > 0) { // the last iterate's error, not yet seen by a sweep
            history.add(finalError);
            monitor.iteration(it, finalError);
            if (reason == StopReason.MAX_ITERATIONS && finalError <= settings.tolerance()
                    && change <= settings.tolerance()) {
                reason = StopReason.CONVERGED;
            }
        }
        TransportResult.Builder result = TransportResult.builder(ID)
                .epsilon(eps)
                .plan(p)
                .potentials(f, g)
                .relaxedWeights(usedMu, usedNu)
                .marginalError(finalError)
                .marginalErrorHistory(history.toArray())
                .iterations(it)
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9);
        sweep.warnings().forEach(result::warning);
        TransportResult r = result.build(problem);
        return EntropicSolverSupport.honest(r, problem, settings, eps, r.marginalError());
    }

    /** {@code ||r − μ||₁}. */
    private static double rowError(double[] rowSums, double[] mu) {
        double e = 0;
        for (int i = 0; i < mu.length; i++) {
            e += Math.abs(rowSums[i] - mu[i]);
        }
        return Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
    }

    /**
     * One projected gradient step on a relaxed marginal (math.md §11.2 step 2); returns the L1 change.
     */
    public static double projectedStep(double[] w, double[] original, double[] potential, double eps, double eta,
                                       double rho) {
        int len = w.length;
        double[] before = w.clone();
        for (int k = 0; k < len; k++) {
            double stepped = w[k] - eta * (potential[k] + eps * Math.log(w[k]));
            w[k] = Math.max(stepped, 0) + FLOOR;
        }
        normalise(w);
        double dist = 0;
        for (int k = 0; k < len; k++) {
            dist += (w[k] - original[k]) * (w[k] - original[k]);
        }
        dist = Math.sqrt(dist);
        if (dist > rho) {
            double shrink = rho / dist;
            for (int k = 0; k < len; k++) {
                w[k] = original[k] + (w[k] - original[k]) * shrink;
            }
            normalise(w);
        }
        double change = 0;
        for (int k = 0; k < len; k++) {
            change += Math.abs(w[k] - before[k]);
        }
        return change;
    }

    private static void normalise(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        for (int k = 0; k < w.length; k++) {
            w[k] /= s;
        }
    }

    private static void requireNonNegative(double v, String name) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + v);
        }
    }
}
