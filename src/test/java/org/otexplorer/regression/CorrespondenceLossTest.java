package org.otexplorer.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.regression.data.DataGenerators;
import org.otexplorer.regression.data.GeneratorSettings;

/** ROBOT's losses through the plan, against central finite differences of the loss itself. */
class CorrespondenceLossTest {
    private static final RegressionData SIN = DataGenerators.create(
            new GeneratorSettings("sin", 10, null, 1, 0.1, 1.0, 0.0, Map.of("e", 2.0)), 5);

    private static double[][] theta() {
        return new double[][] {{0.3}, {-0.7}, {0.5}};
    }

    private static OptimizerSpec spec(Map<String, Double> extra) {
        return new OptimizerSpec("robot-robust", 1, 1e-3, null, 0.5, false, null, null, null, null,
                extra);
    }

    private static double relativeGradientError(CorrespondenceLoss loss, RegressionData data) {
        int[] rows = Minibatch.indices(data.size(), 0, null);
        int[] cols = Minibatch.indices(data.inputCount(), 0, null);
        double[][] th = theta();
        double[][] g = loss.evaluate(data, rows, cols, th).gradient();
        double h = 1e-5;
        double worst = 0;
        double scale = 0;
        for (int a = 0; a < th.length; a++) {
            double[][] up = LinearAlgebra.copy(th);
            double[][] down = LinearAlgebra.copy(th);
            up[a][0] += h;
            down[a][0] -= h;
            double fd = (loss.evaluate(data, rows, cols, up).value() - loss.evaluate(data, rows, cols, down).value()) / (2 * h);
            worst = Math.max(worst, Math.abs(fd - g[a][0]));
            scale = Math.max(scale, Math.abs(fd));
        }
        return worst / scale;
    }

    @Test
    void sinkhornDistanceHypergradientMatchesFiniteDifferencesThroughTheSinModel() {
        assertTrue(SIN.hasPairedInputs() && SIN.inputCount() > SIN.size(), "two platforms, n < m");
        CorrespondenceLoss loss = new CorrespondenceLoss(CorrespondenceLoss.Kind.SINKHORN_DISTANCE,
                EntropicSettings.of(spec(Map.of("sinkhornTolerance", 1e-14)).settings(), RobotOptimizer.EPSILON));
        double err = relativeGradientError(loss, SIN);
        assertTrue(err < 1e-6, "relative error " + err);
    }

    /** ROBOT-robust's Θ-gradient is exact: marginals that move inside (and against) their balls included. */
    @Test
    void robustHypergradientMatchesFiniteDifferencesThroughTheSinModel() {
        for (double rho : new double[] {0.02, 1.0}) {
            CorrespondenceLoss loss = new CorrespondenceLoss(CorrespondenceLoss.Kind.ROBUST_SINKHORN_DISTANCE,
                    EntropicSettings.of(spec(Map.of("sinkhornTolerance", 0.0, "sinkhornIterations", 80.0, "rho1", rho,
                            "rho2", rho, "robustStep", 0.05)).settings(), RobotOptimizer.EPSILON));
            double err = relativeGradientError(loss, SIN);
            assertTrue(err < 1e-6, "rho " + rho + ": relative error " + err);
        }
    }

    @Test
    void robustLossWithZeroRadiiIsTheBalancedLoss() {
        Map<String, Double> settings = Map.of("sinkhornTolerance", 1e-13, "sinkhornIterations", 1e6, "rho1", 0.0,
                "rho2", 0.0);
        CorrespondenceLoss plain = new CorrespondenceLoss(CorrespondenceLoss.Kind.SINKHORN_DISTANCE,
                EntropicSettings.of(spec(settings).settings(), RobotOptimizer.EPSILON));
        CorrespondenceLoss robust = new CorrespondenceLoss(CorrespondenceLoss.Kind.ROBUST_SINKHORN_DISTANCE,
                EntropicSettings.of(spec(settings).settings(), RobotOptimizer.EPSILON));
        int[] rows = Minibatch.indices(SIN.size(), 0, null);
        int[] cols = Minibatch.indices(SIN.inputCount(), 0, null);
        OtLoss.Evaluation a = plain.evaluate(SIN, rows, cols, theta());
        OtLoss.Evaluation b = robust.evaluate(SIN, rows, cols, theta());
        assertEquals(a.value(), b.value(), 1e-10 * Math.abs(a.value()));
        for (int k = 0; k < 3; k++) {
            assertEquals(a.gradient()[k][0], b.gradient()[k][0], 1e-8 * LinearAlgebra.norm(a.gradient()));
        }
    }

