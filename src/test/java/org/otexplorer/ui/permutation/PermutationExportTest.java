package org.otexplorer.ui.permutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.cli.OtxCommand;

/** {@code otx export --view} writes every permutation figure as PNG with the CSV of its numbers beside it. */
class PermutationExportTest {
    @TempDir
    Path dir;

    @Test
    void everyFigureExportsAsPngAndCsv() throws Exception {
        Path lab = Path.of("samples/permutation-fig1-pattern-stalls.json");
        Path grid = Path.of("samples/permutation-random-score-grid.json");
        // The race sample with 20 epochs instead of 500, so that the headless race is quick.
        Path race = dir.resolve("race.json");
        Files.writeString(race, Files.readString(Path.of("samples/permutation-sorting-race-n15.json"))
                .replace("\"epochs\": 500", "\"epochs\": 20"));
        record Case(String view, Path scenario, String header, int rows) {
        }
        for (Case c : List.of(new Case(PermutationFigures.LAB, lab, "column 0,column 1,column 2", 3),
                new Case(PermutationFigures.ERRORS, lab, "halfStep,eps=0.1,eps=0.01", 60),
                new Case(PermutationFigures.SOFTMAX, lab, "tau,exact13,approximation14", SoftmaxGradient.POINTS),
                new Case(PermutationFigures.GRID, grid, "tau,L,fractionUnnormalised,firstUnnormalisedSample", 40),
                new Case(PermutationFigures.RACE, race, "epoch,sinkhorn loss,sinkhorn kendallTau", 21))) {
            Path png = dir.resolve(c.view() + ".png");
            int code = OtxCommand.execute("export", "--scenario", c.scenario().toString(), "--view", c.view(), "--out",
                    png.toString(), "--width", "640", "--height", "400");
            assertEquals(0, code, c.view());
            assertEquals(640, ImageIO.read(png.toFile()).getWidth(), c.view());
            List<String> csv = Files.readAllLines(dir.resolve(c.view() + ".csv"));
            assertTrue(csv.get(0).startsWith(c.header()), c.view() + ": " + csv.get(0));
            assertEquals(c.rows(), csv.size() - 1, c.view() + " rows");
        }
        List<String> labCsv = Files.readAllLines(dir.resolve(PermutationFigures.LAB + ".csv"));
        String[] first = labCsv.get(1).split(",");
        assertEquals(0.25, Double.parseDouble(first[0]), 1e-8, "entry (1,1) after L = 30 is near its limit 1/4");
    }

    @Test
    void aScenarioWhoseMatrixIsNotSquareExitsWithTwoAndNamesTheField() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schema\": 1, \"workbench\": \"permutation\", \"permutation\": {\"source\": \"custom\","
                + " \"matrix\": [1, 2, 3]}}");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = OtxCommand.execute("export", "--scenario", bad.toString(), "--view", PermutationFigures.LAB,
                    "--out", dir.resolve("bad.png").toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(2, code);
        String text = err.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
        assertTrue(text.startsWith("otx: permutation.matrix: 3 entries do not make a square"), text);
        assertEquals(1, text.lines().count(), text);
    }
}
