package org.otexplorer.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.otexplorer.io.Scenario;
import org.otexplorer.ui.export.FigureFormat;
import org.otexplorer.ui.export.FigureSize;
import org.otexplorer.ui.export.HeadlessFx;
import org.otexplorer.ui.export.RenderedFigure;
import org.otexplorer.ui.workbench.ExportFigure;
import org.otexplorer.ui.workbench.WorkbenchUis;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * The whole explorer window as a figure ({@code otx export --view window}): opens the window on a scenario at
 * the given size with its workbench in front, asks that workbench to complete what a figure shows (the transport
 * workbench plays its optimizer race to the end), waits until its panels show everything, then captures the
 * window at the pixel scale: a PNG snapshot, or an SVG or PDF page of the same picture as shapes.
 */
public final class WindowFigure {
    /** Pulses to wait after everything arrived, so chart-fx has drawn. */
    private static final int SETTLE_FRAMES = 6;

    /**
     * The rendered window and a writer of the CSV of its workbench's main figure.
     *
     * @param figure the window at the pixel scale
     * @param csv    writes the numbers of the front workbench's {@link WorkbenchView#primaryFigure()}
     */
    public record Rendered(RenderedFigure figure, Consumer<Path> csv) {
    }

    private WindowFigure() {
    }

    /**
     * Renders on the FX thread (call it there); completes with a figure of exactly
     * {@code width·scale × height·scale} pixels (or page units). {@code file} is where the scenario was read from:
     * its CSV data resolve against that directory.
     *
     * @throws IllegalArgumentException for a size the format cannot hold
     */
    public static CompletableFuture<Rendered> render(Scenario scenario, Path file, FigureSize size,
                                                     FigureFormat format) {
        int width = size.checkedFor(format).width();
        int height = size.height();
        HeadlessFx.checkFits(width, height);
        Stage stage = new Stage();
        RecentFiles none = new RecentFiles(Preferences.userNodeForPackage(WindowFigure.class).node("export-window"));
        MainWindowController window = ExplorerWindow.open(stage, none, scenario, file, width, height);
        WorkbenchView view = window.activeView();
        view.completeForFigure();
        CompletableFuture<Rendered> done = new CompletableFuture<>();
        new AnimationTimer() {
            private int settled;

            @Override
            public void handle(long now) {
                String failure = view.failure();
                if (failure != null) {
                    // The scenario cannot be computed (a missing CSV file, bad data): say so instead of waiting.
                    close();
                    done.completeExceptionally(new IllegalArgumentException(failure));
                    return;
                }
                if (!view.isIdle()) {
                    settled = 0;
                    return;
                }
                if (++settled < SETTLE_FRAMES) {
                    return;
                }
                try {
                    RenderedFigure figure = RenderedFigure.capture(stage.getScene().getRoot(), format, size.scale());
                    done.complete(new Rendered(figure, csvOf(WorkbenchUis.figure(view.primaryFigure()), view)));
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

    /** The CSV writer of a figure with the data the view shows now (read on the FX thread, written later). */
    private static <D> Consumer<Path> csvOf(ExportFigure<D> figure, WorkbenchView view) {
        D data = figure.shown(view);
        return csv -> figure.writeCsv(data, csv);
    }
}
