package org.otexplorer.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.ui.export.FigureExporter;
import org.otexplorer.ui.export.FigureFormat;
import org.otexplorer.ui.export.FigureSize;
import org.otexplorer.ui.export.RenderedFigure;
import org.otexplorer.ui.workbench.Dialogs;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.ScenarioModel;
import org.otexplorer.ui.workbench.Status;
import org.otexplorer.ui.workbench.WorkbenchUis;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * Figure → Export: a figure of the front workbench (rebuilt from the data its panels show, laid out at the
 * target size) or the whole window, as a PNG at 1×–4× or as an SVG or PDF page of vector shapes
 * ({@link FigureExportDialog} asks for format, size, scale and title), with the figure's data as CSV and the
 * scenario JSON beside it. Encoding and writing happen off the FX thread; a failed export shows a dialog and
 * leaves any earlier file as it was.
 */
final class FigureExportAction {
    /** The view name of the whole window. */
    static final String WINDOW = "window";
    /** A figure's default size in points. */
    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;

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

    /** Exports a figure of the front workbench by its view name, or {@link #WINDOW}, asking for settings and file. */
    void export(String view) {
        String dataView = WINDOW.equals(view) ? active.get().primaryFigure() : view;
        if (WorkbenchUis.figure(dataView).shown(active.get()) == null) {
            Dialogs.info(stage, "Nothing to export yet", "This figure shows nothing yet: wait for the computation "
                    + "to finish (or, for optimizer traces, press Play first).");
            return;
        }
        boolean window = WINDOW.equals(view);
        Optional<FigureExportDialog.Settings> settings = FigureExportDialog.ask(stage, view, window,
                window ? (int) Math.round(stage.getScene().getWidth()) : WIDTH,
                window ? (int) Math.round(stage.getScene().getHeight()) : HEIGHT);
        if (settings.isEmpty()) {
            return;
        }
        FigureFormat format = settings.get().format();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + view + " as " + format.name());
        chooser.setInitialFileName(view + "." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(),
                "*." + format.extension()));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(view, settings.get(), file.toPath());
        }
    }

    /** Exports a PNG of the default size without dialogs (tests); completes when the files are written. */
    CompletableFuture<Void> exportTo(String view, int scale, Path file) {
        return exportTo(view, new FigureExportDialog.Settings(FigureFormat.of(file), WIDTH, HEIGHT, scale, null), file);
    }

    /** Exports without dialogs; completes when the files are written (exceptionally, after a dialog, if not). */
    CompletableFuture<Void> exportTo(String view, FigureExportDialog.Settings settings, Path file) {
        Scenario scenario = model.scenario();
        boolean window = WINDOW.equals(view);
        ExportFigure<?> figure = WorkbenchUis.figure(window ? active.get().primaryFigure() : view);
        CompletableFuture<RenderedFigure> rendered;
        Drawn<?> drawn;
        try {
            drawn = Drawn.of(figure, active.get());
            if (window) {
                new FigureSize((int) Math.round(stage.getScene().getWidth()),
                        (int) Math.round(stage.getScene().getHeight()), settings.scale()).checkedFor(settings.format());
                rendered = CompletableFuture.completedFuture(RenderedFigure.capture(stage.getScene().getRoot(),
                        settings.format(), settings.scale()));
            } else {
                rendered = FigureExporter.render(drawn.chart(scenario),
                        new FigureSize(settings.width(), settings.height(), settings.scale()), settings.title(),
                        settings.format(), Themes.figureLook(scenario.view()));
            }
        } catch (RuntimeException e) {
            Dialogs.error(stage, "Export failed", String.valueOf(e.getMessage()));
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> written = rendered.thenAcceptAsync(result -> {
            result.write(file);
            drawn.writeCsv(FigureExporter.sibling(file, ".csv"));
            try {
                ScenarioFiles.save(scenario, FigureExporter.sibling(file, ".scenario.json"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        written.whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error.getCause() == null ? error : error.getCause();
                Dialogs.error(stage, "Export failed", String.valueOf(cause.getMessage()));
            } else {
                status.notice("Exported " + file.getFileName() + " with its CSV and scenario");
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
