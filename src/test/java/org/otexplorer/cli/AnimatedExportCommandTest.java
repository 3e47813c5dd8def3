package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.ui.toy.ToyWorkbench;

/** {@code otx export --animate} over the test tree's animated toy figure (frame k on grey level k/(n−1)·255). */
class AnimatedExportCommandTest {
    private static final int COUNT = 5;

    @TempDir
    Path dir;

    private Path scenario() throws Exception {
        Path f = dir.resolve("toy.json");
        Files.writeString(f, "{\"schema\": 1, \"workbench\": \"toy\", \"toy\": {\"count\": " + COUNT + "}}");
        return f;
    }

    private OtxRun export(String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("export", "--scenario", scenario().toString()));
        args.addAll(List.of(options));
        return OtxRun.of(args.toArray(String[]::new));
    }

    @Test
    void gifHasOneFrameOfTheAskedSizePerStepWithTheFigureDelayAndLoopsForever() throws Exception {
        Path gif = dir.resolve("count.gif");
        OtxRun run = export("--view", ToyWorkbench.CountUp.NAME, "--animate", "--out", gif.toString(), "--width",
                "120", "--height", "80", "--scale", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(COUNT + " frames of 240x160"), run.out());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(COUNT, reader.getNumImages(true));
            for (int k = 0; k < COUNT; k++) {
                BufferedImage frame = reader.read(k);
                assertEquals(240, frame.getWidth());
                assertEquals(160, frame.getHeight());
                int grey = ToyWorkbench.CountUp.frameGrey(k, COUNT);
                int corner = frame.getRGB(3, 3);
                assertEquals(grey, (corner >> 8) & 0xff, 8, "frame " + k + " shows its own background");
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(k)
                        .getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension")
                        .item(0);
                assertEquals(String.valueOf(ToyWorkbench.CountUp.MILLIS / 10), control.getAttribute("delayTime"));
            }
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode loop = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
            byte[] count = (byte[]) loop.getUserObject();
            assertEquals(0, count[1] | count[2], "loop count 0: forever");
        }
        assertEquals("count\n" + (double) COUNT, Files.readString(dir.resolve("count.csv")).strip());
        assertTrue(Files.readString(dir.resolve("count.scenario.json")).contains("\"toy\""));
    }

    @Test
    void pngFramesAreNumberedBesideTheNameOrInAFolder() throws Exception {
        OtxRun run = export("--view", ToyWorkbench.CountUp.NAME, "--animate", "--frames-as-png", "--out",
                dir.resolve("frames/fig.png").toString(), "--width", "100", "--height", "60");
        assertEquals(0, run.exitCode(), run.err());
        for (int k = 0; k < COUNT; k++) {
            BufferedImage frame = ImageIO.read(dir.resolve(String.format("frames/fig-%03d.png", k)).toFile());
            assertEquals(100, frame.getWidth());
            assertEquals(60, frame.getHeight());
            assertEquals(ToyWorkbench.CountUp.frameGrey(k, COUNT), (frame.getRGB(2, 2) >> 8) & 0xff, 1);
        }
        assertFalse(Files.exists(dir.resolve(String.format("frames/fig-%03d.png", COUNT))));
        assertFalse(Files.exists(dir.resolve("frames/fig.png")));
        Path folder = Files.createDirectory(dir.resolve("slides"));
        run = export("--view", ToyWorkbench.CountUp.NAME, "--animate", "--frames-as-png", "--out", folder.toString(),
                "--width", "100", "--height", "60");
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("toy-count-000.png", "toy-count-001.png", "toy-count-002.png", "toy-count-003.png",
                    "toy-count-004.png", "toy-count.csv", "toy-count.scenario.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void badCombinationsExitWithCodeTwoAndOneLineAndWriteNothing() throws Exception {
        String gif = dir.resolve("x.gif").toString();
        String png = dir.resolve("x.png").toString();
        String[][] cases = {
            {"--view", "toy", "--animate", "--out", gif},
            {"--view", "window", "--animate", "--out", gif},
            {"--view", ToyWorkbench.CountUp.NAME, "--animate", "--out", png},
            {"--view", ToyWorkbench.CountUp.NAME, "--frames-as-png", "--out", png},
            {"--view", ToyWorkbench.CountUp.NAME, "--out", gif},
            {"--view", ToyWorkbench.CountUp.NAME, "--animate", "--frames-as-png", "--out", gif},
            {"--view", ToyWorkbench.CountUp.NAME, "--animate", "--out", gif, "--scale", "5"},
        };
        String[] says = {"not animated", "not animated", ".gif", "needs --animate", "--animate", ".png name",
            "scale"};
        for (int c = 0; c < cases.length; c++) {
            OtxRun run = export(cases[c]);
            assertEquals(2, run.exitCode(), String.join(" ", cases[c]));
            assertEquals(1, run.errLines().length, run.err());
            assertTrue(run.err().startsWith("otx:") && run.err().contains(says[c]), run.err());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("toy.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
