package org.otexplorer.derivatives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.RobustSinkhornSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/** The unrolled robust gradient against central finite differences of L(C) = <C, Γ(C)>. */
class UnrolledRobustSinkhornGradientTest {
    private static final int N = 6;
    private static final int M = 8;

    private static double[][] cost(long seed) {
        Random random = new Random(seed);
        double[][] c = new double[N][M];
        for (double[] row : c) {
            for (int j = 0; j < M; j++) {
                row[j] = random.nextDouble() * 2;
            }
        }
        return c;
    }

    private static SolverSettings settings(double rho, double eta) {
        return SolverSettings.defaults().withEpsilon(0.3).withTolerance(0).withMaxIterations(60).withRho(rho, rho)
                .withRobustStep(eta);
    }

    private static double loss(double[][] c, SolverSettings settings) {
        TransportProblem p = TransportProblem.fromCost(c);
        TransportResult r = new RobustSinkhornSolver().solve(p, settings);
        double[] plan = r.plan().values();
        double[] flat = p.costArray();
        double sum = 0;
        for (int k = 0; k < plan.length; k++) {
            sum += flat[k] * plan[k];
        }
        return sum;
    }

    /** Relaxed marginals that move far enough for the ball projection to bind, and ones that stay inside it. */
    @Test
    void matchesFiniteDifferencesWithTheBallActiveAndInactive() {
        for (double[] rhoEta : new double[][] {{0.02, 0.05}, {10, 0.05}, {0.1, 1e-3}}) {
            SolverSettings settings = settings(rhoEta[0], rhoEta[1]);
            double[][] c = cost(7);
            double[] gradient = UnrolledRobustSinkhornGradient.compute(TransportProblem.fromCost(c), settings)
                    .costGradient();
            Random random = new Random(3);
            double[][] direction = new double[N][M];
            double directional = 0;
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < M; j++) {
                    direction[i][j] = random.nextGaussian();
                    directional += direction[i][j] * gradient[i * M + j];
                }
            }
            double h = 1e-6;
            double fd = (loss(shift(c, direction, h), settings) - loss(shift(c, direction, -h), settings)) / (2 * h);
            assertEquals(fd, directional, 1e-6 * Math.max(1, Math.abs(fd)), "rho, eta = " + rhoEta[0] + ", "
                    + rhoEta[1]);
            for (int[] entry : new int[][] {{0, 0}, {2, 5}, {5, 7}}) {
                double[][] unit = new double[N][M];
                unit[entry[0]][entry[1]] = 1;
                double fdEntry = (loss(shift(c, unit, h), settings) - loss(shift(c, unit, -h), settings)) / (2 * h);
                assertEquals(fdEntry, gradient[entry[0] * M + entry[1]], 1e-6 * Math.max(1, Math.abs(fdEntry)));
            }
        }
    }

    /** The clip to the 1e-5 floor (an outlier row loses its mass) and a warm start (g0 ≠ 0) are differentiated too. */
    @Test
    void matchesFiniteDifferencesWithAClippedOutlierAndAWarmStart() {
        double[][] outlier = cost(4);
        for (int j = 0; j < M; j++) {
            outlier[0][j] += 6;
        }
        SolverSettings free = settings(10, 0.05);
        TransportResult r = new RobustSinkhornSolver().solve(TransportProblem.fromCost(outlier), free);
        assertTrue(r.relaxedSourceWeights()[0] < 2 * RobustSinkhornSolver.FLOOR,
                "the outlier row is clipped to the floor: " + r.relaxedSourceWeights()[0]);
        SolverSettings warm = settings(0.02, 0.05).withWarmStart(new double[N], new Random(9).doubles(M).toArray());
        for (Object[] setting : new Object[][] {{outlier, free}, {cost(5), warm}}) {
            double[][] c = (double[][]) setting[0];
            SolverSettings s = (SolverSettings) setting[1];
            double[] gradient = UnrolledRobustSinkhornGradient.compute(TransportProblem.fromCost(c), s).costGradient();
            double h = 1e-6;
            for (int[] entry : new int[][] {{0, 1}, {3, 3}, {5, 6}}) {
                double[][] unit = new double[N][M];
                unit[entry[0]][entry[1]] = 1;
                double fd = (loss(shift(c, unit, h), s) - loss(shift(c, unit, -h), s)) / (2 * h);
                assertEquals(fd, gradient[entry[0] * M + entry[1]], 1e-6 * Math.max(1, Math.abs(fd)));
            }
        }
    }

    /** With ρ = 0 and the iterations converged, the unrolled gradient is the implicit balanced one (math.md §6.2). */
    @Test
    void zeroRadiiAndConvergenceGiveTheImplicitBalancedHypergradient() {
        TransportProblem p = TransportProblem.fromCost(cost(6));
        SolverSettings s = SolverSettings.defaults().withEpsilon(0.3).withTolerance(1e-14).withMaxIterations(100_000)
                .withRho(0, 0);
        double[] unrolled = UnrolledRobustSinkhornGradient.compute(p, s).costGradient();
        double[] implicit = RobotHypergradient.sinkhornDistanceCostGradient(Converged.solve(p, 0.3).plan(),
                p.costArray(), 0.3);
        double scale = java.util.Arrays.stream(implicit).map(Math::abs).max().orElse(1);
        for (int k = 0; k < implicit.length; k++) {
            assertEquals(implicit[k], unrolled[k], 1e-6 * scale);
        }
    }

    /** The fixed-marginal shortcut the optimizer used before differs once the marginals really move. */
    @Test
    void theMarginalsMotionMattersWhenTheyMove() {
        SolverSettings settings = settings(10, 0.05);
        double[][] c = cost(11);
        TransportProblem problem = TransportProblem.fromCost(c);
        UnrolledRobustSinkhornGradient.Result exact = UnrolledRobustSinkhornGradient.compute(problem, settings);
        double[] fixedMarginals = RobotHypergradient.sinkhornDistanceCostGradient(exact.result().plan(),
                problem.costArray(), settings.epsilon());
        double difference = 0;
        double size = 0;
        for (int k = 0; k < fixedMarginals.length; k++) {
            difference += Math.abs(fixedMarginals[k] - exact.costGradient()[k]);
            size += Math.abs(exact.costGradient()[k]);
        }
        assertTrue(difference > 1e-3 * size, "relative L1 difference " + difference / size);
        assertArrayEquals(new RobustSinkhornSolver().solve(problem, settings).plan().values(),
                exact.result().plan().values(), 0, "the gradient's solve is the solver's");
    }

    private static double[][] shift(double[][] c, double[][] direction, double h) {
        double[][] out = new double[N][M];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < M; j++) {
                out[i][j] = c[i][j] + h * direction[i][j];
            }
        }
        return out;
    }
}
