package org.otexplorer.ui.export;

import io.fair_acc.chartfx.XYChart;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.otexplorer.ui.charts.ChartScale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A figure laid out on a stage of its own at exactly {@code width·scale × height·scale} pixels, with the font size
 * multiplied by the scale, and snapshot at 1× (a scaled snapshot would upsample chart-fx's canvas as a bitmap and
 * blur the labels, DESIGN.md) after a few pulses, so that chart-fx has drawn (it draws on a later pulse than the
 * one that changes the chart). An animation changes the chart between snapshots on the same stage. FX thread.
 */
public final class FigureStage implements AutoCloseable {
    /** Pulses to wait before a snapshot. */
    private static final int SETTLE_FRAMES = 6;
    /** The base font size the scale multiplies. */
    private static final double BASE_FONT = 12;

    private final Stage stage;

    private FigureStage(Stage stage) {
        this.stage = stage;
    }

    /**
     * Shows {@code content} at the figure's size (FX thread), its charts drawing markers and lines at the figure's
     * scale ({@link ChartScale#setFigureScale}), not the window's presenter one.
     *
     * @throws IllegalArgumentException when the figure does not fit on the screen it is laid out on
     */
    public static FigureStage open(Region content, FigureSize size) {
        int w = size.pixelWidth();
        int h = size.pixelHeight();
        HeadlessFx.checkFits(w, h);
        scaleCharts(content, size.scale());
        double scale = size.scale();
        StackPane root = new StackPane(content);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx; -fx-background-color: white;",
                BASE_FONT * scale));
        root.setMinSize(w, h);
        root.setPrefSize(w, h);
        root.setMaxSize(w, h);
        Stage stage = new Stage();
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(scaledChartStyle(scale));
        stage.setScene(scene);
        stage.show();
        return new FigureStage(stage);
    }

    /** Completes with the picture once chart-fx has drawn what the figure shows now (FX thread). */
    public CompletableFuture<WritableImage> snapshotWhenDrawn() {
        return whenDrawn(root -> root.getScene().snapshot(null));
    }

    /**
     * Completes with what {@code capture} makes of the figure's root (a snapshot, a vector page) once chart-fx has
     * drawn what the figure shows now (FX thread).
     */
    public <T> CompletableFuture<T> whenDrawn(Function<Parent, T> capture) {
        CompletableFuture<T> done = new CompletableFuture<>();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < SETTLE_FRAMES) {
                    return;
                }
                stop();
                try {
                    done.complete(capture.apply(stage.getScene().getRoot()));
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            }
        }.start();
        return done;
    }

    /** Closes the stage (FX thread). */
    @Override
    public void close() {
        stage.close();
    }

    /** Every chart in the figure draws its markers and lines at the figure's scale, not the window's presenter one. */
    private static void scaleCharts(Node node, double scale) {
        if (node instanceof XYChart chart) {
            ChartScale.setFigureScale(chart, scale);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                scaleCharts(child, scale);
            }
        }
    }

    /**
     * chart-fx styles axis labels, tick labels and tick marks in fixed pixels (its chart.css), which the root
     * font size does not reach: this stylesheet scales them with the figure.
     */
    private static String scaledChartStyle(double scale) {
        String css = String.format(Locale.ROOT, ".axis .axis-tick-label { -fx-font-size: %.1fpx; }%n"
                + ".axis .axis-label { -fx-font-size: %.1fpx; }%n"
                + ".axis { -fx-tick-length: %.1fpx; -fx-minor-tick-length: %.1fpx; -fx-axis-padding: %.1fpx; }%n"
                + ".chart-legend-item { -fx-font-size: %.1fpx; }%n",
                10 * scale, 12 * scale, 8 * scale, 5 * scale, 15 * scale, 12 * scale);
        return "data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
