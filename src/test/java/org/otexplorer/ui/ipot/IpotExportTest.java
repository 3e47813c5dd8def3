package org.otexplorer.ui.ipot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** {@code otx export --view} writes every IPOT figure as PNG with the CSV of its numbers beside it; bad input exits 2. */
class IpotExportTest {
    @TempDir
    Path dir;

    record Case(String view, Path scenario, String header, int rows) {
    }

    @Test
    void everyFigureExportsAsPngAndCsv() throws Exception {
        // The race sample at 200 iterations, so that the headless race is quick.
        Path race = dir.resolve("race.json");
        Files.writeString(race, Files.readString(Path.of("samples/ipot-sparsity-race-demo.json"))
                .replace("\"iterations\": 2000", "\"iterations\": 200").replace("\"shownIteration\": 2000",
                        "\"shownIteration\": 100"));
        Path small = dir.resolve("glyphs.json");
        Files.writeString(small, Files.readString(Path.of("samples/ipot-glyph-barycenters-ibp-vs-ipot.json"))
                .replace("\"glyphSide\": 50", "\"glyphSide\": 24"));
        Path colour = dir.resolve("colour.json");
        Files.writeString(colour, Files.readString(Path.of("samples/ipot-colour-transfer-sunset-to-lagoon.json"))
                .replace("\"imageSize\": 192", "\"imageSize\": 48"));
        Path scalability = dir.resolve("scalability.json");
        Files.writeString(scalability, Files.readString(Path.of("samples/ipot-scalability.json"))
                .replace("\"scalingLargest\": 256", "\"scalingLargest\": 128"));
        for (Case c : List.of(new Case(IpotFigures.RACE, race, "curve,isIpot,betaOrEpsilon,L,iteration,costGap", -1),
                new Case(IpotFigures.RACE_PLANS, race, "i,j,ipot,sinkhorn,exact", 100 * 100),
                new Case(IpotFigures.PAIRS, Path.of("samples/ipot-equals-sinkhorn-at-beta-over-t.json"),
                        "t,epsilon,maxDifference,oneSweepDifference", 30),
                new Case(IpotFigures.BARYCENTERS, small, "row,column,ibp,ipot,exact", 24 * 24),
                new Case(IpotFigures.COLOUR, colour, "image,stdRed,stdGreen,stdBlue", 7),
                new Case(IpotFigures.SCALABILITY, scalability, "method,n,meanSeconds,seedsReached,seeds", 5 * 2))) {
            export(c);
        }
        List<String> csv = Files.readAllLines(dir.resolve(IpotFigures.RACE + ".csv"));
        long ipotRows = csv.stream().skip(1).filter(l -> l.startsWith("4,1,")).count(); // curve and isIpot are integers
        assertEquals(100, ipotRows, "IPOT recorded at every step up to the iteration shown");
        Path svg = dir.resolve("scalability.svg");
        assertEquals(0, OtxCommand.execute("export", "--scenario", scalability.toString(), "--view",
                IpotFigures.SCALABILITY, "--out", svg.toString()));
        String vector = Files.readString(svg);
        assertTrue(vector.contains("<svg") && vector.contains("Thesis Fig. 2.3") && vector.contains("eps-scaling"),
                "the scalability figure as vector shapes with its text");
    }

    void export(Case c) throws Exception {
        Path png = dir.resolve(c.view() + ".png");
        int code = OtxCommand.execute("export", "--scenario", c.scenario().toString(), "--view", c.view(), "--out",
                png.toString(), "--width", "800", "--height", "400");
        assertEquals(0, code, c.view());
        assertEquals(800, ImageIO.read(png.toFile()).getWidth(), c.view());
        List<String> csv = Files.readAllLines(dir.resolve(c.view() + ".csv"));
        assertTrue(csv.get(0).startsWith(c.header()), c.view() + ": " + csv.get(0));
        if (c.rows() >= 0) {
            assertEquals(c.rows(), csv.size() - 1, c.view() + " rows");
        }
    }

    @Test
    void badInputExitsWithTwoAndOneLineNamingIt() throws Exception {
        record Bad(String section, String says) {
        }
        for (Bad b : List.of(new Bad("\"betas\": [0.1, -1]", "betas"),
                new Bad("\"betas\": [0.1, 0.2], \"innerIterations\": [1]", "ipot.innerIterations"),
                new Bad("\"pairBeta\": 0", "pairBeta"),
                new Bad("\"histograms\": \"custom\", \"sourceHistogram\": [1, -1], \"targetHistogram\": [1, 1]",
                        "sourceHistogram"),
                new Bad("\"histograms\": \"custom\", \"sourceHistogram\": [0, 0], \"targetHistogram\": [1, 1]",
                        "ipot.sourceHistogram has zero total mass"),
                new Bad("\"view\": \"colour\", \"sourceImage\": \"missing.png\"", "ipot.sourceImage"),
                new Bad("\"view\": \"scalability\", \"scalingSmallest\": 1", "scalingSmallest"),
                new Bad("\"view\": \"scalability\", \"scalingSeeds\": 0", "scalingSeeds"),
                new Bad("\"view\": \"scalability\", \"scalingCap\": 0", "scalingCap"))) {
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, "{\"schema\": 1, \"workbench\": \"ipot\", \"ipot\": {" + b.section() + "}}");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream old = System.err;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = OtxCommand.execute("export", "--scenario", bad.toString(), "--view",
                        b.section().contains("sourceImage") ? IpotFigures.COLOUR : b.section().contains("scaling")
                        ? IpotFigures.SCALABILITY : IpotFigures.RACE, "--out",
                        dir.resolve("bad.png").toString());
            } finally {
                System.setErr(old);
            }
            String text = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals(2, code, b.section() + ": " + text);
            assertTrue(text.startsWith("otx: ") && text.contains(b.says()), text);
            assertEquals(1, text.lines().count(), text);
        }
    }
}
