package org.otexplorer.io;

import java.nio.file.Path;
import java.util.Map;
import org.otexplorer.regression.RegressionData;
import org.otexplorer.regression.RegressionModel;
import org.otexplorer.regression.data.CsvData;
import org.otexplorer.regression.data.DataGenerators;

/**
 * The regression data a scenario describes: its generator at its seed ({@link DataGenerators}) or its CSV files
 * ({@link CsvData}, paths relative to the scenario's folder), refitted to the scenario's {@code regression.model}
 * and {@code intercept} when it names them (otherwise the generating model).
 */
public final class ScenarioData {
    private ScenarioData() {
    }

    /**
     * The data a regression scenario fits.
     *
     * @param base folder that CSV file names are relative to (the scenario's), or {@code null} for the working
     *             directory
     * @throws IllegalArgumentException when the scenario has no regression part, or for bad data parameters or files
     */
    public static RegressionData regressionData(Scenario scenario, Path base) {
        RegressionSpec regression = scenario.regression();
        if (regression == null) {
            throw new IllegalArgumentException("the scenario has no regression part");
        }
        RegressionData data = of(scenario.data(), scenario.seed(), base);
        if (regression.model() != null || regression.intercept()) {
            String model = regression.model() == null ? data.model().id() : regression.model();
            data = data.withModel(RegressionModel.create(model, regression.intercept()));
        }
        return data;
    }

    /** The data set of a data section: generated, or read from its CSV files. */
    public static RegressionData of(DataSpec spec, long seed, Path base) {
        if (!CsvData.ID.equals(spec.generator())) {
            return DataGenerators.create(spec.generatorSettings(), seed);
        }
        Map<String, String> files = spec.files();
        for (String role : files.keySet()) {
            if (!CsvData.ROLES.contains(role)) {
                throw new IllegalArgumentException("data.files." + role + " is not a known role; the roles are "
                        + CsvData.ROLES);
            }
        }
        Path dir = base == null ? Path.of("") : base;
        double[] pairing = files.containsKey("pairing")
                ? CsvFiles.readVector(dir.resolve(files.get("pairing")), "pairing") : null;
        return CsvData.of(required(files, "inputs", dir), required(files, "outputs", dir),
                optional(files, "pairedInputs", dir), pairing, optional(files, "truth", dir),
                optional(files, "testInputs", dir), optional(files, "testOutputs", dir));
    }

    private static double[][] required(Map<String, String> files, String role, Path dir) {
        String f = files.get(role);
        if (f == null) {
            throw new IllegalArgumentException("data.files." + role + " is required by the " + CsvData.ID
                    + " generator");
        }
        return CsvFiles.readMatrix(dir.resolve(f), role);
    }

    private static double[][] optional(Map<String, String> files, String role, Path dir) {
        String f = files.get(role);
        return f == null ? null : CsvFiles.readMatrix(dir.resolve(f), role);
    }
}
