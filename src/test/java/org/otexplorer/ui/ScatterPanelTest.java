package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.LinePicture;
import org.otexplorer.ui.charts.MatchingLines;
import org.otexplorer.ui.charts.PlotGeometry;
import org.otexplorer.ui.charts.PlotTransform;
import org.otexplorer.ui.charts.ScatterData;
import org.testfx.util.WaitForAsyncUtils;

/** The source-and-target panel as the user sees it, in the window (TestFX on Monocle). */
class ScatterPanelTest extends ExplorerWindowTestSupport {
    @Override
    String recentFilesNode() {
        return "scatter";
    }

    private DataScatterChart chart() {
        return window.scatterPanel().chart();
    }

    private void open(Path file) throws Exception {
        String name = ScenarioFiles.load(file).name();
        javafx.application.Platform.runLater(() -> window.openScenario(file));
        awaitFx(() -> name.equals(window.model().scenario().name()));
        var spec = ScenarioFiles.load(file);
        awaitFx(() -> window.scatterPanel().shown() != null
                && window.scatterPanel().shown().method().equals(spec.engine().method())
                && window.scatterPanel().shown().n() == spec.data().n());
        awaitScatterDrawn();
        assertEquals(null, onFx(() -> window.compute().failure()), "the solve of " + file);
    }

    @Test
    void everyEntryAboveTheVisibleThresholdIsDrawnAndAtLargeEpsilonEverySourceHasLines() throws Exception {
        interact(() -> window.model().update(s -> s.withEngine(s.engine().withEpsilon(20, true))));
        awaitFx(() -> window.scatterPanel().shown() != null && window.scatterPanel().shown().relativeEpsilon() > 19);
        awaitScatterDrawn();
        SolveView solved = onFx(() -> window.scatterPanel().shown());
        double max = java.util.Arrays.stream(solved.plan()).max().orElseThrow();
        long visible = java.util.Arrays.stream(solved.plan()).filter(p -> p >= max / 255).count();
        assertEquals(visible, (long) onFx(() -> chart().drawnLines()), "one line per visible entry, no cap");
        assertTrue(visible > 400, "more than the old cap of 400: " + visible);
        MatchingLines lines = onFx(() -> chart().shown().lines());
        boolean[] hasLine = new boolean[solved.n()];
        for (int k = 0; k < lines.count(); k++) {
            hasLine[lines.source(k)] = true;
        }
        for (int i = 0; i < solved.n(); i++) {
            assertTrue(hasLine[i], "source " + i + " has lines at ε = 20 × mean C");
        }
        LinePicture picture = onFx(() -> chart().picture());
        assertEquals(lines.count(), picture.sharp(), "a 60 × 60 plan fits the budget: every line sharp");
        PlotTransform t = picture.geometry().transform();
        for (int k = 0; k < lines.count(); k += 17) {
            int i = lines.source(k);
            int j = lines.target(k);
            double mx = 0.5 * (t.pixelX(lines.sourceX()[i]) + t.pixelX(lines.targetX()[j]));
            double my = 0.5 * (t.pixelY(lines.sourceY()[i]) + t.pixelY(lines.targetY()[j]));
            float drawn = picture.raster().opacity((int) mx, (int) my);
            assertTrue(drawn >= 0.4 * lines.alpha()[k], "line " + k + " shows at its midpoint: " + drawn);
        }
    }

