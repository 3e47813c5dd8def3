package org.otexplorer.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.regression.data.DataGenerators;
import org.otexplorer.regression.data.GeneratorSettings;

/** The optimizers' claims at small size. */
class OptimizersTest {
    private static final RegressionData SENSING = DataGenerators.create(
            new GeneratorSettings("unlabeled-sensing", 80, null, 3, 0.0, 0.5, 0.0, Map.of("snr", 100.0)), 1);
    private static final RegressionData MIXTURE = DataGenerators.create(
            new GeneratorSettings("gaussian-mixture", 40, null, 3, 0.2, 1.0, 0.0, Map.of("responses", 2.0)), 2);

    private static Trace run(RegressionData data, OptimizerSpec spec) {
        return Optimizers.create(spec.settings()).run(data, spec.settings(), 11, TraceListener.NONE, new RunControl());
    }

    @Test
    void oracleRecoversTheTruthExactlyFromNoiseFreeShuffledData() {
        for (long seed = 1; seed <= 3; seed++) {
            RegressionData clean = DataGenerators.create(
                    new GeneratorSettings("unlabeled-sensing", 40, null, 3, 0.0, 0.5, 0.0, Map.of()), seed);
            Trace oracle = run(clean, OptimizerSpec.of("oracle"));
            for (int a = 0; a < 3; a++) {
                assertArrayEquals(clean.trueParameters()[a], oracle.parameters()[a], 1e-12, "seed " + seed);
            }
            assertEquals(0, oracle.summary().parameterError(), 1e-12);
            assertEquals(0, oracle.summary().relativeTestError(), 1e-20, "the truth predicts noise-free tests exactly");
            assertTrue(run(clean, OptimizerSpec.of("ls")).summary().parameterError() > 0.05,
                    "least squares on the shuffled pairs does not");
        }
    }

    /**
     * One feature, x = (1, 2, 3), outputs (5.5, 2, 4.5) belonging to inputs (3, 1, 2): by hand the oracle is
     * Σxy/Σx² = (2 + 9 + 16.5)/14 = 55/28 with mean squared residual ((1² + 16² + 11²)/28²)/3 = 9/56 and parameter
     * error |55/28 − 2|/2 = 1/56; least squares on the given order is (5.5 + 4 + 13.5)/14 = 23/14.
     */
    @Test
    void closedFormFitsAreTheHandSolvedNormalEquations() {
        RegressionData tiny = new RegressionData(new double[][] {{1}, {2}, {3}}, new double[][] {{5.5}, {2}, {4.5}},
                new int[] {2, 0, 1}, new double[][] {{2}}, null, null);
        Trace oracle = run(tiny, OptimizerSpec.of("oracle"));
        assertEquals(55.0 / 28, oracle.parameters()[0][0], 1e-15);
        assertEquals(9.0 / 56, oracle.summary().loss(), 1e-15);
        assertEquals(1.0 / 56, oracle.summary().parameterError(), 1e-15);
        assertEquals(null, oracle.summary().relativeTestError(), "no test set, no test error");
        assertEquals(23.0 / 14, run(tiny, OptimizerSpec.of("ls")).parameters()[0][0], 1e-15);
    }

    @Test
    void robotAndAlternatingMinimizationBeatLeastSquaresOnShuffledData() {
        double ls = run(SENSING, OptimizerSpec.of("ls")).summary().relativeTestError();
        double am = run(SENSING, OptimizerSpec.of("am").withIterations(50)).summary().relativeTestError();
        OptimizerSpec robot = new OptimizerSpec("robot", 40, 1e-4, null, 0.01, true, null, null, null);
        double rob = run(SENSING, robot).summary().relativeTestError();
        assertTrue(am < ls, "AM " + am + " vs LS " + ls);
        assertTrue(rob < ls, "ROBOT " + rob + " vs LS " + ls);
    }

