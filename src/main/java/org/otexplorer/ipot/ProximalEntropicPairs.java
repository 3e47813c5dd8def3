package org.otexplorer.ipot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.otexplorer.engine.IpotStepper;
import org.otexplorer.engine.LogDomainSinkhornSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.StopReason;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * IPOT's iterate t beside the entropic plan at ε = β/t, for a slider over t (math.md §16.1). With each proximal
 * step solved to convergence the two are the same plan: iterate t is {@code diag(u) exp(−tC/β) diag(v)} with the
 * marginals a and b, which is the Sinkhorn plan at ε = β/t. The Sinkhorn side is computed separately by the
 * log-domain solver (warm-started from the previous t's potentials), so the pair also checks the claim; the
 * pair's {@link Pair#maxDifference()} says how well it holds.
 */
public final class ProximalEntropicPairs {
    /** Default inner tolerance on the row marginal error of each proximal step. */
    public static final double INNER_TOLERANCE = 1e-12;
    /** Cap on the inner scalings per proximal step. */
    public static final int MAX_INNER_ITERATIONS = 100_000;

    /**
     * IPOT's iterate t (inner solves to tolerance), the Sinkhorn plan at ε = β/t, and for contrast IPOT's iterate t
     * with L = 1 (thesis Algorithm 1 as usually run), which is near but not equal to it.
     *
     * @param innerIterations scalings the proximal step needed
     * @param innerError      its row marginal error when it stopped
     * @param sinkhornConverged whether Sinkhorn met the same tolerance
     * @param maxDifference   {@code max_ij |T_ij − P_ij|}
     * @param oneSweepDifference {@code max_ij |T^{L=1}_ij − P_ij|}
     */
    public record Pair(int t, double epsilon, TransportPlan ipot, TransportPlan sinkhorn, TransportPlan ipotOneSweep,
                       int innerIterations, double innerError, boolean sinkhornConverged, double maxDifference,
                       double oneSweepDifference) {
    }

    private ProximalEntropicPairs() {
    }

    /**
     * Pairs for t = 1..steps.
     *
     * @throws IllegalArgumentException for β ≤ 0, steps < 1 or unbalanced weights
     */
    public static List<Pair> compute(TransportProblem problem, double beta, int steps, double innerTolerance,
                                     BooleanSupplier cancelled) {
        if (steps < 1) {
            throw new IllegalArgumentException("need at least one proximal step, got " + steps);
        }
        IpotStepper ipot = IpotStepper.withInnerTolerance(problem, beta, innerTolerance, MAX_INNER_ITERATIONS);
        IpotStepper oneSweep = IpotStepper.of(problem, beta, 1);
        LogDomainSinkhornSolver sinkhorn = new LogDomainSinkhornSolver();
        List<Pair> pairs = new ArrayList<>();
        double[] f = null;
        double[] g = null;
        while (ipot.iteration() < steps && !cancelled.getAsBoolean()) {
            ipot.step();
            oneSweep.step();
            double eps = ipot.equivalentEpsilon();
            TransportResult r = sinkhorn.solve(problem, SolverSettings.defaults().withEpsilon(eps)
                    .withTolerance(innerTolerance).withMaxIterations(MAX_INNER_ITERATIONS).withWarmStart(f, g));
            f = r.f();
            g = r.g();
            TransportPlan plan = ipot.plan();
            TransportPlan inexact = oneSweep.plan();
            pairs.add(new Pair(ipot.iteration(), eps, plan, r.plan(), inexact, ipot.lastInnerIterations(),
                    ipot.lastInnerError(), r.stopReason() == StopReason.CONVERGED, maxDifference(plan, r.plan()),
                    maxDifference(inexact, r.plan())));
        }
        return pairs;
    }

    static double maxDifference(TransportPlan p, TransportPlan q) {
        double[] a = p.values();
        double[] b = q.values();
        double max = 0;
        for (int k = 0; k < a.length; k++) {
            max = Math.max(max, Math.abs(a[k] - b[k]));
        }
        return max;
    }
}
