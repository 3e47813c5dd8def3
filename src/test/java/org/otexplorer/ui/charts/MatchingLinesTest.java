package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;

/** Which plan entries become matching lines, in which order. */
class MatchingLinesTest {
    @Test
    void everyEntryAtLeastOneLevelOfTheHeaviestIsALineAndTheRestAreCounted() {
        for (long seed = 1; seed <= 5; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            int n = 7 + (int) seed;
            int m = 5 + 2 * (int) seed;
            double[] plan = new double[n * m];
            for (int k = 0; k < plan.length; k++) {
                // log-uniform over 6 decades, some exact zeros
                plan[k] = rng.nextInt(10) == 0 ? 0 : Math.pow(10, -6 * rng.nextDouble());
            }
            MatchingLines lines = lines(n, m, plan);
            double max = java.util.Arrays.stream(plan).max().orElseThrow();
            long visible = java.util.Arrays.stream(plan).filter(p -> p * 255 >= max).count();
            long positive = java.util.Arrays.stream(plan).filter(p -> p > 0).count();
            assertEquals(visible, lines.count(), "seed " + seed);
            assertEquals(positive - visible, lines.culled(), "seed " + seed);
            for (int k = 0; k < lines.count(); k++) {
                assertEquals(plan[lines.source(k) * m + lines.target(k)] / max, lines.alpha()[k], 1e-6);
            }
        }
    }

    @Test
    void linesAreOrderedLightestFirstSoHeavyOnesLieOnTop() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] plan = rng.doubles(400).toArray();
        MatchingLines lines = lines(20, 20, plan);
        double max = java.util.Arrays.stream(plan).max().orElseThrow();
        for (int k = 1; k < lines.count(); k++) {
            double lighter = Math.floor(255 * plan[lines.entries()[k - 1]] / max);
            double heavier = Math.floor(255 * plan[lines.entries()[k]] / max);
            assertTrue(lighter <= heavier, "line " + (k - 1) + " (level " + lighter + ") is drawn before line " + k
                    + " (level " + heavier + ")");
        }
        assertEquals(1.0, lines.alpha()[lines.count() - 1], 0.0, "the heaviest entry is drawn last, opaque");
    }

    @Test
    void aLargeEpsilonPlanDrawsAllItsEntriesNotACap() {
        int n = 60;
        double[][] x = PointClouds.gaussian(n, 2, 11);
        double[][] y = PointClouds.gaussian(n, 2, 12);
        TransportProblem p = TransportProblem.fromPoints(x, y);
        double[] plan = SolverFactory.create("sinkhorn").solve(p,
                SolverSettings.defaults().withEpsilon(20 * p.meanCost()), SolverMonitor.NONE).plan().values();
        MatchingLines lines = lines(n, n, plan);
        assertEquals(n * n, lines.count(), "at ε = 20 × mean C every entry is within 1/255 of the largest");
        boolean[] hasLine = new boolean[n];
        for (int k = 0; k < lines.count(); k++) {
            hasLine[lines.source(k)] = true;
        }
        for (int i = 0; i < n; i++) {
            assertTrue(hasLine[i], "source " + i + " has lines");
        }
    }

    @Test
    void aPlanOfTheWrongSizeIsRejected() {
        double[] two = {0, 1};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MatchingLines.of(two, two, two, two, new double[3]));
        assertTrue(e.getMessage().contains("3 entries"), e.getMessage());
    }

    private static MatchingLines lines(int n, int m, double[] plan) {
        double[] sx = new double[n];
        double[] sy = new double[n];
        double[] tx = new double[m];
        double[] ty = new double[m];
        for (int j = 0; j < m; j++) {
            tx[j] = j;
            ty[j] = 1;
        }
        for (int i = 0; i < n; i++) {
            sx[i] = i;
        }
        return MatchingLines.of(sx, sy, tx, ty, plan);
    }
}
