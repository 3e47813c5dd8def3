package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.ui.export.FigureFormat;

/**
 * Figure → Export as the user sees it: a dialog titled "Export figure" with labelled controls for format, size,
 * scale and title, and exports of a figure and of the whole window as vector files in the window's theme.
 */
class FigureExportDialogTest extends ExplorerWindowTestSupport {
    @TempDir
    Path dir;

    @Override
    String recentFilesNode() {
        return "figure-export-dialog";
    }

    @Test
    void theExportDialogIsTitledAndLabelsEveryControl() throws Exception {
        awaitFx(() -> window.spectrumPanel().shown() != null);
        javafx.application.Platform.runLater(() -> window.figures().export("plan"));
        awaitFx(() -> lookup(".export-figure-dialog").tryQuery().isPresent());
        DialogPane pane = lookup(".export-figure-dialog").queryAs(DialogPane.class);
        assertEquals("Export figure", onFx(() -> ((Stage) pane.getScene().getWindow()).getTitle()));
        List<String> labels = onFx(() -> pane.lookupAll(".label").stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).toList());
        assertTrue(labels.containsAll(List.of("Format", "Width (points)", "Height (points)",
                "Scale (pixels per point)", "Title")), labels.toString());
        ChoiceBox<?> format = onFx(() -> (ChoiceBox<?>) pane.lookup(".choice-box"));
        assertEquals(List.of(FigureFormat.PNG, FigureFormat.SVG, FigureFormat.PDF), onFx(() -> List.copyOf(
                format.getItems())));
        // The dialog's own Cancel (the status bar has a Cancel button too).
        interact(() -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .fire());
        awaitFx(() -> lookup(".export-figure-dialog").tryQuery().isEmpty());
    }

    @Test
    void aFigureExportsAsSvgInTheDarkThemeWithItsTitleAndTheWindowAsPdfWithItsText() throws Exception {
        awaitFx(() -> window.scatterPanel().shown() != null && window.compute().isIdle());
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme("dark"))));
        Path svg = dir.resolve("data.svg");
        onFx(() -> window.figures().exportTo("data", new FigureExportDialog.Settings(FigureFormat.SVG, 600, 400, 1,
                "Two blobs"), svg)).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        String text = Files.readString(svg);
        assertTrue(text.contains(">Two blobs<"), "the title as text");
        assertTrue(text.contains(">coordinate 1<"), "the axis name as text");
        // The page's background is the dark theme's, as on screen: the first full-page rectangle's fill is dark.
        java.util.regex.Matcher fill = java.util.regex.Pattern.compile("<g style=\"fill:rgb\\((\\d+),(\\d+),(\\d+)\\);"
                + "[^\"]*\"\\s*><rect x=\"0\" width=\"600\" height=\"400\"").matcher(text);
        assertTrue(fill.find(), "a full-page background rectangle");
        int brightness = Integer.parseInt(fill.group(1)) + Integer.parseInt(fill.group(2))
                + Integer.parseInt(fill.group(3));
        assertTrue(brightness < 3 * 80, "dark background, got " + fill.group());

        Path pdf = dir.resolve("window.pdf");
        onFx(() -> window.figures().exportTo("window", new FigureExportDialog.Settings(FigureFormat.PDF, 0, 0, 1,
                null), pdf)).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String pageText = new PDFTextStripper().getText(document);
            assertTrue(pageText.contains("Source and target") && pageText.contains("coordinate 1"), pageText);
        }
        assertTrue(Files.size(dir.resolve("window.csv")) > 0);
    }
}
