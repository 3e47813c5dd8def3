package org.otexplorer.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.regression.data.DataGenerators;
import org.otexplorer.regression.data.GeneratorSettings;

/** The generators' ground truth, checked against the model that made it. */
class GeneratorsTest {
    @TempDir
    Path dir;

    private static RegressionData make(String id, int n, Integer m, int d, double noise, double shuffle,
                                       double outliers, Map<String, Double> p, long seed) {
        return DataGenerators.create(new GeneratorSettings(id, n, m, d, noise, shuffle, outliers, p), seed);
    }

    /** With no noise every output is f(u; W*) at its true partner. */
    private static void outputsAreTheModelAtTheTruePartner(RegressionData data) {
        for (int i = 0; i < data.size(); i++) {
            if (data.pairing()[i] >= 0) {
                double[] f = data.model().predict(data.modelInput(i, data.pairing()[i]), data.trueParameters());
                assertArrayEquals(f, data.outputs()[i], 1e-12);
            }
        }
    }

    @Test
    void everyGeneratorIsReproducibleFromItsSeed() {
        for (String id : new String[] {"unlabeled-sensing", "two-platform", "sin", "gaussian-mixture", "flow-cytometry",
            "partial-correspondence"}) {
            RegressionData a = make(id, 20, 24, 3, 0.1, 0.5, 0.2, Map.of(), 9);
            RegressionData b = make(id, 20, 24, 3, 0.1, 0.5, 0.2, Map.of(), 9);
            assertArrayEquals(a.outputs()[3], b.outputs()[3], id);
            assertArrayEquals(a.inputs()[5], b.inputs()[5], id);
            assertArrayEquals(a.pairing(), b.pairing(), id);
        }
    }

    @Test
    void twoPlatformAndSinDataFollowTheirModelsAtTheTruePairing() {
        RegressionData linear = make("two-platform", 30, null, 2, 0.0, 1.0, 0, Map.of("e", 3.0), 1);
        outputsAreTheModelAtTheTruePartner(linear);
        RegressionData sin = make("sin", 30, null, 2, 0.0, 1.0, 0, Map.of("e", 3.0), 1);
        outputsAreTheModelAtTheTruePartner(sin);
        assertEquals(24, sin.size(), "80% of D1 trains");
        assertEquals(30, sin.inputCount(), "all of D2 trains: n != m");
        assertEquals(6, sin.testInputs().length);
        assertEquals(0, Metrics.relativeTestError(sin.model(), sin.trueParameters(), sin.testInputs(), sin.testOutputs()),
                1e-24, "the truth predicts the noise-free test set exactly");
    }

