package org.otexplorer.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.regression.data.DataGenerators;

/** The optimizers' claims at small size. */
class OptimizersTest {
    private static final RegressionData SENSING = DataGenerators.create(
            new DataSpec("unlabeled-sensing", 80, null, 3, 0.0, 0.5, 0.0, Map.of("snr", 100.0), null), 1);
    private static final RegressionData MIXTURE = DataGenerators.create(
            new DataSpec("gaussian-mixture", 40, null, 3, 0.2, 1.0, 0.0, Map.of("responses", 2.0), null), 2);

    private static Trace run(RegressionData data, OptimizerSpec spec) {
        return Optimizers.create(spec.method()).run(data, spec, 11, TraceListener.NONE, new RunControl());
    }

    @Test
    void oracleMatchesTheNormalEquationsOnTheTruePairing() {
        Trace t = run(SENSING, OptimizerSpec.of("oracle"));
        double[][] direct = LinearAlgebra.leastSquares(SENSING.inputs(), SENSING.alignedOutputs(), 0);
        assertEquals(direct[1][0], t.parameters()[1][0], 1e-12);
        assertTrue(t.summary().parameterError() < 0.05, "oracle error " + t.summary().parameterError());
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
        assertTrue(t.summary().stopReason().startsWith("converged"), t.summary().stopReason());
        assertTrue(t.summary().iterations() < 200);
    }

    @Test
    void gradientDescentLowersTheEntropicLoss() {
        OptimizerSpec gd = new OptimizerSpec("gd", 30, 1e-3, null, 0.05, null, "perturbed-truth", 1.0, null);
        Trace t = run(MIXTURE, gd);
        List<TraceEntry> e = t.entries();
        assertEquals(30, e.size());
        assertTrue(e.get(29).loss() < e.get(0).loss(), "loss " + e.get(0).loss() + " -> " + e.get(29).loss());
    }

    @Test
    void sgdThenNewtonSwitchesOnlyWhenTheHessianIsPositiveDefinite() {
        OptimizerSpec spec = new OptimizerSpec("sgd-newton", 20, 1e-3, 20, 0.05, null, "perturbed-truth", 1.0,
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
        OptimizerSpec gd = new OptimizerSpec("gd", t.summary().iterations(), 1e-3, null, 0.05, null, "perturbed-truth",
                1.0, null);
        double gdLoss = run(MIXTURE, gd).summary().loss();
        assertTrue(t.summary().loss() < gdLoss, "Newton " + t.summary().loss() + " vs GD " + gdLoss
                + " in the same number of iterations");
    }

    @Test
    void divergingRunStopsWithAReasonInsteadOfCrashing() {
        OptimizerSpec wild = new OptimizerSpec("gd", 50, 1e6, null, 0.05, null, "perturbed-truth", 1.0, null);
        Trace t = run(MIXTURE, wild);
        assertTrue(t.summary().stopReason().startsWith("diverged"), t.summary().stopReason());
        assertTrue(t.summary().iterations() < 50);
    }

    @Test
    void pausedRunAdvancesOneIterationPerStepAndStopsWhenCancelled() throws Exception {
        RunControl control = new RunControl();
        control.pause();
        List<TraceEntry> seen = new CopyOnWriteArrayList<>();
        Trace[] result = new Trace[1];
        Thread worker = new Thread(() -> result[0] = Optimizers.create("am").run(SENSING,
                OptimizerSpec.of("am").withIterations(100), 1, (m, e, theta) -> seen.add(e), control));
        worker.start();
        control.step();
        control.step();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (seen.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(50);
        assertEquals(2, seen.size(), "two steps, two iterations");
        control.cancel();
        worker.join(10_000);
        assertEquals("cancelled", result[0].summary().stopReason());
        assertEquals(2, result[0].summary().iterations());
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
        assertTrue(t.summary().stopReason().startsWith("converged"), t.summary().stopReason());
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
                new DataSpec("unlabeled-sensing", 30, null, 2, 0.0, 0.3, 0.0, Map.of("snr", 1000.0), null), 4);
        double ls = run(small, OptimizerSpec.of("ls")).summary().parameterError();
        Trace hard = run(small, OptimizerSpec.of("em-hard").withIterations(50));
        Trace stochastic = run(small, OptimizerSpec.of("em-stochastic").withIterations(15));
        assertTrue(hard.summary().parameterError() < ls, "hard EM " + hard.summary().parameterError() + " vs LS " + ls);
        assertTrue(stochastic.summary().parameterError() < ls,
                "stochastic EM " + stochastic.summary().parameterError() + " vs LS " + ls);
        assertTrue(hard.summary().stopReason().startsWith("converged"), hard.summary().stopReason());
        assertEquals("sampled E-step", stochastic.entries().get(0).step());
    }

    @Test
    void multiStartKeepsTheStartWithTheLowestFinalLoss() {
        OptimizerSpec single = new OptimizerSpec("am", 30, null, null, null, null, "random", 1.0, null);
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
            best = Math.min(best, Optimizers.create("am").run(SENSING, single, 11 + k, TraceListener.NONE,
                    new RunControl()).summary().loss());
        }
        OptimizerSpec multi = new OptimizerSpec("am", 30, null, null, null, null, "random", 1.0, Map.of("starts", 3.0));
        Trace t = Optimizers.create(multi).run(SENSING, multi, 11, TraceListener.NONE, new RunControl());
        assertEquals(best, t.summary().loss(), 0.0);
        assertTrue(t.summary().stopReason().contains("best of 3 starts"), t.summary().stopReason());
    }
}
