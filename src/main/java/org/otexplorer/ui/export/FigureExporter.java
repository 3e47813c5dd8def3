package org.otexplorer.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javax.imageio.ImageIO;
import org.otexplorer.io.AtomicFiles;

/**
 * Renders a region to a PNG of exactly {@code width·scale × height·scale} pixels on a {@link FigureStage} (laid
 * out at the target pixel size, so text and lines stay crisp), and writes it whole or not at all.
 */
public final class FigureExporter {
    private FigureExporter() {
    }

    /**
     * Renders on the FX thread (call it there); completes with the image once drawn.
     *
     * @throws IllegalArgumentException for a scale outside [1, 4] or a non-positive size
     */
    public static CompletableFuture<WritableImage> render(Region content, int width, int height, double scale) {
        FigureStage stage = FigureStage.open(content, width, height, scale);
        return stage.snapshotWhenDrawn().whenComplete((image, error) -> stage.close());
    }

    /** The pixels of a snapshot as an AWT image of the given type ({@code TYPE_INT_ARGB} or {@code _RGB}). */
    public static BufferedImage toBufferedImage(WritableImage image, int type) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, type);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    /** Writes an image as PNG (any thread), whole or not at all ({@link AtomicFiles}). */
    public static void writePng(WritableImage image, Path file) {
        writePng(toBufferedImage(image, BufferedImage.TYPE_INT_ARGB), file);
    }

    /** Writes an AWT image as PNG (any thread), whole or not at all ({@link AtomicFiles}). */
    public static void writePng(BufferedImage image, Path file) {
        AtomicFiles.write(file, stream -> {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IllegalStateException("no PNG writer available");
            }
        });
    }

    /** fig.png (or fig.gif) → fig.csv (and, with another suffix, fig.scenario.json). */
    public static Path sibling(Path figure, String suffix) {
        String name = figure.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String stem = lower.endsWith(".png") || lower.endsWith(".gif") ? name.substring(0, name.length() - 4) : name;
        return figure.resolveSibling(stem + suffix);
    }
}
