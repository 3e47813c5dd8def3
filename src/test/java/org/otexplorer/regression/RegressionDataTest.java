package org.otexplorer.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otexplorer.regression.data.DataGenerators;
import org.otexplorer.regression.data.GeneratorSettings;

class RegressionDataTest {
    static GeneratorSettings sensing(int n, double shuffle) {
        return new GeneratorSettings("unlabeled-sensing", n, null, 3, 0.0, shuffle, 0.0, Map.of("snr", 100.0));
    }

    @Test
    void sameSeedGivesTheSameDataAndAnotherSeedDoesNot() {
        RegressionData a = DataGenerators.create(sensing(30, 0.5), 4);
        RegressionData b = DataGenerators.create(sensing(30, 0.5), 4);
        RegressionData c = DataGenerators.create(sensing(30, 0.5), 5);
        assertArrayEquals(a.outputs()[7], b.outputs()[7]);
        assertArrayEquals(a.pairing(), b.pairing());
        assertTrue(a.outputs()[7][0] != c.outputs()[7][0]);
    }

    @Test
    void shuffleFractionBoundsTheRowsThatLoseTheirPartner() {
        for (double fraction : new double[] {0, 0.3, 1}) {
            RegressionData d = DataGenerators.create(sensing(100, fraction), 1);
            int moved = 0;
            for (int i = 0; i < 100; i++) {
                moved += d.pairing()[i] != i ? 1 : 0;
            }
            assertTrue(moved <= Math.floor(fraction * 100), "moved " + moved + " at fraction " + fraction);
            if (fraction == 1) {
                assertTrue(moved > 80, "a full shuffle moves nearly every row");
            }
        }
    }

    @Test
    void alignedOutputsAreTheNoisyLinearResponses() {
        // SNR = 1e12: the noise is negligible, so aligned outputs equal X W* to high accuracy.
        GeneratorSettings spec = new GeneratorSettings("unlabeled-sensing", 40, null, 3, 0.0, 1.0, 0.0, Map.of("snr", 1e12));
        RegressionData d = DataGenerators.create(spec, 2);
        double[][] exact = LinearAlgebra.multiply(d.inputs(), d.trueParameters());
        double[][] aligned = d.alignedOutputs();
        for (int i = 0; i < 40; i++) {
            assertEquals(exact[i][0], aligned[i][0], 1e-5);
        }
    }

    @Test
    void gaussianMixtureHasTheRequestedShapes() {
        GeneratorSettings spec = new GeneratorSettings("gaussian-mixture", 30, null, 5, 0.2, 1.0, 0.0, Map.of("responses", 2.0));
        RegressionData d = DataGenerators.create(spec, 3);
        assertEquals(5, d.features());
        assertEquals(2, d.responses());
        assertEquals(30, d.testInputs().length);
    }

    @Test
    void invalidGeneratorParametersAreRejectedWithANamingMessage() {
        assertThrows(IllegalArgumentException.class, () -> DataGenerators.create(sensing(0, 0.5), 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataGenerators.create(sensing(10, 1.5), 1));
        assertTrue(e.getMessage().contains("shuffleFraction"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DataGenerators.create(new GeneratorSettings("nope", 10, null, 3, 0.0, 0.5, 0.0, null), 1));
        assertTrue(e.getMessage().contains("data.generator"), e.getMessage());
    }
}
