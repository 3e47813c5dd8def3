package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.cli.OtxCommand;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.ui.toy.ToyWorkbench;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "add a workbench" recipe of src/docs/architecture.md, checked: a workbench registered from the test tree
 * (one line in its META-INF/services file) has its section read from scenario files, appears as a tab of the
 * window, runs its analysis on the window's compute service and exports through {@code otx export --view}.
 */
class ToyWorkbenchTest extends ApplicationTest {
    private static final String SCENARIO = "{\"schema\": 1, \"name\": \"toy\", \"workbench\": \"toy\", "
            + "\"toy\": {\"count\": 4}}";

    @TempDir
    Path dir;
    private MainWindowController window;

    @Override
    public void start(Stage stage) throws Exception {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot().node("/org/otexplorer/ui-test/toy");
        node.clear();
        RecentFiles none = new RecentFiles(node);
        window = ExplorerWindow.open(stage, none, ScenarioFiles.parse(SCENARIO));
    }

    @AfterEach
    void close() {
        interact(() -> window.shutdown());
    }

    @Test
    void itsSectionIsReadAndCheckedLikeAnyOther() {
        Scenario s = ScenarioFiles.parse(SCENARIO);
        assertEquals(4, ToyWorkbench.count(s));
        assertEquals(s, ScenarioFiles.parse(ScenarioFiles.toJson(s)));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ScenarioFiles.parse("{\"schema\": 1, \"toy\": {\"cont\": 4}}"));
        assertTrue(e.getMessage().contains("toy.cont: unknown parameter"), e.getMessage());
    }

    @Test
    void itAppearsAsATabAndRunsItsAnalysisInTheService() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#toy-sum").tryQuery()
                .map(n -> ((Label) n).getText().equals("sum = 30")).orElse(false));
        TabPane tabs = lookup(".workbench-tabs").queryAs(TabPane.class);
        assertEquals("Toy", WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().getSelectedItem().getText()).get());
        interact(() -> window.model().update(s -> s.withSection("toy", s.section("toy").with(ToyWorkbench.COUNT, 5))));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ((Label) lookup("#toy-sum").query()).getText()
                .equals("sum = 55"));
    }

    @Test
    void itExportsThroughOtxExport() throws Exception {
        Path scenario = dir.resolve("toy.json");
        Files.writeString(scenario, SCENARIO);
        Path png = dir.resolve("toy.png");
        int code = OtxCommand.execute("export", "--scenario", scenario.toString(), "--view", "toy", "--out",
                png.toString(), "--width", "300", "--height", "200");
        assertEquals(0, code);
        assertEquals(300, javax.imageio.ImageIO.read(png.toFile()).getWidth());
        assertEquals("sum\n30.0", Files.readString(dir.resolve("toy.csv")).strip());
    }
}
