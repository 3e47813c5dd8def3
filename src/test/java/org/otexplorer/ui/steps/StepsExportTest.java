package org.otexplorer.ui.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.cli.OtxCommand;

/**
 * {@code otx export --view steps} and {@code --view steps-plan} write the scenario's frame as PNG with its CSV; the
 * animation holds one frame per recorded half-step, capped, and frame selection keeps the first frames and the last.
 */
class StepsExportTest {
    @TempDir
    Path dir;

    @Test
    void theStepThroughAndItsPlanExportAtTheScenariosFrame() throws Exception {
        Path scenario = dir.resolve("frame3.json");
        Files.writeString(scenario, Files.readString(StepsWorkbenchTest.SAMPLE).replace("\"frame\": 0", "\"frame\": 3"));
        Path png = dir.resolve("steps.png");
        assertEquals(0, OtxCommand.execute("export", "--scenario", scenario.toString(), "--view", StepsFigures.STEPS,
                "--out", png.toString(), "--width", "960", "--height", "600"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(960, image.getWidth());
        List<String> frames = Files.readAllLines(dir.resolve("steps.csv"));
        assertTrue(frames.get(0).startsWith("frame k,iteration,step"), frames.get(0));
        assertEquals(200, frames.size() - 1, "one row per animation frame: start + 100 row + 99 column half-steps");
        String[] third = frames.get(4).split(",");
        assertEquals(3, Double.parseDouble(third[0]), 0);
        assertEquals(2, Double.parseDouble(third[1]), 0, "frame 3 is iteration 2");
        assertEquals(1, Double.parseDouble(third[2]), 0, "a row step");
        assertTrue(Double.parseDouble(third[4]) < 1e-14, "its row error: " + third[4]);

        Path plan = dir.resolve("plan.png");
        assertEquals(0, OtxCommand.execute("export", "--scenario", scenario.toString(), "--view", StepsFigures.PLAN,
                "--out", plan.toString(), "--width", "640", "--height", "400"));
        List<String> rows = Files.readAllLines(dir.resolve("plan.csv"));
        assertEquals(11, rows.size(), "header and 10 rows");
        double sum = 0;
        for (String row : rows.subList(1, rows.size())) {
            for (String x : row.split(",")) {
                sum += Double.parseDouble(x);
            }
        }
        assertEquals(1, sum, 1e-12, "a plan of total mass 1");
    }

    @Test
    void aMethodWithoutIterationsExitsWithTwoAndOneLine() throws Exception {
        Path bad = dir.resolve("exact.json");
        Files.writeString(bad, Files.readString(StepsWorkbenchTest.SAMPLE).replace("\"method\": \"sinkhorn\"",
                "\"method\": \"exact\""));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = OtxCommand.execute("export", "--scenario", bad.toString(), "--view", StepsFigures.STEPS, "--out",
                    dir.resolve("bad.png").toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(2, code);
        String text = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(text.startsWith("otx: method 'exact' has no iterations to step through"), text);
        assertEquals(1, text.lines().count(), text);
    }

    @Test
    void longRecordingsAnimateTheirFirstFramesThenLogSpacedToTheLast() {
        int[] few = StepsAnimation.select(50);
        assertEquals(50, few.length);
        int[] many = StepsAnimation.select(100_000);
        assertTrue(many.length <= StepsAnimation.MAX_FRAMES + 1, "at most the cap: " + many.length);
        for (int k = 0; k < StepsAnimation.MAX_FRAMES / 2; k++) {
            assertEquals(k, many[k]);
        }
        assertEquals(99_999, many[many.length - 1]);
        for (int k = 1; k < many.length; k++) {
            assertTrue(many[k] > many[k - 1]);
        }
    }
}
