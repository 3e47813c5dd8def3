package org.otexplorer.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written with the JDK's {@code javax.imageio} GIF writer, whole or not at all
 * ({@link AtomicFiles}): every frame carries a Graphic Control Extension with its delay (GIF counts in hundredths
 * of a second), the first the NETSCAPE2.0 application extension that loops forever. True-colour frames are
 * reduced to a 256-colour palette per frame by the writer. Frames are asked for one at a time and written as they
 * come, so an animation at 4× never holds more than one frame in memory.
 */
public final class AnimatedGif {
    /** The GIF image metadata format of {@code javax.imageio}. */
    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    /** Browsers show a delay under 2/100 s as 1/10 s: the shortest delay that plays as written. */
    public static final int MIN_DELAY_MILLIS = 20;

    /** The frames, asked for once each in order; a call may block (a frame rendering) or throw (cancelled). */
    @FunctionalInterface
    public interface Frames {
        BufferedImage frame(int index);
    }

    private AnimatedGif() {
    }

    /**
     * Writes {@code frameCount} frames, each shown for {@code delayMillis} (rounded to hundredths, at least
     * {@link #MIN_DELAY_MILLIS}), looping forever. An exception from {@code frames} leaves no file behind.
     *
     * @throws IllegalArgumentException for no frames, or frames of different sizes
     */
    public static void write(Path file, int frameCount, int delayMillis, Frames frames) {
        if (frameCount < 1) {
            throw new IllegalArgumentException("an animation needs at least one frame, got " + frameCount);
        }
        int hundredths = (int) Math.round(Math.max(MIN_DELAY_MILLIS, delayMillis) / 10.0);
        AtomicFiles.write(file, stream -> {
            ImageWriter writer = gifWriter();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(stream)) {
                writer.setOutput(out);
                writer.prepareWriteSequence(null);
                int width = -1;
                int height = -1;
                for (int k = 0; k < frameCount; k++) {
                    BufferedImage image = frames.frame(k);
                    if (k == 0) {
                        width = image.getWidth();
                        height = image.getHeight();
                    } else if (image.getWidth() != width || image.getHeight() != height) {
                        throw new IllegalArgumentException("frame " + k + " is " + image.getWidth() + "x"
                                + image.getHeight() + ", the first was " + width + "x" + height);
                    }
                    writer.writeToSequence(new IIOImage(image, null, metadata(writer, image, hundredths, k == 0)),
                            null);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
    }

    private static ImageWriter gifWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer available");
        }
        return writers.next();
    }

    /** A frame's metadata: its delay, no transparency, and on the first frame the loop-forever extension. */
    private static IIOMetadata metadata(ImageWriter writer, BufferedImage image, int hundredths, boolean first)
            throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                param);
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(hundredths));
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        if (first) {
            IIOMetadataNode extensions = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // sub-block 1, then the loop count as an unsigned little-endian short: 0 loops forever
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
            root.appendChild(extensions);
        }
        metadata.mergeTree(FORMAT, root);
        return metadata;
    }
}
