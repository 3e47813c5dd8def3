package org.otexplorer.engine;

/**
 * IPOT, the inexact proximal point method for exact OT (Xie, Wang, Wang, Zha 2019; thesis Algorithm 1):
 * the proximal step {@code T ← argmin <C,T> + β KL(T | T_prev)} over couplings is an entropic problem
 * with kernel {@code Q = G ⊙ T_prev}, {@code G = exp(−C/β)}, solved inexactly by L Sinkhorn scalings
 * {@code δ = a/(Qσ)}, {@code σ = b/(Qᵀδ)}; then {@code T = diag(δ) Q diag(σ)}. It starts from
 * {@code T = 1 1ᵀ}, {@code σ = 1/m}; β = {@link SolverSettings#beta()}, L = {@link SolverSettings#innerIterations()}.
 * It converges to an exact optimum (not to an entropic plan), so the result reports ε = 0, objective =
 * transport cost, and no potentials: the scalings of a proximal step are not dual variables of the exact
 * problem, and their cumulative logarithms diverge as T sharpens, so f and g are {@code null}.
 *
 * <p>The marginal error {@code ||T1 − a||₁ + ||Tᵀ1 − b||₁} is reported after every proximal step. Stops when
 * it is at most the tolerance and the transport cost changed by at most tolerance × max(1, |cost|) over the
 * last step, or at the iteration limit (counted in proximal steps). Points of zero weight are set aside.
 *
 * <p>The steps are taken by an {@link IpotStepper}. Numerics: the steps run in scaling form ({@link IpotScalingIterate}) when {@code exp(−C/β)} stays above
 * underflow (every row's cost range ≤ 600 β), else in the log domain ({@link IpotLogDomainIterate}), which has
 * the same iterates for any β at the price of one {@code exp} per entry per half-step. If the scaling form
 * still leaves the floating-point range (entries of T underflow as it sharpens, or weights are near
 * underflow), the solve restarts from {@code T = 1 1ᵀ} in the log domain, with a warning; it restarts rather
 * than converting the state because entries of T that underflowed to 0 stay 0 in the scaling form, so its
 * scalings no longer describe the log-domain iterate. No NaN is ever returned.
 */
public final class IpotSolver extends NamedSolver {
    public static final String ID = "ipot";

    public IpotSolver() {
        super(ID, false, "Unregularised OT by inexact proximal point (IPOT): Sinkhorn steps around the last plan.",
                java.util.List.of(SolverParameters.BETA, SolverParameters.INNER_ITERATIONS, SolverParameters.TOLERANCE, SolverParameters.MAX_ITERATIONS));
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        return solve(problem, settings, monitor, IterateSink.NONE);
    }

    /** Solves, handing every checked iterate to {@code sink} ({@link StepThrough}). */
    TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor, IterateSink sink) {
        settings.requireValidStopping();
        return solve(problem, settings, monitor, sink,
                IpotStepper.of(problem, settings.beta(), settings.innerIterations()));
    }

    /**
     * Solves with a stepper the caller made — {@link IpotStepper#continuing} an earlier run of the same problem (a
     * warm start: its limit is the exact optimum whatever β, so after a change of β, L or the tolerance a converged
     * run needs few proximal steps) — and keeps: afterwards it holds the state the next run can go on from. The
     * stepper's β and L are used; {@code settings} give the tolerance and the iteration limit. The stopping test is
     * the same as from {@code 1 1ᵀ}.
     */
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor,
                                 IpotStepper stepper) {
        settings.requireValidStopping();
        return solve(problem, settings, monitor, IterateSink.NONE, stepper);
    }

    private TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor,
                                  IterateSink sink, IpotStepper stepper) {
        long start = System.nanoTime();
        IterationHistory history = new IterationHistory();
        StopReason reason = StopReason.MAX_ITERATIONS;
        double previousCost = Double.NaN;
        while (stepper.iteration() < settings.maxIterations()) {
            if (monitor.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            stepper.step();
            sink.proximal(stepper.iteration(), stepper);
            double error = stepper.marginalError();
            double cost = stepper.transportCost();
            history.add(error);
            monitor.iteration(stepper.iteration(), error);
            boolean settled = Math.abs(cost - previousCost) <= settings.tolerance() * Math.max(1, Math.abs(cost));
            previousCost = cost;
            if (error <= settings.tolerance() && settled) {
                reason = StopReason.CONVERGED;
                break;
            }
        }
        TransportResult.Builder result = TransportResult.builder(ID)
                .epsilon(0)
                .plan(stepper.iteration() == 0 ? uniformPlan(problem) : stepper.plan())
                .marginalErrorHistory(history.toArray())
                .iterations(stepper.iteration())
                .stopReason(reason);
        stepper.warnings().forEach(result::warning);
        return result.elapsedSeconds((System.nanoTime() - start) * 1e-9).build(problem);
    }

    /** The start {@code T = a bᵀ} reported when a solve is cancelled before its first step. */
    private static TransportPlan uniformPlan(TransportProblem problem) {
        double[] a = problem.sourceWeights();
        double[] b = problem.targetWeights();
        double[] plan = new double[a.length * b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                plan[i * b.length + j] = a[i] * b[j];
            }
        }
        return new TransportPlan(a.length, b.length, plan);
    }
}