    @Test
    void partialCorrespondenceHasOutliersWithoutPartners() {
        RegressionData d = make("partial-correspondence", 40, 50, 3, 0.0, 1.0, 0.25, Map.of(), 2);
        assertEquals(10, java.util.Arrays.stream(d.pairing()).filter(j -> j < 0).count());
        outputsAreTheModelAtTheTruePartner(d);
        assertThrows(IllegalArgumentException.class, () -> d.requireOneToOne("am"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> make("partial-correspondence", 40, 20, 3, 0.0, 1.0, 0.1, Map.of(), 2));
        assertTrue(e.getMessage().contains("m >= 36"), e.getMessage());
    }

    /**
     * Gate g of 3 holds output rows [g n/3, (g+1) n/3) and, without gating errors, exactly the labels whose rank
     * among all labels lies in that range; a cross-gate fraction f moves at most ⌊f n⌋ labels out of their gate.
     */
    @Test
    void flowCytometryShufflesWithinGatesExceptTheCrossGateFraction() {
        int n = 300;
        for (long seed = 4; seed <= 6; seed++) {
            for (double cross : new double[] {0.0, 0.01, 0.1}) {
                RegressionData d = make("flow-cytometry", n, null, 20, 0.0, 1.0, 0, Map.of("gates", 3.0,
                        "crossGateFraction", cross), seed);
                outputsAreTheModelAtTheTruePartner(d);
                assertEquals(n, java.util.Arrays.stream(d.pairing()).distinct().count(), "a permutation");
                int outside = rowsOutsideTheirGate(d.outputs(), 3);
                int moved = (int) Math.floor(cross * n);
                assertTrue(outside <= moved, "seed " + seed + ", fraction " + cross + ": " + outside + " rows outside");
                if (cross >= 0.1) {
                    assertTrue(outside > 0, "seed " + seed + ": gating errors put some labels in another gate");
                }
            }
        }
    }

    /** Rows whose label's rank among all labels is not in the row's gate. */
    private static int rowsOutsideTheirGate(double[][] outputs, int gates) {
        int n = outputs.length;
        double[] sorted = java.util.Arrays.stream(outputs).mapToDouble(y -> y[0]).sorted().toArray();
        int outside = 0;
        for (int r = 0; r < n; r++) {
            int rank = java.util.Arrays.binarySearch(sorted, outputs[r][0]);
            if (rank * gates / n != r * gates / n) {
                outside++;
            }
        }
        return outside;
    }

    @Test
    void registrationMapIsARotationTimesScalesBetweenOneAndThree() {
        RegressionData d = make("point-cloud-registration", 140, null, 3, 0.0, 1.0, 0, Map.of(), 10);
        outputsAreTheModelAtTheTruePartner(d);
        double[][] t = d.trueParameters();
        for (int c = 0; c < 3; c++) {
            double s = Math.sqrt(t[0][c] * t[0][c] + t[1][c] * t[1][c] + t[2][c] * t[2][c]);
            assertTrue(s >= 1 && s <= 3, "scale " + s);
            for (int c2 = c + 1; c2 < 3; c2++) {
                assertEquals(0, t[0][c] * t[0][c2] + t[1][c] * t[1][c2] + t[2][c] * t[2][c2], 1e-12);
            }
        }
        double maxNorm = 0;
        for (double[] p : d.inputs()) {
            maxNorm = Math.max(maxNorm, Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]));
        }
        assertEquals(1, maxNorm, 1e-12, "normalised by the largest norm");
        assertThrows(IllegalArgumentException.class, () -> make("point-cloud-registration", 10, null, 2, 0, 1, 0,
                Map.of(), 1));
    }

    @Test
    void csvImportRunsTheOracleWithTheGivenPairingAndOmitsUnknownMetrics() throws Exception {
        RegressionData source = make("unlabeled-sensing", 25, null, 2, 0.0, 1.0, 0, Map.of(), 3);
        CsvFiles.writeMatrix(dir.resolve("x.csv"), null, source.inputs());
        CsvFiles.writeMatrix(dir.resolve("y.csv"), new String[] {"y"}, source.outputs());
        double[][] pairing = new double[25][1];
        for (int i = 0; i < 25; i++) {
            pairing[i][0] = source.pairing()[i];
        }
        CsvFiles.writeMatrix(dir.resolve("p.csv"), null, pairing);
        RegressionData csv = org.otexplorer.io.ScenarioData.of(new org.otexplorer.io.DataSpec("regression-csv", 1, null, 1, null,
                null, null, null, Map.of("inputs", "x.csv", "outputs", "y.csv", "pairing", "p.csv")), 0, dir);
        Trace oracle = Optimizers.create("oracle").run(csv, OptimizerSpec.of("oracle").settings(), 1, TraceListener.NONE,
                new RunControl());
        assertTrue(java.util.Arrays.deepEquals(source.inputs(), csv.inputs()), "inputs read back exactly");
        assertTrue(java.util.Arrays.deepEquals(source.outputs(), csv.outputs()), "outputs read back exactly");
        assertArrayEquals(source.pairing(), csv.pairing());
        for (int a = 0; a < 2; a++) {
            assertArrayEquals(source.trueParameters()[a], oracle.parameters()[a], 1e-12,
                    "noise-free outputs at the given pairing give W*, which no file holds");
        }
        assertEquals(null, oracle.summary().parameterError(), "no truth file, no parameter error");
        assertEquals(null, oracle.summary().relativeTestError());
    }

    @Test
    void modelThatDoesNotFitTheDataIsADimensionMismatch() {
        RegressionData mixture = make("gaussian-mixture", 12, null, 3, 0.1, 1.0, 0, Map.of("responses", 2.0), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mixture.withModel(new SinModel()));
        assertTrue(e.getMessage().contains("one response"), e.getMessage());
        RegressionData withOffset = mixture.withModel(new LinearModel(true));
        assertEquals(4, withOffset.trueParameters().length, "the truth gains a zero offset row");
        for (int a = 0; a < 3; a++) {
            assertArrayEquals(mixture.trueParameters()[a], withOffset.trueParameters()[a]);
        }
        assertArrayEquals(new double[2], withOffset.trueParameters()[3]);
    }

    /** ||Θ − W||/||W|| by hand: Θ − W = [[0, 0], [0, 2]], ||W||² = 1 + 4 + 9 + 4 = 18, so 2/√18 = √2/3. */
    @Test
    void parameterErrorIsTheRelativeFrobeniusDistance() {
        double[][] w = {{1, 2}, {3, 2}};
        assertEquals(Math.sqrt(2) / 3, Metrics.parameterError(new double[][] {{1, 2}, {3, 4}}, w), 1e-15);
        assertEquals(2, Metrics.parameterError(new double[][] {{0, 2}}, new double[][] {{0, 0}}), 0.0,
                "absolute distance when W = 0");
        assertEquals(null, Metrics.parameterError(w, null));
    }
}
