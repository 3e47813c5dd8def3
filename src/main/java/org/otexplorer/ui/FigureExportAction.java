package org.otexplorer.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.ui.export.FigureExporter;
import org.otexplorer.ui.export.FigureViews;

/**
 * Figure → Export: a panel's figure (rebuilt from the data on display, laid out at the target size) or the
 * whole window (snapshot with a scale transform) to PNG at 1×–4×, with the figure's data as CSV and the
 * scenario JSON beside it. Encoding and writing happen off the FX thread.
 */
final class FigureExportAction {
    private final Stage stage;
    private final ScenarioModel model;
    private final ScatterPanelController scatter;
    private final SpectrumPanelController spectrum;
    private final TracePanelController traces;
    private final StatusBarController status;

    FigureExportAction(Stage stage, ScenarioModel model, ScatterPanelController scatter,
                       SpectrumPanelController spectrum, TracePanelController traces, StatusBarController status) {
        this.stage = stage;
        this.model = model;
        this.scatter = scatter;
        this.spectrum = spectrum;
        this.traces = traces;
        this.status = status;
    }

    /** Exports a panel's figure ({@code data}, {@code plan}, {@code spectrum}, {@code trace}) or {@code window}. */
    void export(String view) {
        if (scatter.shown() == null) {
            Dialogs.info(stage, "Nothing to export yet", "Wait for the first computation to finish.");
            return;
        }
        if ("trace".equals(view) && traces.shown() == null) {
            Dialogs.info(stage, "No optimizer traces yet", "Open a regression scenario and press Play first.");
            return;
        }
        Optional<Integer> scale = new ChoiceDialog<>(2, List.of(1, 2, 3, 4)).showAndWait();
        if (scale.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + view + " as PNG");
        chooser.setInitialFileName(view + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(view, scale.get(), file.toPath());
        }
    }

    /** Exports without dialogs (also for tests); completes when the files are written. */
    CompletableFuture<Void> exportTo(String view, int scale, Path png) {
        Scenario scenario = model.scenario();
        ScenarioSnapshot snapshot = new ScenarioSnapshot(scatter.shown(), spectrum.shown(), traces.traceSnapshot());
        CompletableFuture<WritableImage> image;
        if ("window".equals(view)) {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(Transform.scale(scale, scale));
            image = CompletableFuture.completedFuture(stage.getScene().getRoot().snapshot(parameters, null));
        } else {
            image = FigureExporter.render(FigureViews.chart(view, snapshot, scenario.view()), 900, 600, scale);
        }
        String csvView = "window".equals(view) ? "plan" : view;
        CompletableFuture<Void> written = image.thenAcceptAsync(img -> {
            FigureExporter.writePng(img, png);
            FigureViews.writeCsv(csvView, snapshot, FigureExporter.sibling(png, ".csv"));
            try {
                ScenarioFiles.save(scenario, FigureExporter.sibling(png, ".scenario.json"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        written.whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error.getCause() == null ? error : error.getCause();
                Dialogs.error(stage, "Export failed", String.valueOf(cause.getMessage()));
            } else {
                status.showNotice("Exported " + png.getFileName() + " with its CSV and scenario");
            }
        }));
        return written;
    }
}
