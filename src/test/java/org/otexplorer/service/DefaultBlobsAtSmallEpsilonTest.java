package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;

/**
 * Issue 13: the explorer's default scenario (two Gaussian blobs, n = 60, log-domain Sinkhorn, 10 000 iterations)
 * dragged down to ε = 3.5e-4·mean C ended at the iteration limit with marginal error 7.6e-6. With the Newton phase
 * it converges to 1e-11, cold and warm-started as the slider does. Independent truth: the duality gap (primal minus
 * dual value) is bounded by the potentials times the marginal error (math.md §1.1).
 */
class DefaultBlobsAtSmallEpsilonTest {
    private static Scenario defaultScenarioAt(double relativeEpsilon, long seed) {
        Scenario s = new Scenario(null, "default", null, seed, null, null, null, null);
        return s.withEngine(EngineSpec.defaults().withEpsilon(relativeEpsilon, true).withStopping(1e-11, 10_000));
    }

    @Test
    void theDefaultBlobsConvergeAtThreePointFiveTimesTenToTheMinusFourMeanCost() {
        for (long seed = 0; seed <= 3; seed++) {
            TransportRun run = new TransportRun();
            // The slider's path: a solve at a larger ε first, then the small one warm-started from it.
            run.solve(defaultScenarioAt(3.5e-3, seed), null, SolverMonitor.NONE);
            TransportRun.Solved warm = run.solve(defaultScenarioAt(3.5e-4, seed), null, SolverMonitor.NONE);
            TransportRun.Solved cold = new TransportRun().solve(defaultScenarioAt(3.5e-4, seed), null, SolverMonitor.NONE);
            for (TransportRun.Solved solved : new TransportRun.Solved[] {warm, cold}) {
                TransportResult r = solved.result();
                String what = "seed " + seed + (solved.warmStarted() ? " warm" : " cold");
                assertTrue(r.converged(), what + ": " + r.stopReason() + " " + r.warnings());
                assertTrue(r.marginalError() <= 1e-11, what + " " + r.marginalError());
                assertTrue(r.newtonIterations() > 0, what + " " + r.phases());
                assertDualityGapWithinBound(solved.problem(), r, what);
            }
            assertEquals(cold.result().objective(), warm.result().objective(), 1e-11, "seed " + seed);
        }
    }

    private static void assertDualityGapWithinBound(TransportProblem p, TransportResult r, String what) {
        double eps = r.epsilon();
        double dual = eps;
        double largest = 0;
        for (int i = 0; i < p.n(); i++) {
            double fHat = r.f()[i] - eps * Math.log(p.sourceWeights()[i]);
            dual += p.sourceWeights()[i] * fHat;
            largest = Math.max(largest, Math.abs(fHat));
        }
        double largestG = 0;
        for (int j = 0; j < p.m(); j++) {
            double gHat = r.g()[j] - eps * Math.log(p.targetWeights()[j]);
            dual += p.targetWeights()[j] * gHat;
            largestG = Math.max(largestG, Math.abs(gHat));
        }
        for (double v : r.plan().values()) {
            dual -= eps * v;
        }
        double bound = (largest + largestG) * r.marginalError() + 1e-14 * Math.abs(r.objective());
        assertEquals(r.objective(), dual, bound, what + ": duality gap");
    }
}