    /**
     * A newly opened file replaces the scenario before its first solve is shown; a redraw of the old solve meanwhile
     * (here a resize) keeps the old solve's caption, and the new solve brings its own.
     */
    @Test
    void aRedrawOfTheOldSolveKeepsItsCaptionUntilTheNewFilesSolveIsShown() throws Exception {
        awaitScatterDrawn();
        assertTrue(onFx(() -> window.scatterPanel().summary()).startsWith("n = 60, m = 60"));
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        window.service().submit(org.otexplorer.service.TransportSolve.CHANNEL, job -> {
            // holds the channel, deaf to the cancel of the newer request: the new file's solve waits behind it
            try {
                hold.await(PATIENCE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, result -> { });
        try {
            Path file = Path.of("samples", "point-cloud-registration-similarity.json");
            String name = ScenarioFiles.load(file).name();
            javafx.application.Platform.runLater(() -> window.openScenario(file));
            awaitFx(() -> name.equals(window.model().scenario().name()));
            SolveView old = onFx(() -> window.scatterPanel().shown());
            resizeWindow(1280, 800);
            awaitScatterDrawn(old);
            String caption = onFx(() -> window.scatterPanel().summary());
            assertTrue(caption.startsWith("n = 60, m = 60"), "the old solve's caption: " + caption);
        } finally {
            hold.countDown();
        }
        awaitFx(() -> window.scatterPanel().shown() != null && window.scatterPanel().shown().n() == 140);
        awaitScatterDrawn();
        String caption = onFx(() -> window.scatterPanel().summary());
        assertTrue(caption.startsWith("140 LS predictions → 140 responses"), "the new solve's caption: " + caption);
    }

    /** Waits until pane A's picture of {@code solve} is drawn for the geometry on screen (the window may be busy). */
    private void awaitScatterDrawn(SolveView solve) throws java.util.concurrent.TimeoutException {
        awaitFx(() -> chart().picture() != null && window.scatterPanel().shown() == solve
                && chart().picture().lines() == chart().shown().lines()
                && chart().picture().geometry().equals(chart().geometry()));
    }

    @Test
    void linesFollowTheThemeAndStandOutFromTheBackground() throws Exception {
        awaitScatterDrawn();
        Color light = onFx(() -> chart().lineColor());
        Color lightBackground = onFx(this::plotBackground);
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme("dark"))));
        WaitForAsyncUtils.waitForFxEvents();
        awaitFx(() -> !chart().lineColor().equals(light));
        Color dark = onFx(() -> chart().lineColor());
        Color darkBackground = onFx(this::plotBackground);
        assertNotEquals(lightBackground, darkBackground, "the theme changed the background");
        assertTrue(Contrast.ratio(light, lightBackground) >= 4.5, "light: " + light + " on " + lightBackground);
        assertTrue(Contrast.ratio(dark, darkBackground) >= 4.5, "dark: " + dark + " on " + darkBackground);
        awaitScatterDrawn();
    }

    @Test
    void presenterModeEnlargesMarkersLinesAndLegendWithTheFont() throws Exception {
        awaitScatterDrawn();
        double radius = onFx(() -> chart().markerRadius());
        double line = onFx(() -> chart().geometry().lineWidth());
        double symbol = onFx(this::legendSymbolWidth);
        setPresenterMode(true);
        awaitFx(() -> chart().markerRadius() > radius);
        assertEquals(20.0 / 13, onFx(() -> chart().markerRadius()) / radius, 0.02, "markers scale with the font");
        awaitFx(() -> chart().geometry() != null && chart().geometry().lineWidth() > line);
        assertEquals(20.0 / 13, onFx(() -> chart().geometry().lineWidth()) / line, 0.02, "lines too");
        assertTrue(onFx(this::legendSymbolWidth) > 1.4 * symbol, "and the legend symbols");
    }

    @Test
    void equalAspectMakesAUnitAsLongInXAsInYAndIsKeptInTheScenario() throws Exception {
        awaitScatterDrawn();
        PlotTransform free = onFx(() -> chart().geometry().transform());
        assertTrue(Math.abs(Math.abs(free.scaleX()) / Math.abs(free.scaleY()) - 1) > 0.01,
                "the blobs are not drawn at equal aspect by default: " + free);
        CheckBox box = lookup(n -> n instanceof CheckBox c && "equal aspect".equals(c.getText())).query();
        interact(box::fire);
        awaitFx(() -> {
            PlotTransform t = chart().geometry().transform();
            return Math.abs(Math.abs(t.scaleX()) / Math.abs(t.scaleY()) - 1) < 1e-6;
        });
        assertTrue(onFx(() -> window.model().scenario().view().equalAspect()));
        assertEveryMarkerInside();
    }

    @Test
    void aScenarioWithEqualAspectDrawsTheUnitCircleRound(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path circle = dir.resolve("circle.json");
        org.otexplorer.io.Scenario s = ScenarioFiles.load(Path.of("samples/unit-circle-condition-number.json"));
        ScenarioFiles.save(s.withView(s.view().withEqualAspect(true)), circle);
        open(circle);
        assertTrue(onFx(() -> lookup(n -> n instanceof CheckBox c && "equal aspect".equals(c.getText()))
                .queryAs(CheckBox.class).isSelected()));
        // The opened scenario's first layout may still be under way: wait for it (an awaitFx that times out fails).
        awaitFx(() -> {
            PlotTransform shown = chart().geometry().transform();
            return Math.abs(Math.abs(shown.scaleX()) / Math.abs(shown.scaleY()) - 1) < 1e-6;
        });
        PlotTransform t = onFx(() -> chart().geometry().transform());
        double across = t.pixelX(1) - t.pixelX(-1);
        double up = t.pixelY(-1) - t.pixelY(1);
        assertEquals(across, up, 1e-6 * across, "the circle's width and height on screen");
    }

