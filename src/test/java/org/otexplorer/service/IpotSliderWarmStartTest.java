package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.NetworkSimplexSolver;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;

/**
 * The β slider of the IPOT sample: a step of β goes on from the previous IPOT run of the same data (a warm start),
 * converging in a fraction of the proximal steps to a plan whose cost is within IPOT's own gap of the exact LP's (the
 * network simplex), while new data start from {@code 1 1ᵀ}.
 */
class IpotSliderWarmStartTest {
    private static Scenario sample() {
        return ScenarioFiles.load(Path.of("samples", "ipot-sharp-plan-vs-sinkhorn-blur.json"));
    }

    private static Scenario withBeta(Scenario s, double beta) {
        return s.withEngine(s.engine().with(SolverParameters.BETA, beta));
    }

    @Test
    void aBetaStepIsWarmStartedFromTheLastRunAndNewDataAreNot() {
        TransportSolve solve = new TransportSolve();
        Scenario s = sample();
        SolveView first = solve.compute(new TransportInput(s, null));
        assertFalse(first.warmStarted());
        assertTrue(first.converged(), first.stopReason());
        double beta = s.engine().get(SolverParameters.BETA);
        SolveView step = solve.compute(new TransportInput(withBeta(s, 0.9 * beta), null));
        assertTrue(step.warmStarted());
        assertTrue(step.converged(), step.stopReason());
        assertTrue(step.iterations() * 10 < first.iterations(), step.iterations() + " steps warm, " + first.iterations()
                + " cold");
        var problem = DemoPointClouds.problem(s.data(), s.seed(), null);
        double exact = new NetworkSimplexSolver().solve(problem, SolverSettings.defaults()).transportCost();
        assertEquals(exact, step.transportCost(), 1e-4 * exact);
        SolveView reseeded = solve.compute(new TransportInput(withBeta(s, 0.9 * beta).withSeed(s.seed() + 1), null));
        assertFalse(reseeded.warmStarted());
    }
}
