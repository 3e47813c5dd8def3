package org.otexplorer.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.colour.RgbImage;
import org.otexplorer.colour.SyntheticImages;

/** PNG round trip and unreadable files. */
class ImageFilesTest {
    @TempDir
    Path dir;

    @Test
    void aPngRoundTripKeepsEveryPixel() {
        RgbImage image = SyntheticImages.lagoon(31, 17);
        Path file = dir.resolve("sub/lagoon.png");
        ImageFiles.writePng(image, file);
        assertArrayEquals(image.pixels(), ImageFiles.read(file).pixels());
    }

    @Test
    void missingAndUnreadableFilesAreNamed() throws Exception {
        Path missing = dir.resolve("nope.png");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageFiles.read(missing));
        assertTrue(e.getMessage().contains("nope.png") && e.getMessage().contains("does not exist"), e.getMessage());
        Path text = dir.resolve("notes.jpg");
        Files.writeString(text, "not an image");
        e = assertThrows(IllegalArgumentException.class, () -> ImageFiles.read(text));
        assertTrue(e.getMessage().contains("notes.jpg") && e.getMessage().contains("cannot read"), e.getMessage());
    }
}
