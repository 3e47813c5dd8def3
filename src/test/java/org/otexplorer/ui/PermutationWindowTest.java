package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.ScenarioFiles;

/**
 * The permutation samples in the whole window (as {@code otx gui} and File → Open open them): each brings the
 * permutation workbench's tab to the front, with the panel its scenario names.
 */
class PermutationWindowTest extends ExplorerWindowTestSupport {
    private static final Path RACE_SAMPLE = Path.of("samples/permutation-sorting-race-n15.json");

    @Override
    String recentFilesNode() {
        return "permutation";
    }

    @Test
    void eachPermutationSampleOpensInThePermutationTabOnItsPanel() throws Exception {
        List<String[]> samples = List.of(
                new String[] {"samples/permutation-fig1-pattern-stalls.json", "Normalisation lab"},
                new String[] {"samples/permutation-random-score-grid.json", "Random-sample grid"},
                new String[] {"samples/permutation-sorting-race-n15.json", "Training race"});
        TabPane workbenches = lookup(".workbench-tabs").queryAs(TabPane.class);
        for (String[] sample : samples) {
            Path file = Path.of(sample[0]);
            String name = ScenarioFiles.load(file).name();
            interact(() -> window.openScenario(file));
            awaitFx(() -> name.equals(window.model().scenario().name()) && window.activeView().isIdle());
            assertEquals("Permutation learning", onFx(() -> workbenches.getSelectionModel().getSelectedItem().getText()));
            TabPane panels = lookup(".permutation-panels").queryAs(TabPane.class);
            assertEquals(sample[1], onFx(() -> panels.getSelectionModel().getSelectedItem().getText()), sample[0]);
            assertEquals(null, onFx(() -> window.activeView().failure()), sample[0]);
        }
    }

    /** In presenter mode at 1280×800 a long description folds and leaves the panels most of the height. */
    @Test
    void aLongDescriptionLeavesThePanelsTheirRoomInPresenterMode() throws Exception {
        Path file = Path.of("samples/permutation-fig1-pattern-stalls.json");
        String name = ScenarioFiles.load(file).name();
        interact(() -> {
            window.compute().content().getScene().getWindow().setWidth(1280);
            window.compute().content().getScene().getWindow().setHeight(800);
            window.openScenario(file);
        });
        awaitFx(() -> name.equals(window.model().scenario().name()) && window.activeView().isIdle());
        setPresenterMode(true);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        TabPane panels = lookup(".permutation-panels").queryAs(TabPane.class);
        double top = onFx(() -> panels.localToScene(panels.getLayoutBounds()).getMinY());
        double height = onFx(() -> panels.getScene().getHeight());
        assertTrue(top <= 0.35 * height, "the panels start at " + top + " of " + height + " (the description above)");
    }

    /**
     * The status bar shows the panel in front's own state: the grid, which computes behind the training race, does
     * not put its "grid done" in the bar while the race is in front (issue 12's lecture run-through).
     */
    @Test
    void theStatusBarShowsThePanelInFrontNotTheGridBehindIt() throws Exception {
        openIdle(RACE_SAMPLE);
        String opened = onFx(() -> window.statusBar().shownText());
        assertTrue(opened.startsWith("Opened") && !opened.contains("grid done"), "the race has reported nothing: " + opened);

        selectPanel("Random-sample grid");
        awaitBar("grid done");
        selectPanel("Training race");
        assertEquals("", onFx(() -> window.statusBar().shownText()));

        push(javafx.scene.input.KeyCode.F7); // play the race
        awaitBar("epoch");
        selectPanel("Random-sample grid");
        awaitBar("grid done");
        assertTrue(!onFx(() -> window.statusBar().shownText()).contains("epoch"), "the race's progress stays behind");
        assertTrue(!onFx(() -> window.statusBar().isRunning()), "the grid is not running");
    }

    /**
     * Paused, the race's status bar says so and offers no Cancel; a reset (and a new race, as Regenerate makes) takes
     * the old race's epoch out of the bar (they stayed "computing" with the epoch of the race that was gone).
     */
    @Test
    void aPausedOrResetRaceIsNotShownComputing() throws Exception {
        openIdle(RACE_SAMPLE);
        selectPanel("Training race");
        push(javafx.scene.input.KeyCode.F7); // play
        awaitBar("epoch");
        assertTrue(onFx(() -> window.statusBar().isRunning()), "playing: Cancel pauses");
        push(javafx.scene.input.KeyCode.F7); // pause
        awaitBar("paused");
        assertTrue(!onFx(() -> window.statusBar().isRunning()), "paused: nothing runs");
        String paused = onFx(() -> window.statusBar().shownText());
        assertTrue(paused.matches(".*epoch [1-9][0-9]* of 500.*"), "the epoch it stands at: " + paused);

        push(javafx.scene.input.KeyCode.F7); // play again
        awaitFx(() -> window.statusBar().isRunning());
        clickOn(lookup("#resetButton").match(ExplorerWindowTestSupport::shownOnScreen).queryButton());
        awaitBar("epoch 0");
        String reset = onFx(() -> window.statusBar().shownText());
        assertTrue(!reset.contains("paused") && !reset.contains("of 500"), "the old race is gone: " + reset);
        assertTrue(!onFx(() -> window.statusBar().isRunning()), "reset: nothing runs");
    }

    /**
     * In presenter mode at 1920 × 1080 the permutation workbench's grey help texts (the "hint" lines of its three side
     * panels) are no smaller than the transport workbench's (they were 13 px, its smallest 15 px).
     */
    @Test
    void thePermutationHintsAreNoSmallerThanTheTransportHintsInPresenterMode() throws Exception {
        resizeWindow(1920, 1080);
        setPresenterMode(true);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        TabPane workbenches = lookup(".workbench-tabs").queryAs(TabPane.class);
        assertEquals("Transport & regression", onFx(() -> workbenches.getSelectionModel().getSelectedItem().getText()));
        List<javafx.scene.control.Label> transport = onFx(() -> hints(workbenches.getSelectionModel()
                .getSelectedItem().getContent()));
        assertTrue(transport.size() >= 2, "the transport workbench shows its hints: " + transport.size());
        double smallest = onFx(() -> transport.stream().mapToDouble(l -> l.getFont().getSize()).min().orElseThrow());

        openIdle(Path.of("samples/permutation-fig1-pattern-stalls.json"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        javafx.scene.Node permutation = lookup(".permutation-workbench").query();
        List<javafx.scene.control.Label> hints = onFx(() -> hints(permutation));
        assertEquals(3, hints.size(), "a hint in each of the lab's, the grid's and the race's side panels");
        for (javafx.scene.control.Label hint : hints) {
            double size = onFx(() -> hint.getFont().getSize());
            assertTrue(size >= smallest - 0.01, "\"" + onFx(hint::getText) + "\" at " + size + " px, the transport's"
                    + " hints at " + smallest + " px or more");
        }
    }

    /** The hint labels with text under {@code node}, their style applied (a panel behind another has had none). */
    private static List<javafx.scene.control.Label> hints(javafx.scene.Node node) {
        node.applyCss();
        return node.lookupAll(".hint").stream().filter(n -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && !l.getText().isEmpty() && l.getScene() != null)
                .map(n -> (javafx.scene.control.Label) n).toList();
    }

    private void selectPanel(String title) {
        selectPanel("permutation-panels", title);
    }
}
