package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.NetworkSimplexSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;

/** ε annealing: the ladder's closed form, the walk, warm starts equal to cold solves, and the sample's claims. */
class EpsilonAnnealingTest {
    private static final Path SAMPLES = Path.of("samples");

    private static Scenario sample() {
        return ScenarioFiles.load(SAMPLES.resolve("epsilon-annealing-two-blobs.json"));
    }

    private static AnnealingView anneal(Scenario s) {
        return new EpsilonAnnealing().compute(EpsilonAnnealing.Input.of(s, SAMPLES));
    }

    @Test
    void rungsAreGeometricWithBothEndsAndAtMostTheStepsPerDecadeRatio() {
        double[] rungs = new AnnealingLadder(1, 0.01, 4).rungs();
        assertEquals(9, rungs.length, "two decades at four steps: 8 steps, 9 rungs");
        assertEquals(1, rungs[0], 0);
        assertEquals(0.01, rungs[8], 0);
        for (int k = 1; k < rungs.length; k++) {
            assertEquals(Math.pow(10, -0.25), rungs[k] / rungs[k - 1], 1e-12);
        }
        double[] uneven = new AnnealingLadder(2, 0.05, 3).rungs(); // 1.6 decades: ⌈4.8⌉ = 5 steps
        assertEquals(6, uneven.length);
        double ratio = uneven[1] / uneven[0];
        assertTrue(ratio > Math.pow(10, -1.0 / 3), "no step wider than a third of a decade");
        for (int k = 1; k < uneven.length; k++) {
            assertEquals(ratio, uneven[k] / uneven[k - 1], 1e-12);
        }
        assertThrows(IllegalArgumentException.class, () -> new AnnealingLadder(0.01, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> new AnnealingLadder(1, 0.1, 0));
    }

    @Test
    void theWalkGoesDownAndBackUpAndLoopsWithoutRepeatingAnEnd() {
        int rungs = 4;
        assertEquals(6, AnnealingLadder.frameCount(rungs));
        int[] walk = new int[8];
        for (int f = 0; f < walk.length; f++) {
            walk[f] = AnnealingLadder.rungOfFrame(f, rungs);
        }
        assertEquals(List.of(0, 1, 2, 3, 2, 1, 0, 1), java.util.Arrays.stream(walk).boxed().toList());
        assertEquals(1, AnnealingLadder.frameCount(1));
    }

    @Test
    void everyWarmStartedRungEqualsAColdSolveAtItsEpsilonInFewerIterations() {
        Scenario s = sample();
        AnnealingView annealed = anneal(s);
        double[] rungs = annealed.rungs();
        assertEquals(10, rungs.length, "three decades at three steps");
        int warmIterations = 0;
        int coldIterations = 0;
        for (int k = 0; k < rungs.length; k++) {
            SolveView warm = annealed.solves().get(k);
            Scenario at = s.withEngine(s.engine().withEpsilon(rungs[k], true));
            SolveView cold = ScenarioSnapshot.compute(at, SAMPLES, false, false).solve();
            assertEquals(k > 0, warm.warmStarted(), "rung " + k);
            assertFalse(cold.warmStarted());
            assertTrue(warm.converged() && cold.converged(), "rung " + k);
            assertEquals(cold.epsilon(), warm.epsilon(), 1e-15 * cold.epsilon());
            double l1 = 0;
            for (int i = 0; i < warm.plan().length; i++) {
                l1 += Math.abs(warm.plan()[i] - cold.plan()[i]);
            }
            assertTrue(l1 < 1e-6, "rung " + k + ": ‖P_warm − P_cold‖₁ = " + l1);
            warmIterations += warm.iterations();
            coldIterations += cold.iterations();
        }
        assertTrue(warmIterations < coldIterations, warmIterations + " warm vs " + coldIterations + " cold iterations");
    }

    /** exp of the mean row entropy of P/a: how many partners a source point spreads its mass over. */
    private static double partnersPerPoint(SolveView v) {
        double entropy = 0;
        for (int i = 0; i < v.n(); i++) {
            for (int j = 0; j < v.m(); j++) {
                double q = v.planEntry(i, j) / v.sourceWeights()[i];
                if (q > 0) {
                    entropy -= v.sourceWeights()[i] * q * Math.log(q);
                }
            }
        }
        return Math.exp(entropy);
    }

    @Test
    void theBlurContractsToTheMatchingOnOtherSeedsToo() {
        for (long seed : new long[] {2, 11, 12, 13, 14}) {
            Scenario s = sample().withSeed(seed);
            AnnealingView annealed = anneal(s);
            List<SolveView> solves = annealed.solves();
            SolveView top = solves.get(0);
            SolveView bottom = solves.get(solves.size() - 1);
            assertTrue(partnersPerPoint(top) > 0.5 * top.m(), "seed " + seed + ": at ε = 1 × mean C each point "
                    + "spreads over most targets, " + partnersPerPoint(top));
            assertTrue(partnersPerPoint(bottom) < 2, "seed " + seed + ": at 0.001 × mean C under two partners, "
                    + partnersPerPoint(bottom));
            for (int k = 1; k < solves.size(); k++) {
                assertTrue(partnersPerPoint(solves.get(k)) < partnersPerPoint(solves.get(k - 1)), "seed " + seed
                        + ": the blur contracts at every rung (" + k + ")");
            }
            DemoPointClouds.Clouds c = DemoPointClouds.create(s.data(), seed, SAMPLES);
            TransportProblem p = TransportProblem.fromPoints(c.source(), c.target());
            double exact = new NetworkSimplexSolver().solve(p, SolverSettings.defaults()).transportCost();
            assertTrue(bottom.transportCost() < 1.02 * exact, "seed " + seed + ": the bottom rung is within 2 % of "
                    + "the exact matching's cost");
            double faint = java.util.Arrays.stream(top.plan()).max().orElseThrow() / annealed.largestPlanEntry();
            assertTrue(faint < 0.2, "seed " + seed + ": on the locked scale the top rung is faint, " + faint);
        }
    }

    @Test
    void anExactMethodHasNoEpsilonToAnneal() {
        Scenario s = sample().withEngine(sample().engine().withMethod("exact"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> anneal(s));
        assertTrue(e.getMessage().contains("entropic"), e.getMessage());
    }
}
