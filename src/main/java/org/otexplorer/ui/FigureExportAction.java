package org.otexplorer.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.ui.export.FigureExporter;
import org.otexplorer.ui.workbench.Dialogs;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.ScenarioModel;
import org.otexplorer.ui.workbench.Status;
import org.otexplorer.ui.workbench.WorkbenchUis;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * Figure → Export: a figure of the front workbench (rebuilt from the data its panels show, laid out at the
 * target size) or the whole window (snapshot with a scale transform) to PNG at 1×–4×, with the figure's data as
 * CSV and the scenario JSON beside it. Encoding and writing happen off the FX thread.
 */
final class FigureExportAction {
    /** The view name of the whole window. */
    static final String WINDOW = "window";

    private final Stage stage;
    private final ScenarioModel model;
    private final Status status;
    private final Supplier<WorkbenchView> active;

    FigureExportAction(Stage stage, ScenarioModel model, Status status, Supplier<WorkbenchView> active) {
        this.stage = stage;
        this.model = model;
        this.status = status;
        this.active = active;
    }

    /** Exports a figure of the front workbench by its view name, or {@link #WINDOW}, asking for scale and file. */
    void export(String view) {
        String dataView = WINDOW.equals(view) ? active.get().primaryFigure() : view;
        if (WorkbenchUis.figure(dataView).shown(active.get()) == null) {
            Dialogs.info(stage, "Nothing to export yet", "This figure shows nothing yet: wait for the computation "
                    + "to finish (or, for optimizer traces, press Play first).");
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
        boolean window = WINDOW.equals(view);
        ExportFigure<?> figure = WorkbenchUis.figure(window ? active.get().primaryFigure() : view);
        Drawn<?> drawn = Drawn.of(figure, active.get());
        CompletableFuture<WritableImage> image;
        if (window) {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(Transform.scale(scale, scale));
            image = CompletableFuture.completedFuture(stage.getScene().getRoot().snapshot(parameters, null));
        } else {
            image = FigureExporter.render(drawn.chart(scenario), 900, 600, scale);
        }
        CompletableFuture<Void> written = image.thenAcceptAsync(img -> {
            FigureExporter.writePng(img, png);
            drawn.writeCsv(FigureExporter.sibling(png, ".csv"));
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
                status.notice("Exported " + png.getFileName() + " with its CSV and scenario");
            }
        }));
        return written;
    }

    /** A figure with the data a view shows, typed together. */
    private record Drawn<D>(ExportFigure<D> figure, D data) {
        static <D> Drawn<D> of(ExportFigure<D> figure, WorkbenchView view) {
            D data = figure.shown(view);
            if (data == null) {
                throw new IllegalStateException("the " + figure.name() + " figure shows nothing yet");
            }
            return new Drawn<>(figure, data);
        }

        javafx.scene.layout.Region chart(Scenario scenario) {
            return figure.chart(data, scenario);
        }

        void writeCsv(Path csv) {
            figure.writeCsv(data, csv);
        }
    }
}
