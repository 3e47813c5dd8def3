package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.io.Json;

class DerivativesCommandTest {
    @TempDir
    Path dir;
    Path x;
    Path y;

    @BeforeEach
    void writeReferencePoints() throws Exception {
        x = dir.resolve("x.csv");
        y = dir.resolve("y.csv");
        Files.writeString(x, "0.0,0.0\n1.0,0.2\n0.3,0.8\n");
        Files.writeString(y, "0.1,0.1\n0.9,0.0\n0.5,1.0\n0.2,0.6\n");
    }

    @Test
    void writesTheContractKeysWithTheReferenceValues() throws Exception {
        Path out = dir.resolve("d.json");
        OtxRun run = OtxRun.of("derivatives", "--source", x.toString(), "--target", y.toString(), "--epsilon", "0.5",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(out.toFile());
        assertEquals(0.5, json.get("epsilon").asDouble());
        assertEquals(3, json.get("gradObjective").size());
        assertEquals(2, json.get("gradObjective").get(0).size());
        assertEquals(-0.170000835448, json.get("gradObjective").get(0).get(0).asDouble(), 1e-9);
        assertEquals(-0.06239742671, json.get("gradTransportCost").get(0).get(0).asDouble(), 1e-9);
        assertEquals(6, json.get("hessianObjective").size());
        assertEquals(0.549870973957, json.get("hessianObjective").get(0).get(0).asDouble(), 1e-9);
        assertTrue(json.get("hessianMarginalError").asDouble() < 1e-10);
        assertEquals(7, json.get("hSpectrum").size());
        assertEquals(0.5833333333333, json.get("hSpectrum").get(6).asDouble(), 1e-9);
        assertEquals(0.5833333333333 / 0.1288841097802, json.get("hConditionNumber").asDouble(), 1e-6);
        assertTrue(json.get("seconds").asDouble() >= 0);
        assertTrue(json.get("reliable").asBoolean());
    }

    @Test
    void noHessianSkipsTheHessian() throws Exception {
        OtxRun run = OtxRun.of("derivatives", "--source", x.toString(), "--target", y.toString(), "--epsilon", "0.1",
                "--relative-epsilon", "--no-hessian");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertFalse(json.has("hessianObjective"));
        assertTrue(json.has("gradObjective"));
    }

    @Test
    void truncationAboveTheSpectralGapIsVisibleInTheMarginalError() throws Exception {
        OtxRun run = OtxRun.of("derivatives", "--source", x.toString(), "--target", y.toString(), "--epsilon", "0.5",
                "--threshold", "0.2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Json.mapper().readTree(run.out()).get("hessianMarginalError").asDouble() > 1e-3);
    }

    @Test
    void aPlanSplitIntoBlocksIsFlaggedAndStillValidJson() throws Exception {
        Path xs = dir.resolve("xs.csv");
        Path ys = dir.resolve("ys.csv");
        Files.writeString(xs, "0,0\n0.1,0\n50,50\n50.1,50\n");
        Files.writeString(ys, "0,0.05\n0.1,0.05\n50,50.05\n50.1,50.05\n");
        OtxRun run = OtxRun.of("derivatives", "--source", xs.toString(), "--target", ys.toString(), "--epsilon", "0.01");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertFalse(json.get("reliable").asBoolean());
        JsonNode cond = json.get("hConditionNumber");
        // λ_{2N−1} is zero to round-off: either a huge condition number or null (never negative, never Infinity).
        assertTrue(cond.isNull() || cond.asDouble() > 1e14, cond.toString());
        if (cond.isNull()) {
            assertTrue(json.get("warnings").toString().contains("condition number is infinite"), json.toString());
        }
        assertTrue(json.get("hessianMarginalError").asDouble() < 1e-10, "the fall-back is exact within each block");
    }

    @Test
    void badInputExitsWithCodeTwoAndOneLine() {
        String[][] cases = {
            {"--epsilon", "0"},
            {"--epsilon", "-1"},
            {"--epsilon", "0.5", "--threshold", "-1"},
        };
        for (String[] extra : cases) {
            String[] args = new String[5 + extra.length];
            args[0] = "derivatives";
            args[1] = "--source";
            args[2] = x.toString();
            args[3] = "--target";
            args[4] = y.toString();
            System.arraycopy(extra, 0, args, 5, extra.length);
            OtxRun run = OtxRun.of(args);
            assertEquals(2, run.exitCode(), String.join(" ", extra) + ": " + run.err());
            assertEquals(1, run.errLines().length, run.err());
        }
    }

    @Test
    void missingTargetPointsAreNamed() {
        OtxRun run = OtxRun.of("derivatives", "--source", x.toString(), "--epsilon", "0.5");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("--target"), run.err());
    }
}