    @Test
    void theCoordinateMenusEditTheScenarioAndTheExportedFigureDrawsTheirChoice(@org.junit.jupiter.api.io.TempDir
            Path dir) throws Exception {
        Path three = dir.resolve("three.json");
        org.otexplorer.io.Scenario s = ScenarioFiles.load(Path.of("samples/robust-ot-drops-outliers.json"));
        ScenarioFiles.save(s.withData(s.data().withSizes(s.data().n(), s.data().m(), 3)).withName("in 3-D"), three);
        open(three);
        assertEquals(List.of("coordinate 1", "coordinate 2"), onFx(this::menus));
        interact(() -> coordinateMenu("#xCoordinate").getSelectionModel().select("coordinate 2"));
        interact(() -> coordinateMenu("#yCoordinate").getSelectionModel().select("coordinate 3"));
        assertEquals(List.of(2, 3), onFx(() -> List.of(window.model().scenario().view().xCoordinate(),
                window.model().scenario().view().yCoordinate())), "the picks are the scenario's");
        awaitFx(() -> "coordinate 3".equals(chart().chart().getYAxis().getName()));
        assertEquals("coordinate 2", onFx(() -> chart().chart().getXAxis().getName()));

        Path svg = dir.resolve("data.svg");
        onFx(() -> window.figures().exportTo("data", new FigureExportDialog.Settings(
                org.otexplorer.ui.export.FigureFormat.SVG, 600, 400, 1, null), svg))
                .get(PATIENCE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        String text = java.nio.file.Files.readString(svg);
        assertTrue(text.contains(">coordinate 2<") && text.contains(">coordinate 3<"), "the exported axes");
        assertTrue(!text.contains(">coordinate 1<"), "coordinate 1 is not in the exported figure");

        interact(() -> window.model().undo());
        assertEquals(List.of("coordinate 2", "coordinate 2"), onFx(this::menus), "undo takes the second pick back");
        interact(() -> window.model().redo());
        assertEquals(List.of("coordinate 2", "coordinate 3"), onFx(this::menus));
        Path saved = dir.resolve("saved.json");
        interact(() -> window.saveScenarioAs(saved));
        open(Path.of("samples/robust-ot-drops-outliers.json"));
        open(saved);
        assertEquals(List.of("coordinate 2", "coordinate 3"), onFx(this::menus), "the saved file opens on them");
        awaitFx(() -> "coordinate 3".equals(chart().chart().getYAxis().getName()));
    }

    @Test
    void fewerDimensionsThanTheChosenCoordinateFallBackToCoordinatesOneAndTwo(@org.junit.jupiter.api.io.TempDir
            Path dir) throws Exception {
        Path three = dir.resolve("three.json");
        org.otexplorer.io.Scenario s = ScenarioFiles.load(Path.of("samples/robust-ot-drops-outliers.json"));
        ScenarioFiles.save(s.withData(s.data().withSizes(s.data().n(), s.data().m(), 3))
                .withView(s.view().withCoordinates(3, 2)), three);
        open(three);
        awaitFx(() -> "coordinate 3".equals(chart().chart().getXAxis().getName()));
        interact(() -> window.model().update(t -> t.withData(t.data().withSizes(t.data().n(), t.data().m(), 2))));
        awaitFx(() -> window.scatterPanel().shown().sourcePoints()[0].length == 2);
        awaitScatterDrawn();
        assertEquals(null, onFx(() -> window.compute().failure()));
        assertEquals("coordinate 1", onFx(() -> chart().chart().getXAxis().getName()));
        assertEquals("coordinate 2", onFx(() -> chart().chart().getYAxis().getName()));
        assertEquals(List.of(1, 2), onFx(() -> List.of(window.model().scenario().view().xCoordinate(),
                window.model().scenario().view().yCoordinate())), "the scenario falls back with its data");
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.ComboBox<String> coordinateMenu(String id) {
        return (javafx.scene.control.ComboBox<String>) lookup(id).query();
    }

    /** What the two coordinate menus show. */
    private List<String> menus() {
        return List.of(coordinateMenu("#xCoordinate").getValue(), coordinateMenu("#yCoordinate").getValue());
    }

    @Test
    void everyMarkerIsWholeInsideThePlotAreaAtEverySize() throws Exception {
        open(Path.of("samples/robust-ot-drops-outliers.json"));
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}, {1440, 900}}) {
            resizeWindow(size[0], size[1]);
            WaitForAsyncUtils.waitForFxEvents();
            awaitScatterDrawn();
            assertEveryMarkerInside();
        }
    }

    /**
     * Presenter mode's larger markers too, the mode switched at each size the window already has, with the points of
     * a uniform square on its edges.
     */
    @Test
    void presenterMarkersAreWholeInsideThePlotAreaAtEverySize() throws Exception {
        open(Path.of("samples/ipot-sharp-plan-vs-sinkhorn-blur.json"));
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}, {1440, 900}}) {
            resizeWindow(size[0], size[1]);
            for (boolean presenter : new boolean[] {true, false}) {
                setPresenterMode(presenter);
                WaitForAsyncUtils.waitForFxEvents();
                awaitScatterDrawn();
                assertEveryMarkerInside();
            }
        }
    }

    @Test
    void robustPlanMarkersFollowTheMassEachTargetReceivesAndTheOutliersAreMarked() throws Exception {
        open(Path.of("samples/robust-ot-drops-outliers.json"));
        SolveView solved = onFx(() -> window.scatterPanel().shown());
        ScatterData data = onFx(() -> chart().shown());
        assertEquals(10, data.outlierTargets(), "⌊0.2 · 50⌋ outliers");
        double[] share = new double[solved.m()];
        for (int j = 0; j < solved.m(); j++) {
            double received = 0;
            for (int i = 0; i < solved.n(); i++) {
                received += solved.planEntry(i, j);
            }
            share[j] = received / solved.targetWeights()[j];
            assertEquals(share[j], data.targetShare()[j], 1e-9, "target " + j + ": its marker's share");
        }
        double outliers = java.util.Arrays.stream(share, 0, 10).average().orElseThrow();
        double inliers = java.util.Arrays.stream(share, 10, solved.m()).average().orElseThrow();
        assertTrue(outliers < inliers, "ROBOT gives the outliers less: " + outliers + " against " + inliers);
        String summary = summary();
        assertTrue(summary.contains("10 outliers receive"), summary);
        assertTrue(!summary.contains("dropped"), "ROBOT moves all of Σa: " + summary);
    }

    @Test
    void anUnbalancedPlanSaysHowMuchMassItDrops() throws Exception {
        open(Path.of("samples/kl-vs-l2-marginal-relaxation.json"));
        SolveView solved = onFx(() -> window.scatterPanel().shown());
        double moved = java.util.Arrays.stream(solved.plan()).sum();
        String summary = summary();
        String expected = String.format(java.util.Locale.ROOT, "dropped %.3g", 1 - moved);
        assertTrue(summary.contains(expected), "'" + expected + "' in " + summary);
        ScatterData data = onFx(() -> chart().shown());
        assertTrue(java.util.Arrays.stream(data.targetShare()).allMatch(v -> v < 1), "every target starved a little");
    }

    private String summary() {
        return lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().startsWith("n = ")).queryLabeled().getText();
    }

    /** Every source and target marker (with its outline and ring) lies inside the plot area. */
    private void assertEveryMarkerInside() throws Exception {
        PlotGeometry g = onFx(() -> chart().geometry());
        ScatterData data = onFx(() -> chart().shown());
        double extent = onFx(() -> chart().markerExtent());
        PlotTransform t = g.transform();
        double[][] xs = {data.sourceX(), data.targetX()};
        double[][] ys = {data.sourceY(), data.targetY()};
        for (int c = 0; c < 2; c++) {
            for (int k = 0; k < xs[c].length; k++) {
                double px = t.pixelX(xs[c][k]);
                double py = t.pixelY(ys[c][k]);
                assertTrue(px - extent >= -1e-6 && px + extent <= g.width() + 1e-6
                        && py - extent >= -1e-6 && py + extent <= g.height() + 1e-6,
                        "point " + k + " of cloud " + c + " at (" + px + ", " + py + ") ± " + extent + " in "
                                + g.width() + " × " + g.height());
            }
        }
    }

    /** The colour behind the chart's (transparent) plot area: the panel's chart holder. */
    private Color plotBackground() {
        javafx.scene.Parent up = chart().chart().getParent();
        while (!up.getStyleClass().contains("chart-holder")) {
            up = up.getParent(); // the chart sits in its pane (A or B) inside the holder
        }
        Region holder = (Region) up;
        return (Color) holder.getBackground().getFills().get(holder.getBackground().getFills().size() - 1).getFill();
    }

    private double legendSymbolWidth() {
        return lookup(".chart-legend-item").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && l.getText().startsWith("source"))
                .map(n -> ((javafx.scene.control.Label) n).getGraphic().getBoundsInLocal().getWidth())
                .findFirst().orElseThrow();
    }
}
