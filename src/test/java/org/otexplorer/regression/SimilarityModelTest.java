package org.otexplorer.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.regression.data.DataGenerators;
import org.otexplorer.regression.data.GeneratorSettings;

class SimilarityModelTest {
    private final SimilarityModel model = new SimilarityModel();

    private static double[][] randomTheta(Random random, int k, double angleScale) {
        double[][] theta = new double[3][k];
        theta[0][0] = angleScale * random.nextGaussian();
        if (k == 3) {
            theta[0][1] = angleScale * random.nextGaussian();
            theta[0][2] = angleScale * random.nextGaussian();
        }
        for (int t = 0; t < k; t++) {
            theta[1][t] = random.nextGaussian();
        }
        theta[2][0] = 0.3 * random.nextGaussian();
        return theta;
    }

    @Test
    void rotationsAreOrthogonalWithDeterminantOneAndPredictionsAreScaledRotatedShifted() {
        Random random = new Random(1);
        for (int trial = 0; trial < 20; trial++) {
            double[][] theta = randomTheta(random, 3, 1.0);
            double[][] r = SimilarityModel.rotation(theta);
            for (int p = 0; p < 3; p++) {
                for (int q = 0; q < 3; q++) {
                    double dot = r[0][p] * r[0][q] + r[1][p] * r[1][q] + r[2][p] * r[2][q];
                    assertEquals(p == q ? 1 : 0, dot, 1e-14);
                }
            }
            double det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1])
                    - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0]) + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
            assertEquals(1, det, 1e-14);
            // R ω = ω: the axis is fixed.
            double[] w = theta[0];
            for (int p = 0; p < 3; p++) {
                assertEquals(w[p], r[p][0] * w[0] + r[p][1] * w[1] + r[p][2] * w[2], 1e-14);
            }
            double[] u = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            double[] y = model.predict(u, theta);
            double s = Math.exp(theta[2][0]);
            for (int p = 0; p < 3; p++) {
                assertEquals(s * (r[p][0] * u[0] + r[p][1] * u[1] + r[p][2] * u[2]) + theta[1][p], y[p], 1e-13);
            }
        }
    }

    @Test
    void gradientMatchesCentralFiniteDifferencesIn2dAnd3dIncludingTinyAngles() {
        Random random = new Random(2);
        for (int k : new int[] {2, 3}) {
            for (double angleScale : new double[] {1.0, 1e-7, 0}) {
                double[][] theta = randomTheta(random, k, angleScale);
                double[] u = new double[k];
                double[] upstream = new double[k];
                for (int t = 0; t < k; t++) {
                    u[t] = random.nextGaussian();
                    upstream[t] = random.nextGaussian();
                }
                double[][] gradient = new double[3][k];
                model.addGradient(u, theta, upstream, gradient);
                double h = 1e-6;
                for (int a = 0; a < 3; a++) {
                    for (int t = 0; t < k; t++) {
                        double[][] up = LinearAlgebra.copy(theta);
                        double[][] down = LinearAlgebra.copy(theta);
                        up[a][t] += h;
                        down[a][t] -= h;
                        double fd = (dot(upstream, model.predict(u, up)) - dot(upstream, model.predict(u, down))) / (2 * h);
                        boolean unused = (a == 2 && t > 0) || (k == 2 && a == 0 && t > 0);
                        assertEquals(unused ? 0 : fd, gradient[a][t], 1e-7 * Math.max(1, Math.abs(fd)),
                                "k=" + k + " angle scale " + angleScale + " entry " + a + "," + t);
                    }
                }
            }
        }
    }

    @Test
    void aLinearSimilarityConvertsBackAndOtherMapsDoNot() {
        Random random = new Random(3);
        double[][] theta = randomTheta(random, 3, 1.0);
        double[][] r = SimilarityModel.rotation(theta);
        double s = Math.exp(theta[2][0]);
        double[][] linear = new double[4][3];
        for (int p = 0; p < 3; p++) {
            for (int q = 0; q < 3; q++) {
                linear[q][p] = s * r[p][q];
            }
        }
        linear[3] = theta[1].clone();
        double[][] back = SimilarityModel.fromLinear(linear, 3);
        assertNotNull(back);
        double[][] again = SimilarityModel.rotation(back);
        for (int p = 0; p < 3; p++) {
            assertEquals(theta[1][p], back[1][p], 1e-12);
            for (int q = 0; q < 3; q++) {
                assertEquals(r[p][q], again[p][q], 1e-12);
            }
        }
        assertEquals(theta[2][0], back[2][0], 1e-12);
        linear[0][0] *= 1.5;
        assertNull(SimilarityModel.fromLinear(linear, 3), "an anisotropic map is no similarity");
    }

    /** Procrustes (Umeyama) then Levenberg–Marquardt: the oracle finds the map whatever the rotation, on many seeds. */
    @Test
    void theOracleRecoversTheSimilarityOnEverySeed() {
        for (long seed = 0; seed < 10; seed++) {
            RegressionData data = DataGenerators.create(new GeneratorSettings("point-cloud-registration", 120, null, 3, 0.02,
                    1.0, 0.0, Map.of("similarity", 1.0, "testSize", 60.0)), seed)
                    .withModel(RegressionModel.create("similarity", false));
            Trace oracle = Optimizers.create("oracle").run(data, OptimizerSpec.of("oracle").settings(), 1, TraceListener.NONE,
                    new RunControl());
            assertTrue(oracle.summary().parameterError() < 0.02, "seed " + seed + ": parameter error "
                    + oracle.summary().parameterError());
        }
    }

    /** An angle beyond π and noise in the unused entries describe the same map: the canonical form agrees. */
    @Test
    void canonicalFormWrapsTheAngleAndClearsUnusedEntries() {
        double[] axis = {0.6, 0.0, 0.8};
        double angle = 2 * Math.PI - 0.5;
        double[][] theta = {{angle * axis[0], angle * axis[1], angle * axis[2]}, {0.1, 0.2, 0.3}, {0.4, 0.7, -0.2}};
        double[][] canonical = model.canonical(theta);
        double norm = Math.sqrt(canonical[0][0] * canonical[0][0] + canonical[0][1] * canonical[0][1]
                + canonical[0][2] * canonical[0][2]);
        assertEquals(0.5, norm, 1e-12, "the same rotation by 0.5 about the opposite axis");
        assertEquals(0, canonical[2][1]);
        assertEquals(0, canonical[2][2]);
        double[] u = {0.3, -1.2, 0.5};
        double[] a = model.predict(u, theta);
        double[] b = model.predict(u, canonical);
        for (int t = 0; t < 3; t++) {
            assertEquals(a[t], b[t], 1e-12);
        }
    }

    @Test
    void theOracleRecoversASimilarityRegistrationAndRobotRunsOnIt() {
        RegressionData linear = DataGenerators.create(new GeneratorSettings("point-cloud-registration", 150, null, 3, 0.01,
                1.0, 0.0, Map.of("similarity", 1.0, "testSize", 100.0)), 4);
        RegressionData data = linear.withModel(RegressionModel.create("similarity", false));
        assertNotNull(data.trueParameters(), "the isotropic truth converts to similarity parameters");
        Trace oracle = Optimizers.create("oracle").run(data, OptimizerSpec.of("oracle").settings(), 1, TraceListener.NONE,
                new RunControl());
        assertTrue(oracle.summary().parameterError() < 0.02, "parameter error " + oracle.summary().parameterError());
        Trace robot = Optimizers.create("robot").run(data, new OptimizerSpec("robot", 3, 1e-3, null, 0.05, true,
                "zeros", null, null).settings(), 1, TraceListener.NONE, new RunControl());
        assertEquals(3, robot.entries().size(), robot.summary().describe());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegressionModel.create("similarity", true));
        assertTrue(e.getMessage().contains("translation"), e.getMessage());
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