    /** Full-batch steps reuse the previous potentials; the loss and its gradient are those of a cold solve. */
    @Test
    void warmStartedSolveAfterAStepAgreesWithAColdSolve() {
        OptimizerSpec settings = spec(Map.of("sinkhornTolerance", 1e-13));
        int[] rows = Minibatch.indices(SIN.size(), 0, null);
        int[] cols = Minibatch.indices(SIN.inputCount(), 0, null);
        double[][] moved = theta();
        moved[0][0] += 0.05;
        moved[2][0] -= 0.1;
        CorrespondenceLoss stepping = new CorrespondenceLoss(CorrespondenceLoss.Kind.SINKHORN_DISTANCE,
                EntropicSettings.of(settings.settings(), RobotOptimizer.EPSILON));
        stepping.evaluate(SIN, rows, cols, theta());
        OtLoss.Evaluation warm = stepping.evaluate(SIN, rows, cols, moved);
        OtLoss.Evaluation cold = new CorrespondenceLoss(CorrespondenceLoss.Kind.SINKHORN_DISTANCE,
                EntropicSettings.of(settings.settings(), RobotOptimizer.EPSILON)).evaluate(SIN, rows, cols, moved);
        assertEquals(cold.value(), warm.value(), 1e-10 * Math.abs(cold.value()));
        for (int k = 0; k < 3; k++) {
            assertEquals(cold.gradient()[k][0], warm.gradient()[k][0], 1e-8 * LinearAlgebra.norm(cold.gradient()));
        }
    }

    /** Stopped far too early, Sinkhorn hands over to Newton steps on the dual: the loss is the converged one. */
    @Test
    void newtonOnTheDualFinishesASolveSinkhornLeftUnconverged() {
        int[] rows = Minibatch.indices(SIN.size(), 0, null);
        int[] cols = Minibatch.indices(SIN.inputCount(), 0, null);
        OtLoss.Evaluation converged = new CorrespondenceLoss(CorrespondenceLoss.Kind.SINKHORN_DISTANCE,
                EntropicSettings.of(spec(Map.of("sinkhornTolerance", 1e-13, "sinkhornIterations", 1e6)).settings(), RobotOptimizer.EPSILON))
                .evaluate(SIN, rows, cols, theta());
        OtLoss.Evaluation finished = new CorrespondenceLoss(CorrespondenceLoss.Kind.SINKHORN_DISTANCE,
                EntropicSettings.of(spec(Map.of("sinkhornTolerance", 1e-13, "sinkhornIterations", 20.0)).settings(), RobotOptimizer.EPSILON))
                .evaluate(SIN, rows, cols, theta());
        assertEquals(converged.value(), finished.value(), 1e-10 * Math.abs(converged.value()));
        for (int k = 0; k < 3; k++) {
            assertEquals(converged.gradient()[k][0], finished.gradient()[k][0],
                    1e-8 * LinearAlgebra.norm(converged.gradient()));
        }
    }

    @Test
    void robustRadiiLowerTheTransportCostOfOutliers() {
        Map<String, Double> radii = Map.of("sinkhornTolerance", 1e-10, "sinkhornIterations", 1e5, "rho1", 0.2,
                "rho2", 0.2);
        int[] rows = Minibatch.indices(SIN.size(), 0, null);
        int[] cols = Minibatch.indices(SIN.inputCount(), 0, null);
        double plain = new CorrespondenceLoss(CorrespondenceLoss.Kind.SINKHORN_DISTANCE, EntropicSettings.of(spec(radii).settings(), RobotOptimizer.EPSILON))
                .evaluate(SIN, rows, cols, theta()).value();
        double robust = new CorrespondenceLoss(CorrespondenceLoss.Kind.ROBUST_SINKHORN_DISTANCE,
                EntropicSettings.of(spec(radii).settings(), RobotOptimizer.EPSILON)).evaluate(SIN, rows, cols, theta()).value();
        assertTrue(robust < plain, "relaxed marginals move mass off expensive points: " + robust + " vs " + plain);
    }

    @Test
    void sinModelGradientMatchesFiniteDifferences() {
        SinModel model = new SinModel();
        double[] u = {0.4, -1.2, 2.0};
        double[][] th = theta();
        double[][] g = new double[3][1];
        model.addGradient(u, th, new double[] {1.5}, g);
        for (int a = 0; a < 3; a++) {
            double[][] up = LinearAlgebra.copy(th);
            double[][] down = LinearAlgebra.copy(th);
            up[a][0] += 1e-6;
            down[a][0] -= 1e-6;
            double fd = 1.5 * (model.predict(u, up)[0] - model.predict(u, down)[0]) / 2e-6;
            assertEquals(fd, g[a][0], 1e-8);
        }
    }

    @Test
    void oracleLevenbergMarquardtRecoversTheSinParametersWithoutNoise() {
        RegressionData clean = DataGenerators.create(
                new GeneratorSettings("sin", 60, null, 1, 0.0, 1.0, 0.0, Map.of("e", 1.0)), 3);
        RegressionData.Pairs pairs = clean.truePairs();
        double[][] start = LinearAlgebra.copy(clean.trueParameters());
        start[0][0] += 0.2;
        start[1][0] -= 0.2;
        double[][] fit = LeastSquaresFit.fit(clean.model(), pairs, start);
        assertTrue(Metrics.parameterError(fit, clean.trueParameters()) < 1e-8, "LM converges to W*");
    }

    @Test
    void linearModelWithInterceptRecoversTheOffset() {
        double[][] x = {{0}, {1}, {2}, {3}};
        double[][] y = {{3}, {5}, {7}, {9}};
        double[][] fit = LeastSquaresFit.fit(new LinearModel(true), new RegressionData.Pairs(x, y), null);
        assertEquals(2, fit[0][0], 1e-12);
        assertEquals(3, fit[1][0], 1e-12);
    }
}
