package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private Path scenario() throws Exception {
        Path f = dir.resolve("blur.json");
        Files.writeString(f, "{\"schema\": 1, \"seed\": 3, \"data\": {\"generator\": \"gaussian-blobs\", \"n\": 30},"
                + " \"engine\": {\"method\": \"sinkhorn\", \"epsilon\": 0.05, \"relativeEpsilon\": true}}");
        return f;
    }

    @Test
    void everyViewWritesAPngOfTheExactSizeThatIsNotBlankWithCsvAndScenarioBeside() throws Exception {
        Path scenario = scenario();
        for (String view : new String[] {"data", "plan", "spectrum"}) {
            for (int scale : new int[] {1, 3}) {
                Path png = dir.resolve(view + scale + ".png");
                OtxRun run = OtxRun.of("export", "--scenario", scenario.toString(), "--view", view, "--out",
                        png.toString(), "--width", "300", "--height", "200", "--scale", String.valueOf(scale));
                assertEquals(0, run.exitCode(), run.err());
                BufferedImage image = ImageIO.read(png.toFile());
                assertEquals(300 * scale, image.getWidth());
                assertEquals(200 * scale, image.getHeight());
                assertTrue(distinctColours(image) > 10, view + " at " + scale + "x is blank");
                assertTrue(Files.size(dir.resolve(view + scale + ".csv")) > 0);
                assertTrue(Files.readString(dir.resolve(view + scale + ".scenario.json")).contains("gaussian-blobs"));
            }
        }
    }

    @Test
    void unknownViewAndBadScaleExitWithCodeTwo() throws Exception {
        Path scenario = scenario();
        OtxRun run = OtxRun.of("export", "--scenario", scenario.toString(), "--view", "heat", "--out",
                dir.resolve("h.png").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().length, run.err());
        run = OtxRun.of("export", "--scenario", scenario.toString(), "--view", "trace", "--out",
                dir.resolve("t.png").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("regression.optimizers"), run.err());
        run = OtxRun.of("export", "--scenario", scenario.toString(), "--view", "plan", "--out",
                dir.resolve("p.png").toString(), "--scale", "8");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("scale"), run.err());
    }

    @Test
    void theDataViewDrawsTheScenariosCoordinatesAndRejectsOnesThePointsDoNotHave() throws Exception {
        String blobs = "{\"schema\": 1, \"seed\": 3, \"data\": {\"generator\": \"gaussian-blobs\", \"n\": 30, \"d\": 3}";
        Path first = dir.resolve("first.json");
        Files.writeString(first, blobs + "}");
        Path chosen = dir.resolve("chosen.json");
        Files.writeString(chosen, blobs + ", \"view\": {\"xCoordinate\": 2, \"yCoordinate\": 3}}");
        BufferedImage[] images = new BufferedImage[2];
        Path[] scenarios = {first, chosen};
        for (int k = 0; k < 2; k++) {
            Path png = dir.resolve("data" + k + ".png");
            OtxRun run = OtxRun.of("export", "--scenario", scenarios[k].toString(), "--view", "data", "--out",
                    png.toString(), "--width", "400", "--height", "300");
            assertEquals(0, run.exitCode(), run.err());
            images[k] = ImageIO.read(png.toFile());
        }
        int differing = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                differing += images[0].getRGB(x, y) != images[1].getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(differing > 400 * 300 / 50, "coordinates 2 and 3 are another picture than 1 and 2: " + differing
                + " pixels differ");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, blobs + ", \"view\": {\"yCoordinate\": 4}}");
        OtxRun run = OtxRun.of("export", "--scenario", bad.toString(), "--view", "data", "--out",
                dir.resolve("bad.png").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("view.yCoordinate must be between 1 and 3 (data.d = 3), got 4"), run.err());
        assertTrue(!Files.exists(dir.resolve("bad.png")), "nothing written");
    }

    @Test
    void traceAndWindowViewsRenderARegressionScenarioWithItsTraceCsv() throws Exception {
        String sample = Path.of("samples/two-parameter-landscape-robot-vs-am.json").toString();
        for (String view : new String[] {"trace", "window"}) {
            Path png = dir.resolve(view + ".png");
            OtxRun run = OtxRun.of("export", "--scenario", sample, "--view", view, "--out", png.toString(),
                    "--width", "700", "--height", "450", "--scale", "2");
            assertEquals(0, run.exitCode(), run.err());
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1400, image.getWidth());
            assertEquals(900, image.getHeight());
            assertTrue(distinctColours(image) > 50, view + " is blank");
            java.util.List<String> csv = Files.readAllLines(dir.resolve(view + ".csv"));
            assertTrue(csv.get(0).startsWith("method,iteration,step,loss"), csv.get(0));
            assertEquals(1 + 1 + 150 + 1 + 1 + csv.stream().filter(l -> l.startsWith("am,")).count() - 1,
                    csv.size(), "one row per iteration of am, robot (150), ls and oracle");
        }
    }

    @Test
    void windowViewReadsCsvDataRelativeToTheScenarioFile() throws Exception {
        Path data = Files.createDirectories(dir.resolve("with-csv"));
        Files.writeString(data.resolve("x.csv"), "0,0\n1,0\n0,1\n1,1\n0.5,0.2\n");
        Files.writeString(data.resolve("y.csv"), "2,2\n3,2\n2,3\n3,3\n");
        Path scenario = data.resolve("own-points.json");
        Files.writeString(scenario, "{\"schema\": 1, \"seed\": 1, \"data\": {\"generator\": \"csv\", \"files\":"
                + " {\"source\": \"x.csv\", \"target\": \"y.csv\"}}, \"engine\": {\"method\": \"sinkhorn\","
                + " \"epsilon\": 0.1, \"relativeEpsilon\": true}}");
        Path png = dir.resolve("own.png");
        OtxRun run = OtxRun.of("export", "--scenario", scenario.toString(), "--view", "window", "--out", png.toString(),
                "--width", "900", "--height", "600");
        assertEquals(0, run.exitCode(), run.err());
        java.util.List<String> csv = Files.readAllLines(dir.resolve("own.csv"));
        assertEquals(5, csv.size(), "the 5 x 4 plan between the CSV files' points: " + csv);
        assertEquals(4, csv.get(0).split(",").length, csv.get(0));

        Files.delete(data.resolve("y.csv"));
        run = OtxRun.of("export", "--scenario", scenario.toString(), "--view", "window", "--out", png.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("y.csv"), run.err());
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
