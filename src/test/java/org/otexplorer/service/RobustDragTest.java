package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.io.Scenario;

/**
 * An ε drag on robust OT, solved as the explorer chains the solves ({@link TransportRun}). ROBOT's scheme ends where
 * it started from (its fixed point depends on the start, math.md §11.2 "Limits"): warm-started from the previous
 * potentials, the robust sample at n = 300 drifted by up to 1 % in ⟨C, P⟩ and at ε = 0.0886 × mean C hit the
 * iteration limit unconverged where a cold solve converges in 31 iterations. So the explorer solves ROBOT's scheme
 * cold: each step shows what {@code otx solve} gives for those settings. The step-independent scheme is warm-started
 * (its answer does not depend on the start).
 */
class RobustDragTest {
    private static final Scenario SAMPLE = SampleClaims.sample("robust-ot-drops-outliers");

    private static Scenario at(int n, String scheme, double relativeEpsilon) {
        Scenario s = SAMPLE.withData(SAMPLE.data().withSizes(n, n, SAMPLE.data().d()));
        return s.withEngine(s.engine().with(SolverParameters.ROBUST_SCHEME, scheme).withEpsilon(relativeEpsilon, true));
    }

    @Test
    void everyStepOfARobotDragConvergesToWhatAColdSolveGives() {
        TransportRun run = new TransportRun();
        for (int k = 0; k <= 6; k++) {
            double eps = 0.05 * Math.pow(1.1, k);
            TransportRun.Solved dragged = run.solve(at(300, "robot", eps), null, SolverMonitor.NONE);
            TransportResult cold = new TransportRun().solve(at(300, "robot", eps), null, SolverMonitor.NONE).result();
            String what = String.format("ε %.4f × mean C", eps);
            assertTrue(dragged.result().converged(), what + ": " + dragged.result().stopReason());
            assertFalse(dragged.warmStarted(), what);
            assertEquals(cold.transportCost(), dragged.result().transportCost(), 1e-12, what);
        }
    }

    @Test
    void theStepIndependentSchemeIsWarmStartedAndLandsWhereAColdSolveDoes() {
        TransportRun run = new TransportRun();
        run.solve(at(40, "exact", 0.05), null, SolverMonitor.NONE);
        TransportRun.Solved dragged = run.solve(at(40, "exact", 0.055), null, SolverMonitor.NONE);
        TransportResult cold = new TransportRun().solve(at(40, "exact", 0.055), null, SolverMonitor.NONE).result();
        assertTrue(dragged.warmStarted());
        assertTrue(dragged.result().converged() && cold.converged());
        assertEquals(cold.transportCost(), dragged.result().transportCost(), 1e-7 * cold.transportCost());
    }
}