    @Test
    void alternatingMinimizationStopsWhenTheAssignmentSettles() {
        Trace t = run(SENSING, OptimizerSpec.of("am").withIterations(200));
        assertEquals(RunStopReason.CONVERGED, t.summary().stopReason(), t.summary().describe());
        assertTrue(t.summary().iterations() < 200);
    }

    @Test
    void gradientDescentLowersTheEntropicLoss() {
        OptimizerSpec gd = new OptimizerSpec("gd", 30, 1e-3, null, 0.05, false, "perturbed-truth", 1.0, null);
        Trace t = run(MIXTURE, gd);
        List<TraceEntry> e = t.entries();
        assertEquals(30, e.size());
        assertTrue(e.get(29).loss() < e.get(0).loss(), "loss " + e.get(0).loss() + " -> " + e.get(29).loss());
    }

    @Test
    void sgdThenNewtonSwitchesOnlyWhenTheHessianIsPositiveDefinite() {
        OptimizerSpec spec = new OptimizerSpec("sgd-newton", 20, 1e-3, 20, 0.05, false, "perturbed-truth", 1.0,
                Map.of("sinkhornTolerance", 1e-9, "newtonStep", 0.5, "patience", 1.0));
        Trace t = run(MIXTURE, spec);
        List<TraceEntry> entries = t.entries();
        int firstNewton = -1;
        for (int k = 0; k < entries.size(); k++) {
            if (!"SGD".equals(entries.get(k).step())) {
                firstNewton = k;
                break;
            }
        }
        assertTrue(firstNewton > 0, "the run reaches the Newton stage");
        for (int k = 0; k < firstNewton; k++) {
            Double eig = entries.get(k).minHessianEigenvalue();
            boolean lastSgd = k == firstNewton - 1;
            if (eig != null && !lastSgd) {
                assertTrue(eig <= 0, "an earlier positive-definite check would have switched at step " + (k + 1));
            }
        }
        Double switchCheck = entries.get(firstNewton - 1).minHessianEigenvalue();
        assertTrue(firstNewton == 15 || (switchCheck != null && switchCheck > 0),
                "Newton starts after a positive-definite check or after the SGD budget");
        for (TraceEntry e : entries.subList(firstNewton, entries.size())) {
            Double eig = e.minHessianEigenvalue();
            assertTrue(eig != null, "every Newton-stage step re-checks the curvature");
            assertEquals(eig > 0 ? "Newton" : "modified Newton", e.step(), "iteration " + e.iteration());
        }
        OptimizerSpec gd = new OptimizerSpec("gd", t.summary().iterations(), 1e-3, null, 0.05, false, "perturbed-truth",
                1.0, null);
        double gdLoss = run(MIXTURE, gd).summary().loss();
        assertTrue(t.summary().loss() < gdLoss, "Newton " + t.summary().loss() + " vs GD " + gdLoss
                + " in the same number of iterations");
    }

    @Test
    void divergingRunStopsWithAReasonInsteadOfCrashing() {
        OptimizerSpec wild = new OptimizerSpec("gd", 50, 1e6, null, 0.05, false, "perturbed-truth", 1.0, null);
        Trace t = run(MIXTURE, wild);
        assertEquals(RunStopReason.DIVERGED, t.summary().stopReason(), t.summary().describe());
        assertTrue(t.summary().iterations() < 50);
    }

