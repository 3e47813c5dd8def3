package org.otexplorer.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders a region to a PNG of exactly {@code width·scale × height·scale} pixels. The region is laid out
 * at the target pixel size with the font size multiplied by the scale and snapshot at 1× (a scaled
 * snapshot would upsample chart-fx's canvas as a bitmap and blur the labels, DESIGN.md), after a few
 * pulses so that chart-fx has drawn (it draws on a later pulse than the one that builds the chart).
 */
public final class FigureExporter {
    /** Pulses to wait before the snapshot. */
    private static final int SETTLE_FRAMES = 6;
    /** The base font size the scale multiplies. */
    private static final double BASE_FONT = 12;

    private FigureExporter() {
    }

    /**
     * Renders on the FX thread (call it there); completes with the image once drawn.
     *
     * @throws IllegalArgumentException for a scale outside [1, 4] or a non-positive size
     */
    public static CompletableFuture<WritableImage> render(Region content, int width, int height, double scale) {
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("scale must lie in [1, 4], got " + scale);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be > 0, got " + width + "x" + height);
        }
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        StackPane root = new StackPane(content);
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx; -fx-background-color: white;",
                BASE_FONT * scale));
        root.setMinSize(w, h);
        root.setPrefSize(w, h);
        root.setMaxSize(w, h);
        Stage stage = new Stage();
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(scaledChartStyle(scale));
        stage.setScene(scene);
        stage.show();
        CompletableFuture<WritableImage> done = new CompletableFuture<>();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < SETTLE_FRAMES) {
                    return;
                }
                stop();
                try {
                    WritableImage image = stage.getScene().snapshot(null);
                    done.complete(image);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                } finally {
                    stage.close();
                }
            }
        }.start();
        return done;
    }

    /**
     * chart-fx styles axis labels, tick labels and tick marks in fixed pixels (its chart.css), which the root
     * font size does not reach: this stylesheet scales them with the figure.
     */
    private static String scaledChartStyle(double scale) {
        String css = String.format(java.util.Locale.ROOT, ".axis .axis-tick-label { -fx-font-size: %.1fpx; }%n"
                + ".axis .axis-label { -fx-font-size: %.1fpx; }%n"
                + ".axis { -fx-tick-length: %.1fpx; -fx-minor-tick-length: %.1fpx; -fx-axis-padding: %.1fpx; }%n"
                + ".chart-legend-item { -fx-font-size: %.1fpx; }%n",
                10 * scale, 12 * scale, 8 * scale, 5 * scale, 15 * scale, 12 * scale);
        return "data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes an image as PNG (any thread). */
    public static void writePng(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(out, "png", file.toFile())) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** fig.png → fig.csv (and, with another suffix, fig.scenario.json). */
    public static Path sibling(Path png, String suffix) {
        String name = png.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        return png.resolveSibling(stem + suffix);
    }
}
