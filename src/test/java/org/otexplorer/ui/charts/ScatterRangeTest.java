package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Axis ranges: markers whole at the edges, equal aspect, rails. */
class ScatterRangeTest {
    @Test
    void theExtremePointsLieThePaddingInsideThePlotArea() {
        for (long seed = 1; seed <= 4; seed++) {
            ScatterData data = randomData(seed, 2);
            double width = 500 + 100 * seed;
            double height = 300 + 50 * seed;
            ScatterRange r = ScatterRange.of(data, width, height, 8, false);
            PlotTransform t = PlotTransform.through(r.xMin(), 0, r.xMax(), width, r.yMin(), height, r.yMax(), 0);
            double[] px = pixels(data.sourceX(), data.targetX(), t::pixelX);
            double[] py = pixels(data.sourceY(), data.targetY(), t::pixelY);
            assertEquals(8, px[0], 1e-9, "leftmost point 8 px from the left edge");
            assertEquals(width - 8, px[1], 1e-9);
            assertEquals(8, py[0], 1e-9, "topmost point 8 px below the top");
            assertEquals(height - 8, py[1], 1e-9);
        }
    }

    @Test
    void equalAspectGivesBothAxesThePixelsPerUnitOfTheTighterOne() {
        for (long seed = 1; seed <= 4; seed++) {
            ScatterData data = randomData(seed, 2);
            ScatterRange free = ScatterRange.of(data, 800, 300, 6, false);
            ScatterRange equal = ScatterRange.of(data, 800, 300, 6, true);
            double xPerPixel = (equal.xMax() - equal.xMin()) / 800;
            double yPerPixel = (equal.yMax() - equal.yMin()) / 300;
            assertEquals(xPerPixel, yPerPixel, 1e-12 * xPerPixel, "seed " + seed);
            assertTrue(equal.xMin() <= free.xMin() + 1e-12 && equal.xMax() >= free.xMax() - 1e-12);
            assertTrue(equal.yMin() <= free.yMin() + 1e-12 && equal.yMax() >= free.yMax() - 1e-12,
                    "only widened: every point stays in view");
            double freeX = (free.xMax() - free.xMin()) / 800;
            double freeY = (free.yMax() - free.yMin()) / 300;
            assertTrue(Math.abs(freeX - freeY) > 1e-3 * freeX, "seed " + seed + ": without it the scales differ");
        }
    }

    @Test
    void railsKeepTheirMarginAndIgnoreEqualAspect() {
        ScatterData data = ScatterData.of(new double[][] {{0.5}, {2}}, new double[][] {{1}, {3}},
                new double[] {0.5, 0, 0, 0.5}, 0, 0);
        ScatterRange r = ScatterRange.of(data, 400, 200, 0, true);
        assertEquals(-ScatterRange.RAIL_MARGIN, r.yMin(), 1e-12);
        assertEquals(1 + ScatterRange.RAIL_MARGIN, r.yMax(), 1e-12);
        assertEquals(0.5, r.xMin(), 1e-12);
        assertEquals(3, r.xMax(), 1e-12);
    }

    @Test
    void pointsThatAllCoincideStillGetARange() {
        ScatterData data = ScatterData.of(new double[][] {{1, 1}}, new double[][] {{1, 1}}, new double[] {1}, 0, 1);
        ScatterRange r = ScatterRange.of(data, 400, 300, 5, false);
        assertTrue(r.xMin() < 1 && r.xMax() > 1 && r.yMin() < 1 && r.yMax() > 1);
    }

    private static ScatterData randomData(long seed, int d) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[20][d];
        double[][] y = new double[25][d];
        for (double[][] cloud : new double[][][] {x, y}) {
            for (double[] p : cloud) {
                p[0] = 4 * rng.nextDouble() - 1;
                p[1] = rng.nextDouble();
            }
        }
        return ScatterData.of(x, y, new double[20 * 25], 0, 1);
    }

    /** Smallest and largest pixel of the points. */
    private static double[] pixels(double[] a, double[] b, java.util.function.DoubleUnaryOperator toPixel) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] values : new double[][] {a, b}) {
            for (double v : values) {
                lo = Math.min(lo, toPixel.applyAsDouble(v));
                hi = Math.max(hi, toPixel.applyAsDouble(v));
            }
        }
        return new double[] {lo, hi};
    }
}
