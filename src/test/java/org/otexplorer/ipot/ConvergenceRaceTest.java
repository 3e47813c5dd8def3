package org.otexplorer.ipot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.histogram.GaussianMixture;
import org.otexplorer.histogram.Grid;
import org.otexplorer.histogram.OneDimensionalTransport;

/** Fig. 2.2 and 2.4 as claims: IPOT approaches W_LP and the exact support, Sinkhorn is biased or stalls. */
class ConvergenceRaceTest {
    private static final int N = 100;

    @Test
    void theExactPlanIsTheMonotonePlanInOneDimension() {
        double[] a = GaussianMixture.demoSource().histogram(N);
        double[] b = GaussianMixture.demoTarget().histogram(N);
        ConvergenceRace.Result r = new ConvergenceRace(Grid.line(N).problem(a, b), List.of(), new double[0], 1,
                PlanSparsity.DEFAULT_THRESHOLD).run(() -> false);
        TransportPlan monotone = OneDimensionalTransport.monotonePlan(a, b);
        assertArrayEquals(monotone.values(), r.exactPlan().values(), 1e-15);
        double[] x = Grid.line(N).linePositions();
        assertEquals(OneDimensionalTransport.squaredCost(monotone, x, x), r.exactCost(), 1e-15);
    }

    @Test
    void ipotIsSharpAndNearWlpWhereSinkhornIsBiasedOrStalls() {
        for (long seed = 0; seed < 4; seed++) {
            double[] a = seed == 0 ? GaussianMixture.demoSource().histogram(N) : GaussianMixture.random(2, N, seed).histogram(N);
            double[] b = seed == 0 ? GaussianMixture.demoTarget().histogram(N) : GaussianMixture.random(2, N, seed + 100).histogram(N);
            TransportProblem p = Grid.line(N).problem(a, b);
            ConvergenceRace.Result r = new ConvergenceRace(p, List.of(new ConvergenceRace.IpotSetting(0.1, 1)),
                    new double[] {0.01, 0.001, 1e-4}, 2000, PlanSparsity.DEFAULT_THRESHOLD).run(() -> false);
            ConvergenceCurve ipot = r.curves().get(0);
            ConvergenceCurve coarse = r.curves().get(1);
            ConvergenceCurve fine = r.curves().get(2);
            ConvergenceCurve tiny = r.curves().get(3);
            double w = r.exactCost();
            double[] gaps = ipot.costGaps(w);
            assertEquals(2000, ipot.iterations().length);
            assertTrue(gaps[1999] < gaps[99] / 10, "seed " + seed + ": IPOT gap " + gaps[99] + " -> " + gaps[1999]);
            assertTrue(coarse.converged() && fine.converged(), "seed " + seed);
            double bias = Math.abs(fine.finalTransportCost() - w);
            assertTrue(gaps[1999] < bias / 5, "seed " + seed + ": IPOT gap " + gaps[1999] + " vs Sinkhorn bias " + bias);
            assertFalse(tiny.converged(), "seed " + seed + ": Sinkhorn at 1e-4 within 2000 iterations");
            assertTrue(r.verdict(tiny).contains("stalls"), r.verdict(tiny));
            double ipotOff = ipot.massOffExactSupport()[1999];
            assertTrue(ipotOff < 0.1 && fine.massOffExactSupport()[fine.iterations().length - 1] > 0.5,
                    "seed " + seed + ": mass off the exact support " + ipotOff);
            assertTrue(ipot.supportSizes()[1999] < 2.5 * r.exactSupportSize(), "seed " + seed);
        }
    }

    @Test
    void sinkhornIsRecordedOnALadderOfIterationCounts() {
        assertArrayEquals(new int[] {1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70, 100, 150, 200, 300, 500, 700, 1000, 1500, 2000},
                ConvergenceRace.ladder(2000));
        assertArrayEquals(new int[] {1, 2, 3, 4}, ConvergenceRace.ladder(4));
    }

    @Test
    void badSettingsAreRejected() {
        TransportProblem p = Grid.line(10).problem(GaussianMixture.demoSource().histogram(10),
                GaussianMixture.demoTarget().histogram(10));
        assertThrows(IllegalArgumentException.class, () -> new ConvergenceRace(p, List.of(), new double[] {0}, 10, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> new ConvergenceRace(p, List.of(), new double[0], 0, 1e-6));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ConvergenceRace(p,
                List.of(new ConvergenceRace.IpotSetting(-1, 1)), new double[0], 10, 1e-6).run(() -> false));
        assertTrue(e.getMessage().contains("beta"), e.getMessage());
    }
}