    @Test
    void unknownOptimizerIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimizers.create("adam"));
        assertTrue(e.getMessage().contains("adam"));
    }

    @Test
    void randomSampleInitializationBeatsLeastSquaresAndSeedsRobot() {
        OptimizerSpec rs = new OptimizerSpec("rs", null, null, null, null, null, null, null, Map.of("samples", 2000.0));
        Trace t = run(SENSING, rs);
        double ls = run(SENSING, OptimizerSpec.of("ls")).summary().parameterError();
        assertTrue(t.summary().parameterError() < ls, "RS " + t.summary().parameterError() + " vs LS " + ls);
        assertEquals(RunStopReason.COMPLETED, t.summary().stopReason(), t.summary().describe());
        OptimizerSpec robot = new OptimizerSpec("robot", 5, 1e-4, null, 0.01, true, "rs", null, Map.of("samples", 500.0));
        assertEquals(5, run(SENSING, robot).summary().iterations());
    }

    @Test
    void randomSampleInitializationNeedsOneDimensionalOutputs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(MIXTURE, OptimizerSpec.of("rs")));
        assertTrue(e.getMessage().contains("one-dimensional"), e.getMessage());
    }

    @Test
    void expectationMaximizationImprovesOnLeastSquaresForSmallN() {
        RegressionData small = DataGenerators.create(
                new GeneratorSettings("unlabeled-sensing", 30, null, 2, 0.0, 0.3, 0.0, Map.of("snr", 1000.0)), 4);
        double ls = run(small, OptimizerSpec.of("ls")).summary().parameterError();
        Trace hard = run(small, OptimizerSpec.of("em-hard").withIterations(50));
        Trace stochastic = run(small, OptimizerSpec.of("em-stochastic").withIterations(15));
        assertTrue(hard.summary().parameterError() < ls, "hard EM " + hard.summary().parameterError() + " vs LS " + ls);
        assertTrue(stochastic.summary().parameterError() < ls,
                "stochastic EM " + stochastic.summary().parameterError() + " vs LS " + ls);
        assertEquals(RunStopReason.CONVERGED, hard.summary().stopReason(), hard.summary().describe());
        assertEquals("sampled E-step", stochastic.entries().get(0).step());
    }

    @Test
    void multiStartKeepsTheStartWithTheLowestFinalLoss() {
        OptimizerSpec single = new OptimizerSpec("am", 30, null, null, null, null, "random", 1.0, null);
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
            best = Math.min(best, Optimizers.create("am").run(SENSING, single.settings(), 11 + k, TraceListener.NONE,
                    new RunControl()).summary().loss());
        }
        OptimizerSpec multi = new OptimizerSpec("am", 30, null, null, null, null, "random", 1.0, Map.of("starts", 3.0));
        Trace t = Optimizers.create(multi.settings()).run(SENSING, multi.settings(), 11, TraceListener.NONE,
                new RunControl());
        assertEquals(best, t.summary().loss(), 0.0);
        assertTrue(t.summary().stopDetail().contains("best of 3 starts"), t.summary().describe());
    }

    @Test
    void multiStartCancelledBeforeItsFirstStartSaysCancelled() {
        OptimizerSpec multi = new OptimizerSpec("am", 30, null, null, null, null, "random", 1.0, Map.of("starts", 3.0));
        RunControl control = new RunControl();
        control.cancel();
        Trace t = Optimizers.create(multi.settings()).run(SENSING, multi.settings(), 11, TraceListener.NONE, control);
        assertEquals(RunStopReason.CANCELLED, t.summary().stopReason(), t.summary().describe());
        assertEquals(0, t.summary().iterations());
    }

    @Test
    void multiStartCancelledDuringALaterStartSaysCancelled() {
        OptimizerSpec multi = new OptimizerSpec("am", 30, null, null, null, null, "random", 1.0, Map.of("starts", 3.0));
        RunControl control = new RunControl();
        int[] starts = {0};
        TraceListener cancelInSecondStart = new TraceListener() {
            @Override
            public void onIteration(String method, TraceEntry entry, double[][] parameters) {
            }

            @Override
            public void onStart(String method, double[][] start) {
                if (++starts[0] == 2) {
                    control.cancel();
                }
            }
        };
        Trace t = Optimizers.create(multi.settings()).run(SENSING, multi.settings(), 11, cancelInSecondStart, control);
        assertEquals(2, starts[0], "the third start never began");
        assertEquals(RunStopReason.CANCELLED, t.summary().stopReason(), t.summary().describe());
        Trace first = Optimizers.create("am").run(SENSING, multi.settings(), 11, TraceListener.NONE, new RunControl());
        assertEquals(first.summary().loss(), t.summary().loss(), "the trace is the first start's, the only one that ran");
    }
}
