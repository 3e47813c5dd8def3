package org.otexplorer.regression.data;

import java.util.Arrays;
import org.otexplorer.regression.LinearModel;
import org.otexplorer.regression.RegressionData;

/**
 * The user's own data, as read from CSV files by {@code io} (the scenario's {@code data.files}): {@code inputs}
 * (m×e, the unpaired z's) and {@code outputs} (n×q, shuffled) are required; optional are {@code pairedInputs}
 * (n×d, aligned with the outputs), {@code pairing} (the input row of each output, −1 for none), {@code truth} (the
 * true parameters, for the parameter error) and {@code testInputs} with {@code testOutputs} (full rows [x, z],
 * for the test error). Without a pairing the oracle cannot run; without truth or test set those metrics are left
 * out.
 */
public final class CsvData {
    /** The generator id of scenario files. */
    public static final String ID = "regression-csv";
    /** The file roles the generator reads. */
    public static final java.util.List<String> ROLES = java.util.List.of("inputs", "outputs", "pairedInputs",
            "pairing", "truth", "testInputs", "testOutputs");

    private CsvData() {
    }

    /**
     * The data set of the arrays read from the files.
     *
     * @param paired  the paired inputs, or {@code null} for none
     * @param pairing the input row of each output (−1: none), or {@code null} for none at all
     * @param truth   the true parameters, or {@code null}
     * @param testX   the test inputs, or {@code null}
     * @param testY   the test outputs, or {@code null}
     * @throws IllegalArgumentException when the pairing does not fit the outputs
     */
    public static RegressionData of(double[][] inputs, double[][] outputs, double[][] paired, double[] pairing,
                                    double[][] truth, double[][] testX, double[][] testY) {
        int n = outputs.length;
        int[] rows = new int[n];
        Arrays.fill(rows, -1);
        if (pairing != null) {
            if (pairing.length != n) {
                throw new IllegalArgumentException("data.files.pairing has " + pairing.length + " entries for " + n
                        + " outputs");
            }
            for (int i = 0; i < n; i++) {
                if (pairing[i] != Math.rint(pairing[i])) {
                    throw new IllegalArgumentException("data.files.pairing entry " + i + " is not an integer: "
                            + pairing[i]);
                }
                rows[i] = (int) pairing[i];
            }
        }
        return new RegressionData(paired == null ? new double[n][0] : paired, inputs, outputs, rows,
                new LinearModel(false), truth, testX, testY);
    }
}
