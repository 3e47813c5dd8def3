package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.io.Scenario;
import org.otexplorer.ui.workbench.WholeNumberSpinner;

/**
 * Bad input in the explorer (issue 12 items 10–12): a refused value or file shows a dialog naming the problem and
 * changes nothing; a view that does not apply says why instead of showing an empty chart.
 */
class ExplorerInputTest extends ExplorerWindowTestSupport {
    @TempDir
    Path dir;

    @Override
    String recentFilesNode() {
        return "input";
    }

    @Test
    void aPointCountOutOfRangeIsRefusedWithADialogAndTheScenarioStaysAsItWas() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        for (String typed : new String[] {"0", "100000"}) {
            Scenario before = onFx(() -> window.model().scenario());
            WholeNumberSpinner n = lookup("#data-n").queryAs(WholeNumberSpinner.class);
            TextField editor = n.getEditor();
            Platform.runLater(() -> {
                editor.setText(typed);
                editor.fireEvent(new ActionEvent());
            });
            awaitFx(() -> lookup(".error-dialog").tryQuery().isPresent());
            DialogPane dialog = lookup(".error-dialog").queryAs(DialogPane.class);
            assertTrue(dialog.getContentText().contains("n must be between 1 and 10000, got " + typed),
                    dialog.getContentText());
            clickOn("OK");
            assertEquals(before, onFx(() -> window.model().scenario()), "a refused value changes nothing");
            assertEquals("60", onFx(editor::getText), "the spinner shows the value still in use");
        }
    }

    @Test
    void aCsvFileThatDoesNotLoadShowsTheLineAndKeepsTheCurrentData() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        Path good = Files.writeString(dir.resolve("target.csv"), "0,0\n1,0\n0,1\n");
        Path bad = Files.writeString(dir.resolve("source.csv"), "0,0\n1,2.O\n0,1\n");
        Scenario before = onFx(() -> window.model().scenario());
        Platform.runLater(() -> window.compute().dataPanel().importFiles(bad, good));
        awaitFx(() -> lookup(".error-dialog").tryQuery().isPresent());
        String text = lookup(".error-dialog").queryAs(DialogPane.class).getContentText();
        assertTrue(text.contains("source.csv") && text.contains("line 2") && text.contains("2.O"), text);
        clickOn("OK");
        assertEquals(before, onFx(() -> window.model().scenario()), "a failed import changes nothing");

        Path alsoGood = Files.writeString(dir.resolve("source2.csv"), "0.1,0\n1,0.2\n0,0.9\n");
        Platform.runLater(() -> window.compute().dataPanel().importFiles(alsoGood, good));
        awaitFx(() -> "csv".equals(window.model().scenario().data().generator())
                && window.scatterPanel().shown() != null && window.scatterPanel().shown().n() == 3);
    }

    @Test
    void theSpectrumOfAnExactPlanSaysWhyThereIsNone() throws Exception {
        awaitFx(() -> window.spectrumPanel().shown() != null);
        interact(() -> window.model().update(s -> s.withEngine(s.engine().withMethod("exact"))));
        awaitFx(() -> window.spectrumPanel().whyNoSpectrum() != null && !window.statusBar().isRunning());
        String why = onFx(() -> window.spectrumPanel().whyNoSpectrum());
        assertTrue(why.contains("H-matrix") && why.contains("exact"), why);
        awaitFx(() -> lookup(".placeholder").queryAll().stream()
                .anyMatch(l -> l instanceof Label label && label.getText().equals(why) && label.isVisible()));
    }
}
