package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.io.Json;

class FitCommandTest {
    @TempDir
    Path dir;

    private Path scenario(String optimizers) throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"schema\": 1, \"seed\": 3, \"data\": {\"generator\": \"unlabeled-sensing\", \"n\": 40,"
                + " \"d\": 2, \"shuffleFraction\": 0.5, \"parameters\": {\"snr\": 100}},"
                + " \"regression\": {\"optimizers\": [" + optimizers + "]}}");
        return f;
    }

    @Test
    void writesOneRunPerOptimizerWithTheContractKeys() throws Exception {
        Path out = dir.resolve("trace.json");
        OtxRun run = OtxRun.of("fit", "--scenario", scenario("{\"method\": \"oracle\"}, {\"method\": \"ls\"},"
                + " {\"method\": \"am\", \"iterations\": 20}, {\"method\": \"robot\", \"iterations\": 3}").toString(),
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode runs = Json.mapper().readTree(out.toFile()).get("runs");
        assertEquals(4, runs.size());
        for (JsonNode r : runs) {
            JsonNode first = r.get("trace").get(0);
            for (String key : new String[] {"iteration", "loss", "gradNorm", "parameterError", "relativeTestError",
                "step", "elapsedMs"}) {
                assertTrue(first.has(key), r.get("method") + " trace lacks " + key);
            }
            for (String key : new String[] {"loss", "parameterError", "relativeTestError", "iterations", "seconds",
                "stopReason", "stopDetail"}) {
                assertTrue(r.get("final").has(key), r.get("method") + " final lacks " + key);
            }
        }
        assertEquals("robot", runs.get(3).get("method").asText());
        assertEquals(3, runs.get(3).get("trace").size());
    }

    @Test
    void aRunThatDivergesDoesNotStopTheOthers() throws Exception {
        OtxRun run = OtxRun.of("fit", "--scenario", scenario("{\"method\": \"gd\", \"iterations\": 40,"
                + " \"learningRate\": 1e6, \"init\": \"zeros\"}, {\"method\": \"oracle\"}").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode runs = Json.mapper().readTree(run.out()).get("runs");
        assertEquals(2, runs.size());
        assertEquals("DIVERGED", runs.get(0).get("final").get("stopReason").asText());
        assertEquals("CONVERGED", runs.get(1).get("final").get("stopReason").asText());
        assertEquals("closed-form least squares", runs.get(1).get("final").get("stopDetail").asText());
    }

    @Test
    void badScenariosExitWithCodeTwoAndOneLine() throws Exception {
        String[] bad = {"{\"method\": \"adam\"}", "{\"method\": \"robot\", \"learningRate\": -1}"};
        for (String optimizers : bad) {
            OtxRun run = OtxRun.of("fit", "--scenario", scenario(optimizers).toString());
            assertEquals(2, run.exitCode(), run.err());
            assertEquals(1, run.errLines().length, run.err());
        }
        Path noRegression = dir.resolve("plain.json");
        Files.writeString(noRegression, "{\"schema\": 1}");
        OtxRun run = OtxRun.of("fit", "--scenario", noRegression.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("regression"), run.err());
    }
}
