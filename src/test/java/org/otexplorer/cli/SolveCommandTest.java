package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.io.Json;

class SolveCommandTest {
    @TempDir
    Path dir;
    Path x;
    Path y;

    @BeforeEach
    void writePoints() throws Exception {
        x = write("x.csv", "px,py\n0,0\n1,0.2\n0.3,0.8\n0.9,0.9\n");
        y = write("y.csv", "0.1,0.1\n0.9,0\n0.5,1\n0.2,0.6\n");
    }

    static Stream<String> methods() {
        return SolverFactory.methodIds().stream();
    }

    @ParameterizedTest
    @MethodSource("methods")
    void everyMethodWritesTheContractKeys(String method) throws Exception {
        Path out = dir.resolve(method + ".json");
        boolean entropic = org.otexplorer.engine.SolverFactory.create(method).isEntropic();
        OtxRun run = entropic
                ? OtxRun.of("solve", "--method", method, "--source", x.toString(), "--target", y.toString(),
                        "--epsilon", "0.1", "--out", out.toString())
                : OtxRun.of("solve", "--method", method, "--source", x.toString(), "--target", y.toString(),
                        "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(out.toFile());
        for (String key : new String[] {"method", "epsilon", "n", "m", "plan", "transportCost", "objective",
            "marginalError", "iterations", "converged", "seconds", "sourceMarginal", "targetMarginal"}) {
            assertTrue(json.has(key), method + " result lacks " + key);
        }
        assertEquals(method, json.get("method").asText());
        assertEquals(4, json.get("plan").size());
        assertEquals(4, json.get("plan").get(0).size());
        double planSum = 0;
        for (JsonNode row : json.get("plan")) {
            for (JsonNode v : row) {
                assertTrue(v.asDouble() >= 0);
                planSum += v.asDouble();
            }
        }
        double rowSum = 0;
        for (JsonNode v : json.get("sourceMarginal")) {
            rowSum += v.asDouble();
        }
        assertEquals(planSum, rowSum, 1e-12, "sourceMarginal must be the plan's row sums");
    }

    @Test
    void entropicResultReportsAbsoluteEpsilonAndPotentials() throws Exception {
        OtxRun run = OtxRun.of("solve", "--method", "sinkhorn-log", "--source", x.toString(), "--target", y.toString(),
                "--epsilon", "0.5", "--relative-epsilon", "--tol", "1e-13");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        double meanCost = 0;
        double[][] xs = {{0, 0}, {1, 0.2}, {0.3, 0.8}, {0.9, 0.9}};
        double[][] ys = {{0.1, 0.1}, {0.9, 0}, {0.5, 1}, {0.2, 0.6}};
        for (double[] p : xs) {
            for (double[] q : ys) {
                meanCost += ((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1])) / 16;
            }
        }
        assertEquals(0.5 * meanCost, json.get("epsilon").asDouble(), 1e-15);
        assertEquals(4, json.get("potentials").get("f").size());
        assertTrue(json.get("converged").asBoolean());
        assertTrue(json.get("marginalError").asDouble() <= 1e-13);
    }

    @Test
    void stalledSinkhornFinishesWithNewtonAndTheJsonListsThePhasesUnlessTurnedOff() throws Exception {
        // five uniform points on a line to five others (engine.SinkhornNewtonTest, seed 1): plain Sinkhorn stalls
        Path source = write("s.csv", "0.5665615751722809\n0.7457817572627011\n0.9710027535867962\n"
                + "0.4443592170557721\n0.44426470082635805\n");
        Path target = write("t.csv", "0.8164412005984503\n0.01719139902460909\n0.26865236244694557\n"
                + "0.554580415984277\n0.8600143983954431\n");
        String[] common = {"solve", "--method", "sinkhorn", "--source", source.toString(), "--target", target.toString(),
            "--epsilon", "0.005", "--relative-epsilon", "--tol", "1e-11", "--max-iter", "20000"};
        JsonNode on = Json.mapper().readTree(OtxRun.of(common).out());
        assertTrue(on.get("converged").asBoolean(), on.toString());
        assertTrue(on.get("marginalError").asDouble() <= 1e-11);
        assertTrue(on.get("newtonIterations").asInt() > 0);
        int sum = 0;
        boolean newtonPhase = false;
        for (JsonNode phase : on.get("phases")) {
            sum += phase.get("iterations").asInt();
            newtonPhase |= phase.get("name").asText().equals("newton");
        }
        assertTrue(newtonPhase, on.get("phases").toString());
        assertEquals(on.get("iterations").asInt(), sum, "the phases' iterations add up to the total");

        String[] withoutNewton = Stream.concat(Stream.of(common), Stream.of("--no-newton")).toArray(String[]::new);
        JsonNode off = Json.mapper().readTree(OtxRun.of(withoutNewton).out());
        assertEquals(false, off.get("converged").asBoolean(), "plain Sinkhorn stalls on this problem");
        assertEquals("MAX_ITERATIONS", off.get("stopReason").asText());
        assertEquals(0, off.get("newtonIterations").asInt());
    }

