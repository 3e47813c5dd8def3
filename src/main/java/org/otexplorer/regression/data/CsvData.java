package org.otexplorer.regression.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.DataSpec;
import org.otexplorer.regression.LinearModel;
import org.otexplorer.regression.RegressionData;

/**
 * The user's own data from CSV files named in {@code data.files} (paths relative to the scenario's folder):
 * {@code inputs} (m×e, the unpaired z's) and {@code outputs} (n×q, shuffled) are required; optional are
 * {@code pairedInputs} (n×d, aligned with the outputs), {@code pairing} (one column: the input row of each
 * output, −1 for none), {@code truth} (the true parameters, for the parameter error) and {@code testInputs}
 * with {@code testOutputs} (full rows [x, z], for the test error). Without a pairing the oracle cannot run;
 * without truth or test set those metrics are left out.
 */
final class CsvData {
    static final String ID = "regression-csv";

    private CsvData() {
    }

    static RegressionData read(DataSpec spec, Path base) {
        Map<String, String> files = spec.files();
        for (String role : files.keySet()) {
            if (!java.util.List.of("inputs", "outputs", "pairedInputs", "pairing", "truth", "testInputs", "testOutputs")
                    .contains(role)) {
                throw new IllegalArgumentException("data.files." + role + " is not a known role");
            }
        }
        double[][] inputs = CsvFiles.readMatrix(required(files, "inputs", base), "inputs");
        double[][] outputs = CsvFiles.readMatrix(required(files, "outputs", base), "outputs");
        int n = outputs.length;
        double[][] paired = files.containsKey("pairedInputs")
                ? CsvFiles.readMatrix(base.resolve(files.get("pairedInputs")), "paired inputs") : new double[n][0];
        int[] pairing = new int[n];
        Arrays.fill(pairing, -1);
        if (files.containsKey("pairing")) {
            double[] p = CsvFiles.readVector(base.resolve(files.get("pairing")), "pairing");
            if (p.length != n) {
                throw new IllegalArgumentException("data.files.pairing has " + p.length + " entries for " + n + " outputs");
            }
            for (int i = 0; i < n; i++) {
                if (p[i] != Math.rint(p[i])) {
                    throw new IllegalArgumentException("data.files.pairing entry " + i + " is not an integer: " + p[i]);
                }
                pairing[i] = (int) p[i];
            }
        }
        double[][] truth = optional(files, "truth", base);
        double[][] testX = optional(files, "testInputs", base);
        double[][] testY = optional(files, "testOutputs", base);
        return new RegressionData(paired, inputs, outputs, pairing, new LinearModel(false), truth, testX, testY);
    }

    private static Path required(Map<String, String> files, String role, Path base) {
        String f = files.get(role);
        if (f == null) {
            throw new IllegalArgumentException("data.files." + role + " is required by the csv generator");
        }
        return base.resolve(f);
    }

    private static double[][] optional(Map<String, String> files, String role, Path base) {
        String f = files.get(role);
        return f == null ? null : CsvFiles.readMatrix(base.resolve(f), role);
    }
}
