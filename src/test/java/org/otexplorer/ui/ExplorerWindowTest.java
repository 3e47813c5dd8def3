package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.otexplorer.ui.transport.PlanDisplay;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window driven headless (TestFX on Monocle): start-up, live slider, cancel, files. */
class ExplorerWindowTest extends ExplorerWindowTestSupport {
    @TempDir
    Path dir;

    @Override
    String recentFilesNode() {
        return "recent";
    }

    @Test
    void opensOnTheDefaultScenarioAndEveryPanelShowsData() throws Exception {
        awaitFx(() -> window.spectrumPanel().shown() != null && window.compute().solvedCount() >= 1
                && window.compute().isIdle());
        assertEquals("Two Gaussian blobs", onFx(() -> window.model().scenario().name()));
        assertEquals(60, onFx(() -> window.scatterPanel().shown().n()));
        PlanDisplay plan = onFx(() -> window.planPanel().display());
        assertEquals(60 * 60, plan.values().length);
        assertTrue(plan.max() > 0);
        assertEquals(120, onFx(() -> window.spectrumPanel().shown().eigenvalues().length));
        assertTrue(lookup("converged").tryQuery().isPresent(), "the status bar says the solve converged");
    }

    /**
     * Issue 12 item 13: no scroll pane of the window caches its viewport as a bitmap (a slider step in the side
     * panel re-rendered the whole panel into the cache on every frame of a drag).
     */
    @Test
    void noScrollPaneOfTheWindowCachesItsViewport() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        java.util.List<String> cached = onFx(() -> lookup(".scroll-pane").queryAllAs(
                javafx.scene.control.ScrollPane.class).stream().filter(p -> p.getSkin() != null
                && p.lookup(".viewport").isCache()).map(p -> String.join(".", p.getStyleClass())).toList());
        assertTrue(cached.isEmpty(), "cached viewports: " + cached);
        assertTrue(!onFx(() -> window.compute().sidebar().lookup(".viewport").isCache()), "the side panel's");
    }

    /**
     * Issue 12 item 13: the charts' panes and the split panes holding them paint no background, not even a
     * transparent one: the software renderer fills every background over the region a solve redraws, and the plan
     * panel's frame was 16 ms with them against about 10 without.
     */
    @Test
    void noChartPaneOrSplitPaneOfTheWindowPaintsABackground() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        for (String pane : List.of(".chart", ".chart-content", ".split-pane")) {
            List<Region> panes = onFx(() -> List.copyOf(lookup(pane).queryAllAs(Region.class)));
            assertTrue(panes.size() >= 3, "the window's " + pane + " panes are there: " + panes.size());
            long filled = onFx(() -> panes.stream().filter(r -> r.getBackground() != null
                    && !r.getBackground().isEmpty()).count());
            assertEquals(0, filled, pane + " panes with a background, of " + panes.size());
        }
    }

    /**
     * A lecturer in presenter mode and the dark theme who opens a sample (which says neither) or starts a new scenario
     * keeps both: the window's root keeps its style classes and a control its presenter font size.
     */
    @Test
    void openingASampleOrANewScenarioKeepsPresenterModeAndTheDarkTheme() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1 && window.compute().isIdle());
        double normalFont = onFx(() -> toolbarFont(window.parametersPanel().epsilonSlider().getScene().getRoot()));
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(true)
                .withTheme(Themes.DARK))));
        Path sample = Path.of("samples/kl-vs-l2-marginal-relaxation.json");
        assertFalse(ScenarioFiles.load(sample).view().presenterMode(), "the sample itself says normal mode");
        openSolved(sample);
        assertAppearanceKept("after opening " + sample.getFileName(), normalFont);
        interact(() -> window.newScenario());
        WaitForAsyncUtils.waitForFxEvents(4);
        assertAppearanceKept("after File > New", normalFont);
    }

    private void assertAppearanceKept(String when, double normalFont) throws Exception {
        javafx.scene.Parent root = onFx(() -> window.parametersPanel().epsilonSlider().getScene().getRoot());
        assertTrue(onFx(() -> root.getStyleClass().contains(Themes.PRESENTER)), when + ": " + root.getStyleClass());
        assertTrue(onFx(() -> root.getStyleClass().contains(Themes.DARK)), when + ": " + root.getStyleClass());
        double font = onFx(() -> toolbarFont(root));
        assertTrue(font > 1.15 * normalFont, when + ": the toolbar's text is " + font + " px against " + normalFont);
    }

    /** The font size of the toolbar's first button (Open). */
    private static double toolbarFont(javafx.scene.Parent root) {
        return ((javafx.scene.control.Labeled) root.lookup(".main-toolbar .button")).getFont().getSize();
    }

    @Test
    void draggingTheEpsilonSliderChangesTheHeatmapData() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        double[] before = onFx(() -> window.planPanel().display().values());
        double epsBefore = onFx(() -> window.model().scenario().engine().epsilon().value());
        long solved = onFx(() -> window.compute().solvedCount());
        interact(() -> lookup(".titled-pane").queryAllAs(TitledPane.class).stream() // brings ε on screen
                .filter(t -> "Data".equals(t.getText())).forEach(t -> {
                    t.setAnimated(false);
                    t.setExpanded(false);
                }));
        WaitForAsyncUtils.waitForFxEvents();
        Node thumb = from(window.parametersPanel().epsilonSlider()).lookup(".thumb").query();
        // Under load the collapse may take a few pulses to reach the layout: wait until the thumb is on screen.
        awaitFx(() -> {
            javafx.geometry.Bounds b = thumb.localToScene(thumb.getBoundsInLocal());
            return b.getMinY() >= 0 && b.getMaxY() <= thumb.getScene().getHeight() && b.getWidth() > 0;
        });
        drag(thumb).moveBy(-60, 0).drop();
        awaitFx(() -> window.compute().solvedCount() > solved && !window.statusBar().isRunning());
        double epsAfter = onFx(() -> window.model().scenario().engine().epsilon().value());
        assertTrue(epsAfter < epsBefore, "dragging left lowers ε: " + epsBefore + " -> " + epsAfter);
        double[] after = onFx(() -> window.planPanel().display().values());
        assertNotEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(after));
        assertTrue(onFx(() -> window.model().isDirty()));
    }

    @Test
    void aLongComputationCanBeCancelledWhileTheWindowStaysResponsive() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        interact(() -> window.model().update(s -> s.withData(s.data().withSizes(1200, 1200, 2))
                .withEngine(s.engine().withStopping(0, Integer.MAX_VALUE))));
        awaitFx(() -> window.statusBar().isRunning());
        clickOn("log color");
        assertTrue(onFx(() -> window.model().scenario().view().logColorScale()), "the UI answered while computing");
        clickOn("#cancel");
        awaitFx(() -> !window.statusBar().isRunning());
        assertTrue(onFx(() -> window.statusBar().messageText()).startsWith("Cancelled"));
        assertEquals(60, onFx(() -> window.scatterPanel().shown().n()), "the last finished result stays");
    }

    @Test
    void theStatusBarShowsTheFrontWorkbenchsOwnStateAfterATabSwitch() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1 && window.compute().isIdle());
        String transport = onFx(() -> window.statusBar().shownText());
        assertTrue(transport.contains("converged") && !transport.contains("frames"), transport);

        clickOn("Step by step"); // its own outcome (frames recorded), not the transport's solve
        awaitFx(() -> window.statusBar().shownText().contains("frames"));
        clickOn("Transport & regression"); // back in front: the transport's own outcome again
        awaitFx(() -> "transport".equals(window.model().scenario().workbench()));
        awaitFx(() -> window.statusBar().shownText().contains("converged")
                && !window.statusBar().shownText().contains("frames"));

        interact(() -> window.model().update(s -> s.withData(s.data().withSizes(1200, 1200, 2))
                .withEngine(s.engine().withStopping(0, Integer.MAX_VALUE))));
        awaitFx(() -> window.statusBar().isRunning());
        clickOn("#cancel");
        awaitFx(() -> window.statusBar().shownText().contains("Cancelled"));
        clickOn("Toy"); // a workbench that has reported nothing shows an empty bar, not the transport's cancel
        awaitFx(() -> "toy".equals(window.model().scenario().workbench()));
        assertEquals("", onFx(() -> window.statusBar().shownText()));
        assertFalse(onFx(() -> window.statusBar().isRunning()));
    }

    /**
     * Issue 12: a scenario's description tells of the workbench it was opened in. On another tab it stood over
     * panels it does not describe (the robust-OT story over the permutation lab); there it now takes no room.
     */
    @Test
    void aScenariosDescriptionShowsOnlyOnTheWorkbenchItWasOpenedIn() throws Exception {
        Path transportSample = Path.of("samples/robust-ot-drops-outliers.json");
        openSolved(transportSample);
        String story = ScenarioFiles.load(transportSample).description();
        assertEquals(List.of(story), shownDescriptions());
        for (String[] tab : new String[][] {{"Step by step", "steps"}, {"Permutation learning", "permutation"},
                {"IPOT & barycenters", "ipot"}}) {
            clickOn(tab[0]);
            awaitFx(() -> tab[1].equals(window.model().scenario().workbench()));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), shownDescriptions(), "on " + tab[0]);
        }
        clickOn("Transport & regression");
        awaitFx(() -> "transport".equals(window.model().scenario().workbench()));
        assertEquals(List.of(story), shownDescriptions(), "back on the transport tab");

        Path permutationSample = Path.of("samples/permutation-fig1-pattern-stalls.json");
        Scenario permutation = ScenarioFiles.load(permutationSample);
        interact(() -> window.openScenario(permutationSample));
        awaitFx(() -> permutation.name().equals(window.model().scenario().name()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(permutation.description()), shownDescriptions(), "a permutation sample");
        clickOn("Transport & regression");
        awaitFx(() -> "transport".equals(window.model().scenario().workbench()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), shownDescriptions(), "the permutation story over the transport panels");
    }

    /** The texts of the scenario descriptions on screen. */
    private List<String> shownDescriptions() throws Exception {
        return onFx(() -> lookup("#scenario-description").queryAll().stream()
                .filter(ExplorerWindowTestSupport::shownOnScreen)
                .map(n -> ((org.otexplorer.ui.workbench.ScenarioDescription) n).text()).toList());
    }

    @Test
    void aCorruptScenarioShowsWhatIsWrongAndKeepsTheCurrentOne() throws Exception {
        Path corrupt = dir.resolve("corrupt.json");
        Files.writeString(corrupt, "{\"schema\": 1, \"engine\": {\"method\": \"sinkhorn\", \"epsilonn\": 0.1}}");
        Scenario before = onFx(() -> window.model().scenario());
        runLater(() -> window.openScenario(corrupt));
        awaitFx(() -> lookup(".error-dialog").tryQuery().isPresent());
        DialogPane dialog = lookup(".error-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("epsilonn"), dialog.getContentText());
        clickOn("OK");
        assertEquals(before, onFx(() -> window.model().scenario()));
        assertEquals(null, onFx(() -> window.model().file()));
    }

    @Test
    void unsavedChangesPromptBeforeTheyAreLost() throws Exception {
        interact(() -> window.model().update(s -> s.withName("Edited")));
        runLater(() -> window.newScenario());
        awaitFx(() -> lookup(".unsaved-dialog").tryQuery().isPresent());
        clickOn("Cancel");
        assertEquals("Edited", onFx(() -> window.model().scenario().name()));
        assertTrue(onFx(() -> window.model().isDirty()));

        runLater(() -> window.newScenario());
        awaitFx(() -> lookup(".unsaved-dialog").tryQuery().isPresent());
        clickOn("Don't Save");
        assertEquals("Two Gaussian blobs", onFx(() -> window.model().scenario().name()));
        assertFalse(onFx(() -> window.model().isDirty()));
    }

    @Test
    void savingRemembersTheFileAndOpeningRestoresTheScenario() throws Exception {
        Path file = dir.resolve("blobs.json");
        interact(() -> window.model().update(s -> s.withSeed(42)));
        interact(() -> window.saveScenarioAs(file));
        assertFalse(onFx(() -> window.model().isDirty()));
        assertEquals(file, onFx(() -> window.model().file()));
        interact(() -> window.model().update(s -> s.withSeed(7)));
        runLater(() -> window.openScenario(file));
        awaitFx(() -> lookup(".unsaved-dialog").tryQuery().isPresent());
        clickOn("Don't Save");
        assertEquals(42L, onFx(() -> window.model().scenario().seed()));
        assertTrue(onFx(() -> window.recentFiles().list().contains(file.toAbsolutePath().normalize())));
    }

    private static void runLater(Runnable action) {
        javafx.application.Platform.runLater(action);
    }

    @Test
    void figureExportWritesPngsOfTheExactSizeWithCsvAndScenario() throws Exception {
        awaitFx(() -> window.spectrumPanel().shown() != null);
        Path plan = dir.resolve("plan.png");
        Path whole = dir.resolve("window.png");
        onFx(() -> window.figures().exportTo("plan", 2, plan)).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        onFx(() -> window.figures().exportTo("window", 2, whole)).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(plan.toFile());
        assertEquals(1800, image.getWidth());
        assertEquals(1200, image.getHeight());
        double sceneWidth = onFx(() -> window.scatterPanel().chart().chart().getScene().getWidth());
        assertEquals(2 * (int) Math.round(sceneWidth), javax.imageio.ImageIO.read(whole.toFile()).getWidth(), 2);
        assertTrue(Files.size(dir.resolve("plan.csv")) > 0);
        assertEquals(onFx(() -> window.model().scenario()), ScenarioFiles.load(dir.resolve("window.scenario.json")),
                "the scenario written beside the figure is the window's");
    }

    @Test
    void chartsShowTheSolvedData() throws Exception {
        awaitFx(() -> window.spectrumPanel().shown() != null && window.compute().isIdle());
        assertTrue(onFx(() -> window.scatterPanel().chart().drawnLines()) > 0, "matching lines drawn");
        assertEquals(119, onFx(() -> window.spectrumPanel().chart().positiveCount()), "all but the zero eigenvalue");
        assertTrue(onFx(() -> window.planPanel().chart().dataSet() != null));
    }
}
