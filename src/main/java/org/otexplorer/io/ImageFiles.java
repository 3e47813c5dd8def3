package org.otexplorer.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.otexplorer.colour.RgbImage;

/**
 * Images in and out through {@code javax.imageio} (headless-safe): any format it reads (PNG, JPEG, BMP, GIF) into an
 * {@link RgbImage} (alpha dropped), and PNG out. A file that is missing or not a readable image is an
 * {@link IllegalArgumentException} naming the file.
 */
public final class ImageFiles {
    private ImageFiles() {
    }

    /**
     * Reads an image file.
     *
     * @throws IllegalArgumentException if the file does not exist or no image reader understands it
     */
    public static RgbImage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("image file " + file + " does not exist");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read image file " + file + ": " + e.getMessage(), e);
        }
        if (image == null) {
            throw new IllegalArgumentException("cannot read image file " + file + ": not a PNG, JPEG, BMP or GIF image");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        return new RgbImage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    /** Writes an image as PNG, whole or not at all (parent folders are created; {@link AtomicFiles}). */
    public static void writePng(RgbImage image, Path file) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, image.width(), image.height(), image.pixels(), 0, image.width());
        AtomicFiles.write(file, stream -> {
            if (!ImageIO.write(out, "png", stream)) {
                throw new IllegalStateException("no PNG writer available");
            }
        });
    }
}
