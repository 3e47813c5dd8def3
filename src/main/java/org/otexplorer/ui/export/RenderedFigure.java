package org.otexplorer.ui.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.otexplorer.io.AtomicFiles;

/**
 * A figure captured from a laid-out scene graph, ready to be written (on any thread): the PNG's pixels, or the
 * bytes of its SVG or PDF page. Files are written whole or not at all ({@link AtomicFiles}).
 *
 * @param format         the file format
 * @param image          the pixels (PNG), else {@code null}
 * @param page           the file's bytes (SVG, PDF), else {@code null}
 * @param width          width in pixels (PNG) or page units (one per PNG pixel)
 * @param height         height in pixels or page units
 * @param embeddedImages nodes of a vector page embedded as images rather than shapes (heatmaps apart)
 */
public record RenderedFigure(FigureFormat format, WritableImage image, byte[] page, int width, int height,
                             int embeddedImages) {
    /**
     * Captures a laid-out, drawn node (FX thread), magnified by {@code scale}: a snapshot for PNG, a vector page of
     * {@code scale × its size} for SVG and PDF.
     */
    public static RenderedFigure capture(Parent root, FigureFormat format, double scale) {
        int w = (int) Math.round(root.getLayoutBounds().getWidth() * scale);
        int h = (int) Math.round(root.getLayoutBounds().getHeight() * scale);
        if (format == FigureFormat.PNG) {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(Transform.scale(scale, scale));
            return new RenderedFigure(format, root.snapshot(parameters, new WritableImage(w, h)), null, w, h, 0);
        }
        ScenePainter painter = ScenePainter.of(root);
        byte[] page = VectorPages.write(format, w, h, g -> {
            g.scale(scale, scale);
            painter.paint(g);
        });
        return new RenderedFigure(format, null, page, w, h, painter.embeddedImages());
    }

    /**
     * Writes the file whole or not at all.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public void write(Path file) {
        if (format != FigureFormat.PNG) {
            AtomicFiles.write(file, out -> out.write(page));
            return;
        }
        java.awt.image.BufferedImage pixels = Images.toBufferedImage(image);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** "900x600 pixels" or "SVG page 900x600". */
    public String describe() {
        return format == FigureFormat.PNG ? width + "x" + height + " pixels"
                : format.name() + " page " + width + "x" + height;
    }
}
