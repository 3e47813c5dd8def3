package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code otx export --animate} of the transport workbench's animations: the ε annealing and the optimizer race. */
class TeachingAnimationsExportTest {
    @TempDir
    Path dir;

    @Test
    void theAnnealingGifWalksTheTenRungsDownAndBackAtFourFramesASecond() throws Exception {
        Path gif = dir.resolve("annealing.gif");
        OtxRun run = OtxRun.of("export", "--scenario", "samples/epsilon-annealing-two-blobs.json", "--view",
                "annealing", "--animate", "--out", gif.toString(), "--width", "300", "--height", "200");
        assertEquals(0, run.exitCode(), run.err());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(18, reader.getNumImages(true), "10 rungs: 9 down, 9 back up");
            assertEquals(300, reader.getWidth(0));
            assertEquals(200, reader.getHeight(0));
            IIOMetadataNode control = (IIOMetadataNode) ((IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0")).getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("25", control.getAttribute("delayTime"), "4 frames a second");
            BufferedImage top = reader.read(0);
            BufferedImage bottom = reader.read(9);
            double blurToMatching = difference(charts(top), charts(bottom));
            double sameRung = difference(charts(reader.read(1)), charts(reader.read(17)));
            assertTrue(sameRung < 0.1 * blurToMatching, "the walk back shows the rungs again: frame 17 is rung 1 "
                    + "like frame 1 (up to each frame's palette): " + sameRung + " against " + blurToMatching);
        }
        assertEquals(11, Files.readAllLines(dir.resolve("annealing.csv")).size(), "a header and one row per rung");
    }

    /** The pixels below the caption line. */
    private static int[] charts(BufferedImage image) {
        int top = image.getHeight() / 8;
        return image.getRGB(0, top, image.getWidth(), image.getHeight() - top, null, 0, image.getWidth());
    }

    /** Mean absolute difference of the RGB channels (0-255). */
    private static double difference(int[] a, int[] b) {
        double total = 0;
        for (int k = 0; k < a.length; k++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                total += Math.abs(((a[k] >> shift) & 0xff) - ((b[k] >> shift) & 0xff));
            }
        }
        return total / (3.0 * a.length);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void theRaceFramesGrowTheTracesInFortyFrames() throws Exception {
        Path first = dir.resolve("race/r.png");
        OtxRun run = OtxRun.of("export", "--scenario", "samples/two-parameter-landscape-robot-vs-am.json", "--view",
                "race", "--animate", "--frames-as-png", "--out", first.toString(), "--width", "400", "--height",
                "200");
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(dir.resolve("race"))) {
            assertEquals(40, files.filter(p -> p.getFileName().toString().matches("r-\\d{3}\\.png")).count(),
                    "robot's 150 iterations in the 40 frames at most");
        }
        BufferedImage start = ImageIO.read(dir.resolve("race/r-000.png").toFile());
        BufferedImage end = ImageIO.read(dir.resolve("race/r-039.png").toFile());
        assertEquals(400, start.getWidth());
        assertEquals(200, start.getHeight());
        assertFalse(Arrays.equals(pixels(start), pixels(end)), "the race grows from frame to frame");
    }

    @Test
    void scenariosWithoutTheViewExitWithCodeTwoAndOneLine() throws Exception {
        Path exact = dir.resolve("exact.json");
        Files.writeString(exact, "{\"schema\": 1, \"data\": {\"generator\": \"gaussian-blobs\", \"n\": 20},"
                + " \"engine\": {\"method\": \"exact\"}}");
        OtxRun run = OtxRun.of("export", "--scenario", exact.toString(), "--view", "annealing", "--animate", "--out",
                dir.resolve("a.gif").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("entropic"), run.err());
        run = OtxRun.of("export", "--scenario", exact.toString(), "--view", "race", "--animate", "--out",
                dir.resolve("r.gif").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("regression.optimizers"), run.err());
        assertFalse(Files.exists(dir.resolve("a.gif")) || Files.exists(dir.resolve("r.gif")));
    }
}
