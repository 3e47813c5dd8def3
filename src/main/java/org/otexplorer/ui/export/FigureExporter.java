package org.otexplorer.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import org.otexplorer.io.AtomicFiles;

/**
 * Renders a figure's region at exactly {@code width·scale × height·scale} pixels on a {@link FigureStage} (laid out
 * at that pixel size with the font size, the charts' marker sizes and line widths and chart-fx's axis text
 * multiplied by the scale) — as a PNG snapshot at 1×, or as an SVG or PDF page of the same picture drawn as shapes
 * ({@link ScenePainter}). An optional title goes above the figure. Files are written whole or not at all.
 */
public final class FigureExporter {
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
     * @throws IllegalArgumentException for a size the format cannot hold, or one larger than the screen the
     *                                  figure is laid out on
     */
    public static CompletableFuture<RenderedFigure> render(Region content, FigureSize size, String title,
                                                           FigureFormat format) {
        size.checkedFor(format);
        FigureStage stage = FigureStage.open(titled(content, title, size.scale()), size);
        return stage.whenDrawn(root -> RenderedFigure.capture(root, format, 1))
                .whenComplete((figure, error) -> stage.close());
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

    /** Writes an AWT image as PNG (any thread), whole or not at all ({@link AtomicFiles}). */
    public static void writePng(BufferedImage image, Path file) {
        AtomicFiles.write(file, stream -> {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IllegalStateException("no PNG writer available");
            }
        });
    }

    /** fig.png → fig.csv (and, with another suffix, fig.scenario.json); the same for .svg, .pdf and .gif. */
    public static Path sibling(Path figure, String suffix) {
        String name = figure.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(".gif") ? name.substring(0, name.length() - 4) : name;
        for (FigureFormat f : FigureFormat.values()) {
            if (lower.endsWith("." + f.extension())) {
                stem = name.substring(0, name.length() - f.extension().length() - 1);
            }
        }
        return figure.resolveSibling(stem + suffix);
    }
}
