package org.otexplorer.histogram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otexplorer.engine.NetworkSimplexSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportPlan;

/** The demo generator's conventions, grid costs, validation, and the monotone plan against the LP. */
class HistogramsTest {
    @Test
    void mixtureComponentsUseStandardDeviationsInBins() {
        double[] h = GaussianMixture.of(new GaussianMixture.Component(1, 50, 9)).histogram(100);
        double mean = 0;
        double second = 0;
        for (int i = 0; i < h.length; i++) {
            mean += h[i] * i;
            second += h[i] * i * i;
        }
        assertEquals(50, mean, 1e-5); // bins 0..99 cut the tails a little asymmetrically
        assertEquals(9, Math.sqrt(second - mean * mean), 1e-4);
        double[] demo = GaussianMixture.demoSource().histogram(100);
        assertEquals(1, Histograms.sum(demo), 1e-14);
        assertEquals(demo[35], demo[70], 1e-3 * demo[35]); // the two peaks, each normalised on the bins
    }

    @Test
    void theLineGridHasTheDemoCost() {
        Grid g = Grid.line(100);
        assertEquals(1, g.cost(0, 99), 1e-15);
        assertEquals(Math.pow(30.0 / 99, 2), g.cost(10, 40), 1e-15);
        Grid img = Grid.image(3, 5);
        assertEquals((4 + 9) / 16.0, img.cost(0, 2 * 5 + 3), 1e-15);
    }

    @Test
    void theMonotonePlanIsTheExactPlan() {
        for (long seed = 0; seed < 4; seed++) {
            int n = 40;
            int m = 30;
            double[] a = GaussianMixture.random(2, n, seed).histogram(n);
            double[] b = GaussianMixture.random(3, m, seed + 1).histogram(m);
            double[][] c = new double[n][m];
            double[] x = Grid.line(n).linePositions();
            double[] y = Grid.line(m).linePositions();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    c[i][j] = (x[i] - y[j]) * (x[i] - y[j]);
                }
            }
            TransportPlan lp = new NetworkSimplexSolver().solve(org.otexplorer.engine.TransportProblem.fromCost(c, a, b),
                    SolverSettings.defaults()).plan();
            TransportPlan monotone = OneDimensionalTransport.monotonePlan(a, b);
            assertArrayEquals(lp.values(), monotone.values(), 1e-14, "seed " + seed);
            assertTrue(monotone.nonZeroCount() <= n + m - 1);
        }
    }

    @Test
    void badHistogramsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Histograms.requireValid(new double[] {0, -2}, "target histogram"));
        assertEquals("target histogram bin 1 is negative: -2.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Histograms.requireValid(new double[] {0, 0}, "h"));
        assertThrows(IllegalArgumentException.class, () -> Grid.line(1));
        assertThrows(IllegalArgumentException.class, () -> new GaussianMixture.Component(1, 5, 0));
    }
}
