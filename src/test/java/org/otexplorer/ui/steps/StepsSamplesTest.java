package org.otexplorer.ui.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.StepRecording;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;

/**
 * What the step-by-step sample's description claims, on its seed and re-seeded (1–8): frame 0 is the kernel; row
 * normalisations meet a exactly and miss b, column normalisations the reverse; the first row normalisation is sharper
 * than the solution (lower entropy) with column sums far from b; the error falls at every iteration to below 1e-9
 * within a few hundred; sinkhorn-log shows the same plans.
 */
class StepsSamplesTest {
    private static Scenario sample(long seed) {
        return ScenarioFiles.load(StepsWorkbenchTest.SAMPLE).withSeed(seed);
    }

    private static double l1(double[] x, double[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += Math.abs(x[k] - y[k]);
        }
        return s;
    }

    private static double maxDiff(double[] x, double[] y) {
        double d = 0;
        for (int k = 0; k < x.length; k++) {
            d = Math.max(d, Math.abs(x[k] - y[k]));
        }
        return d;
    }

    private static double entropy(double[] p) {
        double h = 0;
        for (double x : p) {
            h -= x > 0 ? x * Math.log(x) : 0;
        }
        return h;
    }

    @Test
    void theSampleOpensInTheStepByStepWorkbenchOnItsStart() {
        Scenario s = ScenarioFiles.load(StepsWorkbenchTest.SAMPLE);
        assertEquals(StepsWorkbench.ID, s.workbench());
        assertEquals(0, (int) StepsSection.of(s).get(StepsSection.FRAME));
        assertEquals(10, s.data().n());
        assertEquals(1, s.data().d());
    }

    @Test
    void halfStepsMeetOneMarginalExactlyAndMissTheOtherOnEverySeed() {
        for (long seed = 1; seed <= 8; seed++) {
            StepRecording r = StepsRun.compute(sample(seed), null, SolverMonitor.NONE).recording();
            double[] a = r.problem().sourceWeights();
            double[] b = r.problem().targetWeights();
            double eps = r.epsilon();
            TransportPlan start = r.plan(0);
            assertEquals(StepRecording.Step.START, r.step(0));
            double mass = 0;
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    mass += Math.exp(-r.problem().cost(i, j) / eps);
                }
            }
            assertEquals(Math.exp(-r.problem().cost(2, 3) / eps) / mass, start.get(2, 3), 1e-14,
                    "frame 0 is the kernel at mass 1");
            int last = r.frameCount() - 1;
            for (int k = 1; k <= last; k++) {
                TransportPlan p = r.plan(k);
                String what = "seed " + seed + " frame " + k;
                if (r.step(k) == StepRecording.Step.ROWS) {
                    assertTrue(maxDiff(p.rowSums(), a) <= 1e-14, what);
                    assertTrue(k == last || l1(p.columnSums(), b) > 1e-9, what + ": columns miss b");
                } else {
                    assertEquals(StepRecording.Step.COLUMNS, r.step(k), what);
                    assertTrue(maxDiff(p.columnSums(), b) <= 1e-14, what);
                    assertTrue(l1(p.rowSums(), a) > 1e-10, what + ": rows miss a");
                }
            }
        }
    }

    @Test
    void theFirstRowNormalisationIsSharperThanTheSolutionAndFarFromB() {
        for (long seed = 1; seed <= 8; seed++) {
            StepRecording r = StepsRun.compute(sample(seed), null, SolverMonitor.NONE).recording();
            TransportPlan first = r.plan(1);
            TransportPlan last = r.plan(r.frameCount() - 1);
            assertTrue(entropy(first.values()) < entropy(last.values()) - 0.5, "seed " + seed);
            assertTrue(l1(first.columnSums(), r.problem().targetWeights()) > 1, "seed " + seed);
        }
    }

    @Test
    void theErrorFallsAtEveryIterationBelowTheToleranceWithinAFewHundred() {
        for (long seed = 1; seed <= 8; seed++) {
            StepRecording r = StepsRun.compute(sample(seed), null, SolverMonitor.NONE).recording();
            double[] h = r.errorHistory();
            assertTrue(r.result().converged() && h[h.length - 1] <= 1e-9, "seed " + seed);
            assertTrue(h.length <= 300, "seed " + seed + ": " + h.length + " iterations");
            for (int t = 1; t < h.length; t++) {
                assertTrue(h[t] < h[t - 1], "seed " + seed + " iteration " + (t + 1));
            }
        }
    }

    @Test
    void sinkhornLogShowsTheSamePlans() {
        for (long seed = 1; seed <= 8; seed++) {
            Scenario s = sample(seed);
            StepRecording scaling = StepsRun.compute(s, null, SolverMonitor.NONE).recording();
            StepRecording log = StepsRun.compute(s.withEngine(s.engine().withMethod("sinkhorn-log")), null,
                    SolverMonitor.NONE).recording();
            assertEquals(scaling.frameCount(), log.frameCount(), "seed " + seed);
            for (int k = 0; k < scaling.frameCount(); k++) {
                assertTrue(maxDiff(scaling.plan(k).values(), log.plan(k).values()) <= 1e-12, "seed " + seed + " " + k);
            }
        }
    }
}
