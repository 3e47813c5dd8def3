package org.otexplorer.barycenter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.histogram.GaussianMixture;
import org.otexplorer.histogram.Grid;

/** Algorithm 2 in the consensus-keeping order reaches the exact 1-D barycenter; the printed order stalls. */
class IpotBarycenterTest {
    private static final int N = 100;

    @Test
    void theConsensusOrderConvergesToTheExactBarycenterAndThePrintedOrderStalls() {
        for (long seed = 0; seed < 4; seed++) {
            BarycenterProblem p = problem(seed);
            double[] exact = ExactBarycenter1D.of(p).onGrid();
            double best = ExactBarycenter1D.objective(p, exact);
            IpotBarycenter consensus = new IpotBarycenter(p, 0.01, 1, IpotBarycenter.Order.CONSENSUS);
            IpotBarycenter printed = new IpotBarycenter(p, 0.01, 1, IpotBarycenter.Order.PRINTED);
            double[] q = BarycenterRuns.run(consensus, 1000, 0, 1000, () -> false).barycenter();
            double[] stalled = BarycenterRuns.run(printed, 1000, 0, 1000, () -> false).barycenter();
            double gap = (ExactBarycenter1D.objective(p, q) - best) / best;
            double printedGap = (ExactBarycenter1D.objective(p, stalled) - best) / best;
            assertTrue(gap < 1e-3, "seed " + seed + ": consensus order relative gap " + gap);
            assertTrue(l1(q, exact) < 0.15, "seed " + seed + ": L1 to the exact barycenter " + l1(q, exact));
            assertTrue(printedGap > 0.02 && printedGap > 100 * gap, "seed " + seed + ": printed order gap " + printedGap);
            assertTrue(consensus.consensusGap() < 1e-6, "seed " + seed + ": " + consensus.consensusGap());
            assertTrue(printed.consensusGap() > 1, "seed " + seed + ": " + printed.consensusGap());
        }
    }

    @Test
    void ipotIsSharperThanIbpAtTheSameBetaEqualEpsilon() {
        for (long seed = 0; seed < 3; seed++) {
            BarycenterProblem p = problem(seed);
            double exact = ExactBarycenter1D.objective(p, ExactBarycenter1D.of(p).onGrid());
            BarycenterResult ibp = BarycenterRuns.run(new IbpBarycenter(p, 0.01), 20_000, 1e-11, 1, () -> false);
            BarycenterResult ipot = BarycenterRuns.run(new IpotBarycenter(p, 0.01, 1, IpotBarycenter.Order.CONSENSUS), 300,
                    0, 300, () -> false);
            assertTrue(ipot.sharpness().entropy() < ibp.sharpness().entropy() - 0.1, "seed " + seed);
            double ibpGap = ExactBarycenter1D.objective(p, ibp.barycenter()) - exact;
            double ipotGap = ExactBarycenter1D.objective(p, ipot.barycenter()) - exact;
            assertTrue(ipotGap < ibpGap / 10, "seed " + seed + ": " + ipotGap + " vs " + ibpGap);
        }
    }

    /** Seed 0: two Gaussians with λ = (1/3, 2/3) (no ties in the exact barycenter); others: three random mixtures. */
    private static BarycenterProblem problem(long seed) {
        Grid grid = Grid.line(N);
        if (seed == 0) {
            return BarycenterProblem.of(grid, List.of(ExactBarycenter1DTest.gaussian(N, 25, 5),
                    ExactBarycenter1DTest.gaussian(N, 70, 8)), new double[] {1.0 / 3, 2.0 / 3});
        }
        List<double[]> inputs = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            inputs.add(GaussianMixture.random(2, N, seed * 10 + k).histogram(N));
        }
        return BarycenterProblem.of(grid, inputs, new double[] {0.2, 0.3, 0.5});
    }

    private static double l1(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs(a[i] - b[i]);
        }
        return s;
    }
}
