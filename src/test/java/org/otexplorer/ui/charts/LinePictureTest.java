package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The bounded-time line picture: every line drawn, the haze softer but with the same ink. */
class LinePictureTest {
    private static final PlotGeometry GEOMETRY = new PlotGeometry(PlotTransform.through(0, 0, 1, 320, 0, 240, 1, 0),
            320, 240, 1.3);

    @Test
    void withinBudgetEveryLineIsSharpAndTheSameAsDrawingThemOneByOne() {
        MatchingLines lines = randomLines(1, 30, 30);
        LinePicture picture = LinePicture.of(lines, GEOMETRY, Color.BLACK);
        assertEquals(lines.count(), picture.sharp());
        assertEquals(1, picture.reduction());
        LineRaster direct = new LineRaster(320, 240);
        direct.add(lines, 0, lines.count(), GEOMETRY.transform(), 1.3);
        for (int y = 0; y < 240; y += 7) {
            for (int x = 0; x < 320; x += 7) {
                assertEquals(direct.opacity(x, y), picture.raster().opacity(x, y), 1e-6);
            }
        }
    }

    @Test
    void overBudgetTheHeaviestStaySharpAndTheHazeKeepsItsInk() {
        for (long seed = 2; seed <= 4; seed++) {
            MatchingLines lines = randomLines(seed, 60, 60);
            LinePicture sharp = LinePicture.of(lines, GEOMETRY, Color.BLACK, 1e12, 1e12, false);
            LinePicture bounded = LinePicture.of(lines, GEOMETRY, Color.BLACK, 2e5, 2e5, false);
            assertTrue(bounded.reduction() > 1 && bounded.sharp() < lines.count(), "seed " + seed + ": the budget bites");
            assertTrue(bounded.sharp() > 0);
            int lightestSharp = (int) (255 * lines.alpha()[lines.count() - bounded.sharp()] + 1e-6);
            int heaviestHaze = (int) (255 * lines.alpha()[lines.count() - bounded.sharp() - 1] + 1e-6);
            assertTrue(lightestSharp >= heaviestHaze, "the sharp lines are the heaviest (to 1/255)");
            double inkSharp = ink(sharp.raster());
            double inkBounded = ink(bounded.raster());
            assertEquals(inkSharp, inkBounded, 0.05 * inkSharp, "seed " + seed + ": the same total opacity");
        }
    }

    @Test
    void aDraftKeepsTheInkAndIsTaggedOnlyWhenItsBudgetBites() {
        for (long seed = 5; seed <= 7; seed++) {
            MatchingLines many = randomLines(seed, 150, 150);
            LinePicture full = LinePicture.of(many, GEOMETRY, Color.BLACK, 1e12, 1e12, false);
            LinePicture draft = LinePicture.draft(many, GEOMETRY, Color.BLACK);
            assertTrue(draft.draft() && draft.reduction() > 1, "seed " + seed + ": 22,500 lines exceed a draft's budget");
            assertEquals(ink(full.raster()), ink(draft.raster()), 0.05 * ink(full.raster()), "seed " + seed
                    + ": every line drawn, the same total opacity");
        }
        MatchingLines few = randomLines(8, 20, 20);
        LinePicture draft = LinePicture.draft(few, GEOMETRY, Color.BLACK);
        assertFalse(draft.draft(), "400 lines fit a draft's budget: it is the full picture");
        assertEquals(few.count(), draft.sharp());
    }

    @Test
    void splitOverTwoCoresEveryLineIsDrawnOnceAsOneCoreDrawsIt() {
        MatchingLines lines = randomLines(9, 60, 60);
        LinePicture all = LinePicture.of(lines, GEOMETRY, Color.BLACK, 1e12, 1e12, false);
        assertEquals(1, all.reduction());
        LineRaster direct = new LineRaster(320, 240);
        direct.add(lines, 0, lines.count(), GEOMETRY.transform(), 1.3);
        assertSameOpacity(direct, all.raster(), "every line sharp, in two halves");

        LinePicture hazy = LinePicture.of(lines, GEOMETRY, Color.BLACK, 6e5, 2e5, false);
        int r = hazy.reduction();
        assertTrue(r > 1 && hazy.sharp() < lines.count(), "the budget bites");
        int split = lines.count() - hazy.sharp();
        LineRaster sharp = new LineRaster(320, 240);
        sharp.add(lines, split, lines.count(), GEOMETRY.transform(), 1.3);
        LineRaster coarse = new LineRaster((320 + r - 1) / r, (240 + r - 1) / r);
        PlotTransform t = GEOMETRY.transform();
        coarse.add(lines, 0, split, new PlotTransform(t.originX() / r, t.scaleX() / r, t.originY() / r,
                t.scaleY() / r), 1.3 / r);
        sharp.addScaledUp(coarse, r);
        assertSameOpacity(sharp, hazy.raster(), "the sharp lines in two parts and the haze");
    }

    private static void assertSameOpacity(OpacityRaster expected, OpacityRaster actual, String what) {
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                assertEquals(expected.opacity(x, y), actual.opacity(x, y), 1e-5, what + " at (" + x + ", " + y + ")");
            }
        }
    }

    /** Faint random lines (α ≤ 0.05, the linear regime where total opacity is additive). */
    private static MatchingLines randomLines(long seed, int n, int m) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] sx = rng.doubles(n, 0.1, 0.4).toArray();
        double[] sy = rng.doubles(n, 0.1, 0.9).toArray();
        double[] tx = rng.doubles(m, 0.6, 0.9).toArray();
        double[] ty = rng.doubles(m, 0.1, 0.9).toArray();
        double[] plan = new double[n * m];
        for (int k = 0; k < plan.length; k++) {
            plan[k] = 0.004 + 0.046 * rng.nextDouble();
        }
        plan[0] = 1;
        return MatchingLines.of(sx, sy, tx, ty, plan);
    }

    /** The total opacity of a raster (its ink). */
    static double ink(OpacityRaster raster) {
        double total = 0;
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                total += raster.opacity(x, y);
            }
        }
        return total;
    }
}
