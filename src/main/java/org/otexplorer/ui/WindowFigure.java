package org.otexplorer.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.RaceView;
import org.otexplorer.service.ScenarioSnapshot;

/**
 * The whole explorer window as a figure ({@code otx export --view window}): opens the window on a scenario at
 * the given size, lets the solve and the H-matrix analysis reach the panels and, for a regression scenario,
 * plays the optimizer race to its end, then snapshots the window at the pixel scale.
 */
public final class WindowFigure {
    /** Pulses to wait after everything arrived, so chart-fx has drawn. */
    private static final int SETTLE_FRAMES = 6;

    /**
     * The rendered window and what its panels showed (the solve, the spectrum, the traces), for the figure's CSV.
     *
     * @param image the window at the pixel scale
     * @param shown the panels' results
     */
    public record Rendered(WritableImage image, ScenarioSnapshot shown) {
    }

    private WindowFigure() {
    }

    /**
     * Renders on the FX thread (call it there); completes with an image of exactly
     * {@code width·scale × height·scale} pixels and the panels' results. {@code file} is where the scenario was
     * read from: its CSV data resolve against that directory.
     */
    public static CompletableFuture<Rendered> render(Scenario scenario, Path file, int width, int height,
                                                     double scale) {
        Stage stage = new Stage();
        RecentFiles none = new RecentFiles(Preferences.userNodeForPackage(WindowFigure.class).node("export-window"));
        MainWindowController window = ExplorerWindow.open(stage, none, scenario, file, width, height);
        boolean race = window.tracePanel().hasOptimizers();
        if (race) {
            window.tracePanel().play();
        }
        CompletableFuture<Rendered> done = new CompletableFuture<>();
        new AnimationTimer() {
            private int settled;

            @Override
            public void handle(long now) {
                String failure = window.compute().failure();
                if (failure != null) {
                    // The scenario cannot be computed (a missing CSV file, bad data): say so instead of waiting.
                    close();
                    done.completeExceptionally(new IllegalArgumentException(failure));
                    return;
                }
                if (!window.compute().isIdle() || (race && !finished(window.tracePanel().shown()))) {
                    settled = 0;
                    return;
                }
                if (++settled < SETTLE_FRAMES) {
                    return;
                }
                try {
                    SnapshotParameters parameters = new SnapshotParameters();
                    parameters.setTransform(Transform.scale(scale, scale));
                    WritableImage image = stage.getScene().getRoot().snapshot(parameters,
                            new WritableImage((int) Math.round(width * scale), (int) Math.round(height * scale)));
                    done.complete(new Rendered(image, new ScenarioSnapshot(window.scatterPanel().shown(),
                            window.spectrumPanel().shown(), window.tracePanel().traceSnapshot())));
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                } finally {
                    close();
                }
            }

            private void close() {
                stop();
                window.shutdown();
                stage.close();
            }
        }.start();
        return done;
    }

    private static boolean finished(RaceView race) {
        return race != null && !race.running() && race.lanes().stream().allMatch(l -> l.summary() != null);
    }
}
