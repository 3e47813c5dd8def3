package org.otexplorer.ui.ipot;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.otexplorer.barycenter.BarycenterProblem;
import org.otexplorer.barycenter.BarycenterResult;
import org.otexplorer.barycenter.BarycenterRuns;
import org.otexplorer.barycenter.ExactBarycenter1D;
import org.otexplorer.barycenter.IbpBarycenter;
import org.otexplorer.barycenter.IpotBarycenter;
import org.otexplorer.barycenter.Sharpness;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.service.Analysis;
import org.otexplorer.service.Job;

/**
 * The barycenters the panel draws side by side at the same β = ε (math.md §16.3–16.5): IBP's entropic barycenter
 * (run to a marginal error and last change of 1e-6, at most {@value #IBP_ITERATIONS} steps) and IPOT's
 * ({@code ipot.barycenterSteps} proximal steps, L = 1, in the chosen order), with, on a line grid, the exact
 * barycenter by quantile averaging moved onto the grid.
 *
 * @param problem the inputs and weights
 * @param ibp     IBP's run
 * @param ipot    IPOT's run
 * @param exact   the exact barycenter on the grid (1-D), or {@code null}
 * @param exactSharpness its sharpness, or {@code null}
 */
record BarycenterView(BarycenterProblem problem, BarycenterResult ibp, BarycenterResult ipot, double[] exact,
                      Sharpness exactSharpness) {
    /** IBP's step limit. */
    static final int IBP_ITERATIONS = 5000;
    /** IBP's tolerance on the marginal error and the last change of q. */
    static final double IBP_TOLERANCE = 1e-6;

    /** The barycenters' analysis on the {@code ipot.barycenters} channel. */
    static final Analysis<Scenario, BarycenterView> ANALYSIS = new Analysis<>() {
        @Override
        public String channel() {
            return "ipot.barycenters";
        }

        @Override
        public Job<BarycenterView> job(Scenario s) {
            return context -> BarycenterView.compute(s, context::isCancelled);
        }
    };

    static BarycenterView compute(Scenario s, BooleanSupplier cancelled) {
        ParameterValues v = IpotSection.of(s);
        BarycenterProblem p = BarycenterInputs.problem(s);
        double beta = v.get(IpotSection.BARYCENTER_BETA);
        BarycenterResult ibp = BarycenterRuns.run(new IbpBarycenter(p, beta), IBP_ITERATIONS, IBP_TOLERANCE, 10,
                cancelled);
        int steps = v.get(IpotSection.BARYCENTER_STEPS);
        BarycenterResult ipot = BarycenterRuns.run(new IpotBarycenter(p, beta, 1, order(s)), steps, 0, steps,
                cancelled);
        double[] exact = p.grid().isLine() ? ExactBarycenter1D.of(p).onGrid() : null;
        return new BarycenterView(p, ibp, ipot, exact, exact == null ? null : Sharpness.of(exact));
    }

    static IpotBarycenter.Order order(Scenario s) {
        return "printed".equals(IpotSection.of(s).get(IpotSection.ORDER)) ? IpotBarycenter.Order.PRINTED
                : IpotBarycenter.Order.CONSENSUS;
    }

    /** The part of a scenario the barycenters depend on. */
    static Object inputs(Scenario s) {
        ParameterValues v = IpotSection.of(s);
        return List.of(BarycenterInputs.inputs(s), v.get(IpotSection.BARYCENTER_BETA),
                v.get(IpotSection.BARYCENTER_STEPS), v.get(IpotSection.ORDER));
    }

    /** "entropy 5.95, support 507, 99 % in 397 bins". */
    static String sharpness(Sharpness s) {
        return String.join(", ", sharpnessPhrases(s));
    }

    /** The phrases of {@link #sharpness}: entropy, support and the bins holding 99 % of the mass. */
    static String[] sharpnessPhrases(Sharpness s) {
        return new String[] {String.format(java.util.Locale.ROOT, "entropy %.3f", s.entropy()),
            "support " + s.supportSize(), "99 % in " + s.bins99() + " bins"};
    }
}
