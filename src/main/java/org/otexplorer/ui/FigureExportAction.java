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
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.JobListener;
import org.otexplorer.service.ProgressUpdate;
import org.otexplorer.ui.export.AnimationExporter;
import org.otexplorer.ui.export.AnimationTarget;
import org.otexplorer.ui.export.FigureExporter;
import org.otexplorer.ui.workbench.AnimatedFigure;
import org.otexplorer.ui.workbench.Dialogs;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.ScenarioModel;
import org.otexplorer.ui.workbench.Status;
import org.otexplorer.ui.workbench.WorkbenchUis;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * Figure → Export: a figure of the front workbench (rebuilt from the data its panels show, laid out at the
 * target size) or the whole window (snapshot with a scale transform) to PNG at 1×–4×, with the figure's data as
 * CSV and the scenario JSON beside it. Encoding and writing happen off the FX thread. Animated figures also
 * export as an animated GIF or numbered PNG frames, on a compute job with progress and Cancel.
 */
final class FigureExportAction {
    /** The view name of the whole window. */
    static final String WINDOW = "window";
    /** The compute channel animations are exported on. */
    static final String ANIMATION_CHANNEL = "export.animation";

    private final Stage stage;
    private final ScenarioModel model;
    private final Status status;
    private final Supplier<WorkbenchView> active;
    private final ComputeService service;

    FigureExportAction(Stage stage, ScenarioModel model, Status status, Supplier<WorkbenchView> active,
            ComputeService service) {
        this.stage = stage;
        this.model = model;
        this.status = status;
        this.active = active;
        this.service = service;
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

    /**
     * Figure → Export animation…: one of the front workbench's animated figures (asked for when there are several)
     * as an animated GIF, or as numbered PNG frames when the chosen name ends in .png, at a scale asked for.
     */
    void exportAnimation(List<AnimatedFigure<?>> animated) {
        AnimatedFigure<?> figure = animated.get(0);
        if (animated.size() > 1) {
            ChoiceDialog<String> which = new ChoiceDialog<>(figure.name(), animated.stream().map(
                    ExportFigure::name).toList());
            which.setHeaderText("Which animation?");
            Optional<String> name = which.showAndWait();
            if (name.isEmpty()) {
                return;
            }
            figure = animated.stream().filter(f -> f.name().equals(name.get())).findFirst().orElseThrow();
        }
        Optional<Integer> scale = new ChoiceDialog<>(1, List.of(1, 2, 3, 4)).showAndWait();
        if (scale.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the " + figure.name() + " animation");
        chooser.setInitialFileName(figure.name() + ".gif");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"),
                new FileChooser.ExtensionFilter("Numbered PNG frames (name-000.png, …)", "*.png"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportAnimationTo(figure.name(), scale.get(), file.toPath());
        }
    }

    /**
     * Exports an animated figure without dialogs (also for tests): the frames the view shows, or computed from the
     * scenario when it shows none yet, rendered on the FX thread and written by a job on the compute service
     * (progress and Cancel in the status bar). Completes with the files written, or exceptionally (cancelled,
     * failed: a dialog says why, nothing is left behind).
     */
    CompletableFuture<List<Path>> exportAnimationTo(String view, int scale, Path out) {
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        try {
            AnimatedFigure<?> figure = (AnimatedFigure<?>) WorkbenchUis.figure(view);
            AnimationTarget target = AnimationTarget.of(out, out.getFileName().toString().toLowerCase(
                    java.util.Locale.ROOT).endsWith(".png"), view);
            submitAnimation(figure, target, scale, done);
        } catch (IllegalArgumentException e) {
            Dialogs.error(stage, "Cannot export the animation", e.getMessage());
            done.completeExceptionally(e);
        }
        return done;
    }

    private <D> void submitAnimation(AnimatedFigure<D> figure, AnimationTarget target, int scale,
            CompletableFuture<List<Path>> done) {
        Scenario scenario = model.scenario();
        D shown = figure.shown(active.get());
        Path base = model.file() == null ? Path.of("").toAbsolutePath() : model.file().toAbsolutePath().getParent();
        long started = System.nanoTime();
        status.running(() -> service.cancel(ANIMATION_CHANNEL));
        service.submit(ANIMATION_CHANNEL, context -> {
            D data = shown != null ? shown : figure.compute(scenario, base);
            return AnimationExporter.export(figure, data, scenario, 900, 600, scale, target,
                    (frames, total) -> context.iteration(frames, Double.NaN), context::isCancelled);
        }, new JobListener<List<Path>>() {
            @Override
            public void onProgress(ProgressUpdate update) {
                status.progress("frame " + update.iteration(), "", Double.NaN);
            }

            @Override
            public void onResult(List<Path> files) {
                status.finished(new Status.Outcome((files.size() - 2) + " files", "", "exported", true,
                        String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9),
                        List.of()));
                status.notice("Exported the " + figure.name() + " animation to " + target
                        + " with its CSV and scenario");
                done.complete(files);
            }

            @Override
            public void onCancelled(long jobId) {
                status.cancelled();
                done.completeExceptionally(new java.util.concurrent.CancellationException("export cancelled"));
            }

            @Override
            public void onError(long jobId, String message) {
                status.error("Export failed: " + message);
                Dialogs.error(stage, "Export failed", message);
                done.completeExceptionally(new IllegalStateException(message));
            }
        });
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
