package org.otexplorer.ui.export;

import io.fair_acc.chartfx.XYChart;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.otexplorer.ui.charts.ChartScale;

/**
 * Renders a figure's region at exactly {@code width·scale × height·scale} pixels: laid out at that pixel size with
 * the font size, the charts' marker sizes and line widths ({@link ChartScale#setFigureScale}) and chart-fx's axis
 * text multiplied by the scale, and captured after a few pulses so that chart-fx has drawn (it draws on a later
 * pulse than the one that builds the chart) — as a PNG snapshot at 1× (a scaled snapshot would upsample chart-fx's
 * canvas as a bitmap and blur the labels, DESIGN.md), or as an SVG or PDF page of the same picture drawn as shapes
 * ({@link ScenePainter}). It is laid out in the window's theme ({@link FigureLook}); an optional title goes above
 * the figure.
 */
public final class FigureExporter {
    /** Pulses to wait before the capture. */
    private static final int SETTLE_FRAMES = 6;
    /** The base font size the scale multiplies. */
    private static final double BASE_FONT = 12;
    /** The title's size relative to the base font. */
    private static final double TITLE_FONT = 1.35;

    private FigureExporter() {
    }

    /**
     * Renders on the FX thread (call it there); completes with the figure once drawn.
     *
     * @param title a title above the figure, or {@code null} / blank for none
     * @param look  the theme it is laid out with (the window's, or {@link FigureLook#PLAIN})
     * @throws IllegalArgumentException for a size the format cannot hold, or one larger than the screen the
     *                                  figure is laid out on
     */
    public static CompletableFuture<RenderedFigure> render(Region content, FigureSize size, String title,
                                                           FigureFormat format, FigureLook look) {
        size.checkedFor(format);
        int w = size.pixelWidth();
        int h = size.pixelHeight();
        HeadlessFx.checkFits(w, h);
        scaleCharts(content, size.scale());
        Region figure = titled(content, title, size.scale());
        StackPane root = new StackPane(figure);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx; -fx-background-color: %s;",
                BASE_FONT * size.scale(), look.background()));
        root.getStyleClass().addAll(look.styleClasses());
        root.setMinSize(w, h);
        root.setPrefSize(w, h);
        root.setMaxSize(w, h);
        Stage stage = new Stage();
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().addAll(look.stylesheets());
        scene.getStylesheets().add(scaledChartStyle(size.scale()));
        stage.setScene(scene);
        stage.show();
        CompletableFuture<RenderedFigure> done = new CompletableFuture<>();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < SETTLE_FRAMES) {
                    return;
                }
                stop();
                try {
                    done.complete(RenderedFigure.capture(root, format, 1));
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                } finally {
                    stage.close();
                }
            }
        }.start();
        return done;
    }

    /** The figure under a title line (or the figure itself when there is no title). */
    private static Region titled(Region content, String title, double scale) {
        if (title == null || title.isBlank()) {
            return content;
        }
        Label label = new Label(title.strip());
        label.getStyleClass().add("figure-title");
        label.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx; -fx-font-weight: bold;",
                BASE_FONT * TITLE_FONT * scale));
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(javafx.geometry.Pos.CENTER);
        VBox box = new VBox(label, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
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
     * font size does not reach: this stylesheet scales them with the figure. chart.css also caps a chart at 4096
     * pixels per side, which a large figure would be centred in: lifted to the export's own bound.
     */
    private static String scaledChartStyle(double scale) {
        String css = String.format(Locale.ROOT, ".axis .axis-tick-label { -fx-font-size: %.1fpx; }%n"
                + ".axis .axis-label { -fx-font-size: %.1fpx; }%n"
                + ".axis { -fx-tick-length: %.1fpx; -fx-minor-tick-length: %.1fpx; -fx-axis-padding: %.1fpx; }%n"
                + ".chart-legend-item { -fx-font-size: %.1fpx; }%n"
                + ".chart { -fx-max-width: %dpx; -fx-max-height: %dpx; }%n",
                10 * scale, 12 * scale, 8 * scale, 5 * scale, 15 * scale, 12 * scale, FigureSize.MAX_PIXELS,
                FigureSize.MAX_PIXELS);
        return "data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** fig.png → fig.csv (and, with another suffix, fig.scenario.json); the same for .svg and .pdf. */
    public static Path sibling(Path figure, String suffix) {
        String name = figure.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = name;
        for (FigureFormat f : FigureFormat.values()) {
            if (lower.endsWith("." + f.extension())) {
                stem = name.substring(0, name.length() - f.extension().length() - 1);
            }
        }
        return figure.resolveSibling(stem + suffix);
    }
}
