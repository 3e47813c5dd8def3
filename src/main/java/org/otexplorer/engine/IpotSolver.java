package org.otexplorer.engine;

import java.util.ArrayList;
import java.util.List;

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
 * <p>Numerics: the steps run in scaling form ({@link IpotScalingIterate}) when {@code exp(−C/β)} stays above
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
        problem.requireBalanced();
        settings.requireValidStopping();
        double beta = settings.beta();
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("IPOT's beta must be a finite number > 0, got " + beta);
        }
        int inner = settings.innerIterations();
        if (inner < 1) {
            throw new IllegalArgumentException("IPOT's inner iterations must be >= 1, got " + inner);
        }
        long start = System.nanoTime();
        PositiveSupport support = PositiveSupport.of(problem);
        TransportProblem reduced = support.reduced();
        List<String> warnings = new ArrayList<>();
        boolean scaling = IpotScalingIterate.fits(reduced, beta);
        if (!scaling) {
            warnings.add("IPOT ran in the log domain: beta = " + beta + " is below the cost range / "
                    + IpotScalingIterate.MAX_EXPONENT + ", where exp(-C/beta) would underflow");
        }
        TransportResult.Builder result = iterate(settings, monitor, support,
                scaling ? new IpotScalingIterate(reduced, beta, inner) : new IpotLogDomainIterate(reduced, beta, inner));
        if (result == null) {
            warnings.add("IPOT's scalings left the floating-point range (beta = " + beta + " is small for these "
                    + "weights and costs); restarted in the log domain");
            result = iterate(settings, monitor, support, new IpotLogDomainIterate(reduced, beta, inner));
        }
        warnings.forEach(result::warning);
        return result.elapsedSeconds((System.nanoTime() - start) * 1e-9).build(problem);
    }

    /**
     * Runs proximal steps until the stopping rule holds; returns the result so far, or {@code null} if a step
     * left the floating-point range.
     */
    private static TransportResult.Builder iterate(SolverSettings settings, SolverMonitor monitor,
                                                   PositiveSupport support, IpotIterate state) {
        IterationHistory history = new IterationHistory();
        StopReason reason = StopReason.MAX_ITERATIONS;
        double previousCost = Double.NaN;
        int it = 0;
        while (it < settings.maxIterations()) {
            if (monitor.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            if (!state.advance()) {
                return null;
            }
            it++;
            double error = state.marginalError();
            double cost = state.transportCost();
            history.add(error);
            monitor.iteration(it, error);
            boolean settled = Math.abs(cost - previousCost) <= settings.tolerance() * Math.max(1, Math.abs(cost));
            previousCost = cost;
            if (error <= settings.tolerance() && settled) {
                reason = StopReason.CONVERGED;
                break;
            }
        }
        double[] plan = support.expand(state.plan().clone());
        return TransportResult.builder(ID)
                .epsilon(0)
                .plan(new TransportPlan(support.fullN(), support.fullM(), plan))
                .marginalErrorHistory(history.toArray())
                .iterations(it)
                .stopReason(reason);
    }
}
