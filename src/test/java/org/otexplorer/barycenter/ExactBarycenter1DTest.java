package org.otexplorer.barycenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.otexplorer.histogram.GaussianMixture;
import org.otexplorer.histogram.Grid;

/** Quantile averaging against the Gaussian closed form, and its grid projection against the objective. */
class ExactBarycenter1DTest {
    @Test
    void twoGaussiansGiveTheGaussianWithAveragedMeanAndStd() {
        int n = 2000;
        Grid grid = Grid.line(n);
        double h = grid.spacing();
        double[][] cases = {{600, 40, 1400, 90, 0.3}, {500, 25, 900, 60, 0.5}, {1200, 70, 800, 30, 0.8}};
        for (double[] c : cases) {
            BarycenterProblem p = BarycenterProblem.of(grid, List.of(gaussian(n, c[0], c[1]), gaussian(n, c[2], c[3])),
                    new double[] {c[4], 1 - c[4]});
            ExactBarycenter1D bar = ExactBarycenter1D.of(p);
            double mean = (c[4] * c[0] + (1 - c[4]) * c[2]) * h;
            double std = (c[4] * c[1] + (1 - c[4]) * c[3]) * h;
            assertEquals(mean, bar.mean(), 1e-9);
            assertEquals(std, bar.std(), 2e-3 * std);
            // The whole distribution is that Gaussian, up to the steps of a distribution on atoms.
            double[] pos = bar.positions();
            double[] mass = bar.masses();
            double largestStep = 0;
            for (double m : mass) {
                largestStep = Math.max(largestStep, m);
            }
            int a = 0;
            double cdf = 0;
            for (int i = 0; i < n; i++) {
                double at = (i + 0.25) * h;
                while (a < pos.length && pos[a] <= at) {
                    cdf += mass[a++];
                }
                assertEquals(normalCdf((at - mean) / std), cdf, largestStep + 1e-3, "bin " + i);
            }
        }
    }

    @Test
    void theMeanIsTheWeightedMeanOfTheInputs() {
        for (long seed = 0; seed < 5; seed++) {
            int n = 80;
            Grid grid = Grid.line(n);
            List<double[]> inputs = List.of(GaussianMixture.random(2, n, seed).histogram(n),
                    GaussianMixture.random(3, n, seed + 7).histogram(n), GaussianMixture.random(1, n, seed + 9).histogram(n));
            double[] lambda = {0.2, 0.5, 0.3};
            ExactBarycenter1D bar = ExactBarycenter1D.of(BarycenterProblem.of(grid, inputs, lambda));
            double expected = 0;
            for (int k = 0; k < 3; k++) {
                expected += lambda[k] * mean(inputs.get(k), grid);
            }
            assertEquals(expected, bar.mean(), 1e-12);
            double mass = 0;
            for (double m : bar.masses()) {
                mass += m;
            }
            assertEquals(1, mass, 1e-12);
        }
    }

    @Test
    void theGridProjectionBeatsEveryNearbyHistogram() {
        int n = 60;
        Grid grid = Grid.line(n);
        BarycenterProblem p = BarycenterProblem.of(grid, List.of(GaussianMixture.random(2, n, 3).histogram(n),
                GaussianMixture.random(2, n, 4).histogram(n)), new double[] {1.0 / 3, 2.0 / 3});
        double[] best = ExactBarycenter1D.of(p).onGrid();
        double bestObjective = ExactBarycenter1D.objective(p, best);
        SplittableRandom rng = new SplittableRandom(1);
        for (int trial = 0; trial < 300; trial++) {
            double[] q = best.clone();
            int from = rng.nextInt(n);
            int to = Math.max(0, Math.min(n - 1, from + (rng.nextBoolean() ? 1 : -1) * (1 + rng.nextInt(3))));
            double moved = q[from] * rng.nextDouble();
            q[from] -= moved;
            q[to] += moved;
            if (moved > 0 && to != from) {
                assertTrue(ExactBarycenter1D.objective(p, q) >= bestObjective - 1e-15, "trial " + trial);
            }
        }
    }

    @Test
    void aTwoDimensionalGridIsRejected() {
        Grid grid = Grid.image(3, 3);
        double[] img = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExactBarycenter1D.of(BarycenterProblem.uniform(grid, List.of(img, img))));
        assertTrue(e.getMessage().contains("one-dimensional"), e.getMessage());
    }

    static double[] gaussian(int n, double mean, double std) {
        return GaussianMixture.of(new GaussianMixture.Component(1, mean, std)).histogram(n);
    }

    private static double mean(double[] h, Grid grid) {
        double[] x = grid.linePositions();
        double s = 0;
        for (int i = 0; i < h.length; i++) {
            s += h[i] * x[i];
        }
        return s;
    }

    /** Φ(z) = (1 + erf(z/√2))/2. */
    private static double normalCdf(double z) {
        return 0.5 * (1 + erf(z / Math.sqrt(2)));
    }

    /** erf: its Taylor series below 3 (cancellation under 1e-13), the asymptotic erfc series above (error < 1e-7). */
    private static double erf(double x) {
        double ax = Math.abs(x);
        if (ax >= 3) {
            double x2 = ax * ax;
            double erfc = Math.exp(-x2) / (ax * Math.sqrt(Math.PI)) * (1 - 1 / (2 * x2) + 3 / (4 * x2 * x2));
            return Math.signum(x) * (1 - erfc);
        }
        double sum = 0;
        double term = ax;
        for (int k = 0; k < 100; k++) {
            sum += term / (2 * k + 1);
            term *= -ax * ax / (k + 1);
        }
        return Math.signum(x) * 2 / Math.sqrt(Math.PI) * sum;
    }
}
