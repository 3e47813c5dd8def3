package org.otexplorer.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otexplorer.regression.data.DataGenerators;
import org.otexplorer.regression.data.GeneratorSettings;

class LossLandscapeTest {
    private static RegressionData sensing(int d) {
        return DataGenerators.create(new GeneratorSettings("unlabeled-sensing", 60, null, d, 0.05, 1.0, 0.0, Map.of()), 4);
    }

    @Test
    void gridValuesAreTheBestPairingResidualAndTheTruthLiesInALowValley() {
        RegressionData data = sensing(2);
        LossLandscape landscape = LossLandscape.compute(data, 31);
        double[] truth = landscape.truth();
        assertTrue(landscape.theta1()[0] < truth[0] && truth[0] < landscape.theta1()[30], "window holds the truth");
        assertTrue(landscape.theta2()[0] < truth[1] && truth[1] < landscape.theta2()[30], "window holds the truth");
        // Spot-check one grid value against a brute-force sorted pairing computed here.
        double[][] theta = {{landscape.theta1()[7]}, {landscape.theta2()[19]}};
        double[] predictions = java.util.Arrays.stream(data.inputs())
                .mapToDouble(z -> z[0] * theta[0][0] + z[1] * theta[1][0]).sorted().toArray();
        double[] outputs = java.util.Arrays.stream(data.outputs()).mapToDouble(y -> y[0]).sorted().toArray();
        double expected = 0;
        for (int i = 0; i < predictions.length; i++) {
            expected += (predictions[i] - outputs[i]) * (predictions[i] - outputs[i]) / predictions.length;
        }
        assertEquals(expected, landscape.loss()[19][7], 1e-12 * (1 + expected));
        // The loss at the truth is the noise level: far below the median of the grid.
        double atTruth = Metrics.bestPairingResidual(data, data.trueParameters());
        double[] all = java.util.Arrays.stream(landscape.loss()).flatMapToDouble(java.util.Arrays::stream).sorted()
                .toArray();
        assertTrue(atTruth < 0.05 * all[all.length / 2], "truth " + atTruth + " vs median " + all[all.length / 2]);
    }

    @Test
    void onlyTwoParameterLinearModelsOnOneToOneDataHaveALandscape() {
        assertTrue(LossLandscape.applies(sensing(2)));
        assertFalse(LossLandscape.applies(sensing(3)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LossLandscape.compute(sensing(3), 10));
        assertTrue(e.getMessage().contains("3 parameters"), e.getMessage());
    }
}