    @Test
    void numbersRoundTripAtFullPrecision() throws Exception {
        OtxRun run = OtxRun.of("solve", "--method", "sinkhorn-log", "--source", x.toString(), "--target", y.toString());
        JsonNode json = Json.mapper().readTree(run.out());
        String text = json.get("transportCost").toString();
        assertEquals(json.get("transportCost").asDouble(), Double.parseDouble(text), 0.0);
        assertTrue(text.replace("0.", "").length() >= 12, "expected full precision, got " + text);
    }

    @Test
    void costMatrixReplacesPoints() throws Exception {
        Path c = write("c.csv", "0,1\n1,0\n");
        OtxRun run = OtxRun.of("solve", "--method", "sinkhorn-log", "--cost", c.toString(), "--epsilon", "0.01");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode plan = Json.mapper().readTree(run.out()).get("plan");
        assertEquals(0.5, plan.get(0).get(0).asDouble(), 1e-9);
        assertEquals(0.0, plan.get(0).get(1).asDouble(), 1e-9);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("unknown method", new String[] {"--method", "simplex"}, "unknown method"),
                Arguments.of("NaN coordinate", new String[] {"--method", "sinkhorn-log", "--source", "@nan"}, "finite"),
                Arguments.of("dimension mismatch", new String[] {"--method", "sinkhorn-log", "--target", "@y3"}, "dimension"),
                Arguments.of("negative weight", new String[] {"--method", "sinkhorn-log", "--source-weights", "@neg"}, "negative"),
                Arguments.of("weights not summing to 1", new String[] {"--method", "sinkhorn-log", "--source-weights", "@half"}, "sum"),
                Arguments.of("weights of wrong length", new String[] {"--method", "sinkhorn-log", "--source-weights", "@short"}, "entries"),
                Arguments.of("epsilon zero", new String[] {"--method", "sinkhorn-log", "--epsilon", "0"}, "epsilon"),
                Arguments.of("epsilon negative", new String[] {"--method", "sinkhorn-log", "--epsilon", "-1"}, "epsilon"),
                Arguments.of("empty file", new String[] {"--method", "sinkhorn-log", "--source", "@empty"}, "no data"),
                Arguments.of("missing file", new String[] {"--method", "sinkhorn-log", "--source", "@missing"}, "does not exist"),
                Arguments.of("ragged rows", new String[] {"--method", "sinkhorn-log", "--source", "@ragged"}, "values"),
                Arguments.of("text in data", new String[] {"--method", "sinkhorn-log", "--source", "@text"}, "not a number"),
                Arguments.of("unknown option", new String[] {"--method", "sinkhorn-log", "--frobnicate"}, "frobnicate"),
                Arguments.of("option of another method", new String[] {"--method", "sinkhorn", "--tau", "2"},
                        "--tau is not a parameter of sinkhorn"),
                Arguments.of("epsilon for the exact method", new String[] {"--method", "exact", "--epsilon", "0.1"},
                        "--epsilon is not a parameter of exact"),
                Arguments.of("relative without a value", new String[] {"--method", "sinkhorn", "--relative-epsilon"},
                        "--relative-epsilon needs --epsilon"),
                Arguments.of("radius out of range", new String[] {"--method", "robust", "--rho1", "-0.5"},
                        "--rho1 must be in [0, 2]"),
                Arguments.of("fractional iteration limit", new String[] {"--method", "sinkhorn", "--max-iter", "2.5"},
                        "--max-iter"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputExitsWithCodeTwoAndOneLine(String name, String[] extra, String expected) throws Exception {
        write("nan", "0,0\nNaN,1\n1,1\n0,1\n");
        write("y3", "0,0,0\n1,1,1\n0,1,0\n1,0,1\n");
        write("neg", "0.5\n0.5\n0.5\n-0.5\n");
        write("half", "0.1\n0.1\n0.1\n0.1\n");
        write("short", "0.5\n0.5\n");
        write("empty", "x,y\n");
        write("ragged", "0,0\n1\n");
        write("text", "0,0\n1,zero\n");
        java.util.List<String> extraList = java.util.List.of(extra);
        Stream<String> base = Stream.of("solve");
        if (!extraList.contains("--source")) {
            base = Stream.concat(base, Stream.of("--source", x.toString()));
        }
        if (!extraList.contains("--target")) {
            base = Stream.concat(base, Stream.of("--target", y.toString()));
        }
        String[] args = Stream.concat(base, extraList.stream())
                .map(a -> a.startsWith("@") ? dir.resolve(a.substring(1)).toString() : a)
                .toArray(String[]::new);
        OtxRun run = OtxRun.of(args);
        assertEquals(2, run.exitCode(), name + ": " + run.err());
        assertEquals(1, run.errLines().length, name + " should print one line, got: " + run.err());
        assertTrue(run.err().toLowerCase().contains(expected), name + ": " + run.err());
        assertTrue(run.out().isEmpty(), "nothing on stdout for bad input");
    }

    @Test
    void helpListsTheMethods() {
        OtxRun run = OtxRun.of("solve", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--relative-epsilon"));
        for (org.otexplorer.parameters.Parameter<?> p : org.otexplorer.engine.SolverFactory.allParameters()) {
            for (String option : DeclaredOptions.names(p)) {
                assertTrue(run.out().contains(option), "the help offers " + option);
            }
        }
        assertArrayEquals(new String[0], run.errLines());
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
