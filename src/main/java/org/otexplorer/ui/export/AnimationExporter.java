package org.otexplorer.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.layout.Region;
import org.otexplorer.io.AnimatedGif;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.ui.workbench.AnimatedFigure;

/**
 * Writes an {@link AnimatedFigure} as an animated GIF or as numbered PNG frames at any size and scale: the chart is
 * built once on a {@link FigureStage}, moved to each frame by {@link AnimatedFigure#showFrame} and snapshot once
 * drawn, one frame at a time (the FX thread renders, the calling thread encodes and writes, so at most one frame is
 * held), then the figure's CSV and the scenario JSON are written beside it. A cancelled or failed export leaves no
 * GIF and no frames of its own behind.
 */
public final class AnimationExporter {
    /** How far an export is: told after each frame is rendered (on the exporting thread). */
    @FunctionalInterface
    public interface Progress {
        void rendered(int frames, int total);
    }

    private AnimationExporter() {
    }

    /**
     * Exports every frame of {@code data}. Call it off the FX thread, with the toolkit running
     * ({@link HeadlessFx#ensureStarted} headless).
     *
     * @return the files written (the GIF or the frames, then the CSV and the scenario JSON)
     * @throws CancellationException    when {@code cancelled} turned true before the last frame
     * @throws IllegalArgumentException for a scale outside [1, 4] or a non-positive size
     */
    public static <D> List<Path> export(AnimatedFigure<D> figure, D data, Scenario scenario, int width, int height,
            double scale, AnimationTarget target, Progress progress, BooleanSupplier cancelled) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("an animation is exported off the FX thread, which renders its frames");
        }
        int count = figure.frameCount(data);
        Region chart = HeadlessFx.call(() -> CompletableFuture.completedFuture(figure.chart(data, scenario)));
        FigureSize size = new FigureSize(width, height, scale).checkedFor(FigureFormat.PNG);
        FigureStage stage = HeadlessFx.call(() -> CompletableFuture.completedFuture(FigureStage.open(chart, size)));
        List<Path> written = new ArrayList<>();
        try {
            AnimatedGif.Frames frames = k -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("the animation export was cancelled at frame " + k);
                }
                BufferedImage image = FigureExporter.toBufferedImage(HeadlessFx.call(() -> {
                    figure.showFrame(chart, data, k);
                    return stage.snapshotWhenDrawn();
                }), BufferedImage.TYPE_INT_RGB);
                progress.rendered(k + 1, count);
                return image;
            };
            if (target.framesAsPng()) {
                for (int k = 0; k < count; k++) {
                    BufferedImage image = frames.frame(k);
                    Path png = target.frame(k, count);
                    FigureExporter.writePng(image, png);
                    written.add(png);
                }
            } else {
                AnimatedGif.write(target.gif(), count, figure.frameMillis(data), frames);
                written.add(target.gif());
            }
        } catch (RuntimeException e) {
            written.forEach(AnimationExporter::deleteQuietly);
            throw e;
        } finally {
            Platform.runLater(stage::close);
        }
        Path csv = target.sibling(".csv");
        figure.writeCsv(data, csv);
        Path json = target.sibling(".scenario.json");
        try {
            ScenarioFiles.save(scenario, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + json + ": " + e.getMessage(), e);
        }
        written.add(csv);
        written.add(json);
        return written;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a frame of a failed export that cannot be removed stays; the error reported says the export failed
        }
    }
}
