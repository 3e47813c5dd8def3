package org.otexplorer.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.otexplorer.derivatives.LinearModelChainRule;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.regression.data.DataGenerators;
import org.otexplorer.regression.data.GeneratorSettings;

/** The safeguarded second stage of SGD-then-Newton (math.md §8.4). */
class SgdNewtonOptimizerTest {

    @Test
    void onAPositiveDefiniteHessianTheDirectionIsTheNewtonDirection() {
        SplittableRandom rng = new SplittableRandom(3);
        DMatrixRMaj a = new DMatrixRMaj(6, 6);
        for (int k = 0; k < a.data.length; k++) {
            a.data[k] = PointClouds.standardNormal(rng);
        }
        DMatrixRMaj spd = new DMatrixRMaj(6, 6);
        CommonOps_DDRM.multTransA(a, a, spd);
        for (int k = 0; k < 6; k++) {
            spd.add(k, k, 0.1);
        }
        double[][] g = {{0.3, -1.2}, {0.7, 0.05}, {-0.4, 2.0}};
        ModifiedNewtonDirection d = ModifiedNewtonDirection.of(spd, g);
        double[][] lu = LinearModelChainRule.newtonDirection(spd, g);
        assertTrue(d.positiveDefinite());
        double slope = 0;
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 2; c++) {
                assertEquals(lu[r][c], d.direction()[r][c], 1e-9 * Math.max(1, Math.abs(lu[r][c])));
                slope += g[r][c] * lu[r][c];
            }
        }
        assertEquals(slope, d.slope(), 1e-9 * slope, "the slope is the squared Newton decrement");
    }

    @Test
    void onAnIndefiniteHessianNegativeCurvatureIsReplacedByItsMagnitude() {
        // Hess = Q diag(2, -4) Qᵀ with Q a rotation by 30°: the modified direction is Q diag(1/2, 1/4) Qᵀ g.
        double c = Math.cos(Math.PI / 6);
        double s = Math.sin(Math.PI / 6);
        double[][] q = {{c, -s}, {s, c}};
        double[] lambda = {2, -4};
        DMatrixRMaj hess = new DMatrixRMaj(2, 2);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                hess.set(i, j, q[i][0] * lambda[0] * q[j][0] + q[i][1] * lambda[1] * q[j][1]);
            }
        }
        double[][] g = {{1.0, -0.5}};
        ModifiedNewtonDirection d = ModifiedNewtonDirection.of(hess, g);
        double[] along = {q[0][0] * 1.0 + q[1][0] * -0.5, q[0][1] * 1.0 + q[1][1] * -0.5};
        double[] expected = {q[0][0] * along[0] / 2 + q[0][1] * along[1] / 4,
            q[1][0] * along[0] / 2 + q[1][1] * along[1] / 4};
        assertEquals(expected[0], d.direction()[0][0], 1e-12);
        assertEquals(expected[1], d.direction()[0][1], 1e-12);
        assertEquals(-4, d.smallestEigenvalue(), 1e-12);
        assertTrue(!d.positiveDefinite());
        assertEquals(along[0] * along[0] / 2 + along[1] * along[1] / 4, d.slope(), 1e-12, "a descent direction");
    }

    /**
     * The setting where the paper's fixed relaxed step blew up (issue 12: point-cloud registration at ε = 0.01,
     * seed 10, the loss dipped to 0.06 and then jumped to 0.78): the safeguarded stage never raises the full-batch
     * loss, re-checks the curvature at every step and ends at the true map (parameter error of the oracle's order).
     */
    @Test
    void theNewtonStageNeverRaisesTheLossWhereTheFixedStepBlewUp() {
        RegressionData data = DataGenerators.create(new GeneratorSettings("point-cloud-registration", 140, null, 3,
                0.02, 1.0, 0.0, null), 10);
        OptimizerSpec spec = new OptimizerSpec("sgd-newton", 30, 0.1, 70, 0.01, false, "perturbed-truth", 1.0,
                Map.of("sgdSteps", 10.0, "checkEvery", 5.0, "newtonStep", 0.5, "improvementThreshold", 1e-4,
                        "patience", 1.0, "sinkhornTolerance", 1e-9));
        Trace t = Optimizers.create(spec.settings()).run(data, spec.settings(), 12, TraceListener.NONE, new RunControl());
        List<TraceEntry> stage2 = t.entries().stream().filter(e -> !"SGD".equals(e.step())).toList();
        assertTrue(stage2.size() >= 2, "the run reaches the Newton stage: " + t.summary());
        for (int k = 1; k < stage2.size(); k++) {
            assertTrue(stage2.get(k).loss() <= stage2.get(k - 1).loss(),
                    "the loss rose at iteration " + stage2.get(k).iteration());
        }
        for (TraceEntry e : stage2) {
            assertEquals(e.minHessianEigenvalue() > 0 ? "Newton" : "modified Newton", e.step());
        }
        assertTrue(t.summary().parameterError() < 0.05, "parameter error " + t.summary().parameterError()
                + " (the oracle's is 0.018)");
    }
}
