package org.otexplorer.permutation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otexplorer.permutation.Rejections.expectRejected;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The τ × L × n grid of random scores exp(χ/τ): its story on several seeds, its samples, bad input. */
class NonConvergenceGridTest {
    private static RandomScoreSettings settings(long seed) {
        return new RandomScoreSettings(new double[] {1, 0.01}, new int[] {1, 20, 200}, new int[] {10}, 40,
                RandomScoreSettings.DEFAULT_THRESHOLD, seed);
    }

    @Test
    void twentyIterationsNormaliseAtTemperatureOneButNotAtOneHundredth() {
        for (long seed = 1; seed <= 3; seed++) {
            NonConvergenceGrid grid = NonConvergenceGrid.compute(settings(seed), () -> false);
            assertEquals(1.0, grid.fraction(0, 0, 0), 1e-12, "tau 1, L 1: one iteration never suffices");
            assertEquals(0.0, grid.fraction(0, 1, 0), 1e-12, "tau 1, L 20, seed " + seed);
            assertTrue(grid.fraction(1, 1, 0) > 0.9, "tau 0.01, L 20, seed " + seed + ": " + grid.fraction(1, 1, 0));
            assertTrue(grid.fraction(1, 2, 0) < grid.fraction(1, 1, 0), "more iterations normalise more samples");
        }
    }

    @Test
    void everyCountedSampleCanBeOpenedAndSteppedThrough() {
        RandomScoreSettings s = settings(5);
        NonConvergenceGrid grid = NonConvergenceGrid.compute(s, () -> false);
        int unnormalised = 0;
        for (int k = 0; k < s.samples(); k++) {
            SinkhornNormalisation sample = grid.sample(1, 0, k);
            if (sample.run(20).afterIteration(20) > s.threshold()) {
                unnormalised++;
            }
        }
        assertEquals(grid.fraction(1, 1, 0), unnormalised / (double) s.samples(), 1e-12);
        // The same χ serves every temperature: χ/τ scales with 1/τ.
        double[] hot = grid.logScores(0, 0, 3);
        double[] cold = grid.logScores(1, 0, 3);
        for (int e = 0; e < hot.length; e++) {
            hot[e] /= 0.01;
        }
        assertArrayEquals(hot, cold, 1e-9);
    }

    @Test
    void cancellationStopsTheGrid() {
        assertThrows(CancellationException.class, () -> NonConvergenceGrid.compute(settings(1), () -> true));
    }

    @Test
    void badSettingsAreRejected() {
        expectRejected("tau must be a finite number > 0", () -> new RandomScoreSettings(new double[] {0}, new int[] {1},
                new int[] {3}, 1, 0.01, 1));
        expectRejected("L must be >= 1 and increasing", () -> new RandomScoreSettings(new double[] {1},
                new int[] {5, 2}, new int[] {3}, 1, 0.01, 1));
        expectRejected("n must be >= 2", () -> new RandomScoreSettings(new double[] {1}, new int[] {1}, new int[] {1}, 1,
                0.01, 1));
        expectRejected("threshold", () -> new RandomScoreSettings(new double[] {1}, new int[] {1}, new int[] {3}, 1, 0, 1));
        expectRejected("sample must lie in [0, 40)",
                () -> NonConvergenceGrid.compute(settings(1), () -> false).logScores(0, 0, 40));
    }
}
