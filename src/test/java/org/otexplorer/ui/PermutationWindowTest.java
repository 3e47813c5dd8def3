package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
