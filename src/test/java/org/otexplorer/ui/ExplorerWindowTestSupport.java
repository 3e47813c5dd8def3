package org.otexplorer.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer window opened headless (TestFX on Monocle) on the default scenario with an empty recent-files
 * list of its own, closed after each test, and the helpers the window tests share.
 */
abstract class ExplorerWindowTestSupport extends ApplicationTest {
    static final long PATIENCE_SECONDS = 120;

    MainWindowController window;

    /** The preferences node (under /org/otexplorer/ui-test) holding this test class's recent files. */
    abstract String recentFilesNode();

    @Override
    public void start(Stage stage) throws BackingStoreException {
        Preferences node = Preferences.userRoot().node("/org/otexplorer/ui-test/" + recentFilesNode());
        node.clear();
        window = ExplorerWindow.open(stage, new RecentFiles(node), DefaultScenario.create());
    }

    @AfterEach
    void closeWindow() {
        interact(() -> window.shutdown());
    }

    /** Polls a condition on the FX thread until it holds; fails the test if it never does (a hang). */
    void awaitFx(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /** Opens a scenario file and waits until the window has solved it and every panel shows the solve. */
    void openSolved(java.nio.file.Path file) throws Exception {
        long solved = onFx(() -> window.compute().solvedCount());
        javafx.application.Platform.runLater(() -> window.openScenario(file));
        String name = org.otexplorer.io.ScenarioFiles.load(file).name();
        awaitFx(() -> name.equals(window.model().scenario().name()) && window.compute().solvedCount() > solved
                && window.compute().isIdle());
    }

    /** Opens a sample and waits until the workbench it opened in is idle. */
    void openIdle(java.nio.file.Path file) throws Exception {
        String name = org.otexplorer.io.ScenarioFiles.load(file).name();
        interact(() -> window.openScenario(file));
        awaitFx(() -> name.equals(window.model().scenario().name()) && window.activeView().isIdle());
    }

    /** Brings the panel titled {@code title} of the workbench's panel tabs ({@code tabsStyleClass}) to the front. */
    void selectPanel(String tabsStyleClass, String title) {
        javafx.scene.control.TabPane panels = lookup("." + tabsStyleClass)
                .queryAs(javafx.scene.control.TabPane.class);
        interact(() -> panels.getSelectionModel().select(panels.getTabs().stream()
                .filter(t -> t.getText().equals(title)).findFirst().orElseThrow()));
    }

    /** Waits until the status bar shows {@code text}; fails with what it shows instead. */
    void awaitBar(String text) throws Exception {
        try {
            awaitFx(() -> window.statusBar().shownText().contains(text));
        } catch (TimeoutException e) {
            throw new AssertionError("the status bar shows '" + onFx(() -> window.statusBar().shownText())
                    + "', not '" + text + "'", e);
        }
    }

    /** Whether a node is shown: it and every parent are visible (a tab in the back hides its content). */
    static boolean shownOnScreen(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every lane of a race snapshot has ended. */
    static boolean finished(org.otexplorer.service.RaceView race) {
        return race != null && !race.running() && race.lanes().stream().allMatch(l -> l.summary() != null);
    }

    /** Waits until the source-and-target panel shows the newest solve, its lines drawn for the geometry on screen. */
    void awaitScatterDrawn() throws TimeoutException {
        var chart = window.scatterPanel().chart();
        awaitFx(() -> window.compute().isIdle() && chart.picture() != null
                && chart.picture().lines() == chart.shown().lines()
                && chart.picture().geometry().equals(chart.geometry()));
    }

    /** Sizes the window, as a lecturer who moves it to a projector does. */
    void resizeWindow(double width, double height) throws Exception {
        javafx.stage.Window stage = onFx(() -> window.compute().content().getScene().getWindow());
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    /** Turns presenter mode on or off (View → Presenter mode). */
    void setPresenterMode(boolean on) {
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(on))));
    }

    /** Reads a value on the FX thread. */
    <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
