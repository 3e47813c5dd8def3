package org.otexplorer.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ChoiceDialog;
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
import org.otexplorer.ui.export.FigureFormat;
import org.otexplorer.ui.export.FigureSize;
import org.otexplorer.ui.export.RenderedFigure;
import org.otexplorer.ui.workbench.AnimatedFigure;
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
 * leaves any earlier file as it was. Animated figures also export as an animated GIF or numbered PNG frames, on a
 * compute job with progress and Cancel.
 */
final class FigureExportAction {
    /** The view name of the whole window. */
    static final String WINDOW = "window";
    /** A figure's default size in points. */
    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;

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
                        settings.format());
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

    /**
     * Figure → Export animation…: one of the front workbench's animated figures (asked for when there are several)
     * as an animated GIF, or as numbered PNG frames when the chosen name ends in .png, at a scale asked for.
     */
    void exportAnimation(List<AnimatedFigure<?>> animated) {
        AnimatedFigure<?> figure = animated.get(0);
        if (animated.size() > 1) {
            ChoiceDialog<String> which = new ChoiceDialog<>(figure.name(), animated.stream().map(
                    ExportFigure::name).toList());
            which.initOwner(stage);
            which.setTitle("Export animation");
            which.setHeaderText("Which animation?");
            Optional<String> name = which.showAndWait();
            if (name.isEmpty()) {
                return;
            }
            figure = animated.stream().filter(f -> f.name().equals(name.get())).findFirst().orElseThrow();
        }
        ChoiceDialog<Integer> scaleDialog = new ChoiceDialog<>(1, List.of(1, 2, 3, 4));
        scaleDialog.initOwner(stage);
        scaleDialog.setTitle("Export animation");
        scaleDialog.setHeaderText("Pixel scale of the " + figure.name() + " frames (900 × 600 points each)");
        scaleDialog.setContentText("Scale:");
        Optional<Integer> scale = scaleDialog.showAndWait();
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
}
