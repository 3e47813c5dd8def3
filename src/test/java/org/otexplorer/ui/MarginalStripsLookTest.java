package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.otexplorer.ui.charts.PlanHeatmapChart;
import org.otexplorer.ui.transport.SplitSection;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan's marginal strips (issue 12 item 9) where the plan marginal and the prescribed weights coincide, as they
 * do for a balanced plan: the plan marginal (a line) was drawn under a dashed weights curve of the same path and
 * hidden, and its blue was barely visible on the dark background. In the light and the dark theme the two are drawn
 * in different colours: the line and the bars' edges with contrast against the background behind the chart, the line
 * with contrast against the bars' fill under it, and both are on screen: the pixels of the column strip show the
 * line's colour and the bars' colours.
 */
class MarginalStripsLookTest extends ExplorerWindowTestSupport {
    /** WCAG's contrast a graphical object needs against its background. */
    private static final double GRAPHICS_CONTRAST = 3;

    @Override
    String recentFilesNode() {
        return "marginal-strips";
    }

    @Test
    void aBalancedPlansMarginalAndItsWeightsAreBothVisibleInBothThemes() throws Exception {
        interact(() -> {
            window.compute().content().getScene().getWindow().setWidth(1280);
            window.compute().content().getScene().getWindow().setHeight(800);
        });
        openSolved(Path.of("samples/entropic-blur-vs-exact-plan.json"));
        assertTrue(!SplitSection.enabled(window.model().scenario()), "one plan, its legend in the corner");
        PlanHeatmapChart plan = onFx(() -> window.planPanel().chart());
        assertTrue(onFx(plan::cornerLegendVisible));
        for (String theme : new String[] {"light", Themes.DARK}) {
            interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme(theme))));
            WaitForAsyncUtils.waitForFxEvents(8);
            awaitFx(() -> window.compute().isIdle());
            WaitForAsyncUtils.waitForFxEvents(8);
            Color[] drawn = onFx(plan::marginalColors);
            Color line = drawn[0];
            Color bars = drawn[1];
            assertNotNull(line, theme + ": the plan marginal is drawn");
            assertNotNull(bars, theme + ": the weights are drawn");
            Color background = onFx(() -> Contrast.background(plan.chart()));
            assertTrue(Contrast.ratio(line, background) >= GRAPHICS_CONTRAST, theme + ": the line " + line
                    + " against " + background + ": " + Contrast.ratio(line, background));
            assertTrue(Contrast.ratio(bars, background) >= GRAPHICS_CONTRAST, theme + ": the bars " + bars
                    + " against " + background + ": " + Contrast.ratio(bars, background));
            Color fill = blend(bars, background, PlanHeatmapChart.WEIGHTS_FILL_OPACITY);
            assertTrue(Contrast.ratio(line, fill) >= GRAPHICS_CONTRAST, theme + ": the line " + line
                    + " over the bars' fill " + fill + ": " + Contrast.ratio(line, fill));
            int[] seen = onFx(() -> pixelsOf(plan.chart().lookupAll(".marginal-strip").iterator().next(), line,
                    bars, fill, background));
            double stripWidth = onFx(() -> plan.stripPlotSizes()[0]);
            // The line runs along the whole strip (about 1 px of its colour per column of pixels, fewer where
            // smoothing blends its edges); the bars fill a band under it.
            assertTrue(seen[0] >= 0.5 * stripWidth, theme + ": pixels of the plan's line " + seen[0] + " over a "
                    + stripWidth + " px strip");
            assertTrue(seen[1] >= 2 * stripWidth, theme + ": pixels of the weights' bars " + seen[1] + " over a "
                    + stripWidth + " px strip");
        }
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme("light"))));
    }

    /**
     * Pixels of the strip's snapshot close to the line's colour, and close to the bars' colour either opaque (their
     * outline) or as their fill shows it over the background.
     */
    private static int[] pixelsOf(Node strip, Color line, Color bars, Color fill, Color background) {
        javafx.scene.SnapshotParameters behind = new javafx.scene.SnapshotParameters();
        behind.setFill(background); // what the window shows through the strip's transparent parts
        WritableImage shot = strip.snapshot(behind, null);
        PixelReader pixels = shot.getPixelReader();
        int[] seen = new int[2];
        for (int y = 0; y < (int) shot.getHeight(); y++) {
            for (int x = 0; x < (int) shot.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (distance(c, line) < 0.12) {
                    seen[0]++;
                } else if (distance(c, bars) < 0.12 || distance(c, fill) < 0.12) {
                    seen[1]++;
                }
            }
        }
        return seen;
    }

    private static Color blend(Color top, Color under, double opacity) {
        return new Color(under.getRed() + opacity * (top.getRed() - under.getRed()),
                under.getGreen() + opacity * (top.getGreen() - under.getGreen()),
                under.getBlue() + opacity * (top.getBlue() - under.getBlue()), 1);
    }

    private static double distance(Color a, Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }
}
