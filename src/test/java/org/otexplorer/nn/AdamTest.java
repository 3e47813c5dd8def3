package org.otexplorer.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Adam's closed-form first steps, its convergence on a quadratic, seeded initialisation and bad input. */
class AdamTest {

    @Test
    void firstStepMovesEachValueByTheLearningRateAgainstItsGradientSign() {
        // t = 1: m̂ = g and v̂ = g², so Δθ = −lr g / (|g| + ε) exactly.
        Parameter p = new Parameter("p", new double[] {1.0, -2.0, 0.5});
        double[] g = {3.0, -0.25, 1e-3};
        System.arraycopy(g, 0, p.gradient(), 0, 3);
        new Adam(List.of(p), 0.1).step();
        for (int i = 0; i < 3; i++) {
            double expected = new double[] {1.0, -2.0, 0.5}[i] - 0.1 * g[i] / (Math.abs(g[i]) + 1e-8);
            assertEquals(expected, p.values()[i], 1e-15);
        }
    }

    @Test
    void secondStepFollowsTheBiasCorrectedMoments() {
        // With gradients g1 then g2: m̂ = (β1 g1 + g2)(1−β1)/(1−β1²), v̂ = (β2 g1² + g2²)(1−β2)/(1−β2²).
        double g1 = 2;
        double g2 = -1;
        Parameter p = new Parameter("p", new double[] {0});
        Adam adam = new Adam(List.of(p), 0.01);
        p.gradient()[0] = g1;
        adam.step();
        double afterFirst = -0.01 * g1 / (Math.abs(g1) + 1e-8);
        p.gradient()[0] = g2;
        adam.step();
        double mHat = (0.9 * g1 + g2) * 0.1 / (1 - 0.81);
        double vHat = (0.999 * g1 * g1 + g2 * g2) * 0.001 / (1 - 0.999 * 0.999);
        assertEquals(afterFirst - 0.01 * mHat / (Math.sqrt(vHat) + 1e-8), p.values()[0], 1e-15);
        assertEquals(2, adam.steps());
    }

    @Test
    void adamMinimisesAQuadratic() {
        double[] target = {3, -1, 0.25};
        Parameter p = new Parameter("p", new double[3]);
        Adam adam = new Adam(List.of(p), 0.05);
        for (int t = 0; t < 3000; t++) {
            for (int i = 0; i < 3; i++) {
                p.gradient()[i] = 2 * (p.values()[i] - target[i]);
            }
            adam.step();
        }
        assertArrayEquals(target, p.values(), 1e-3);
    }

    @Test
    void initialisationIsSeededAndWithinPyTorchsBounds() {
        Dense a = new Dense(32, 7, new SplittableRandom(5));
        Dense b = new Dense(32, 7, new SplittableRandom(5));
        assertArrayEquals(a.weights().values(), b.weights().values());
        double bound = 1 / Math.sqrt(32);
        double largest = 0;
        for (double w : a.weights().values()) {
            assertTrue(Math.abs(w) <= bound, "weight " + w + " outside ±1/sqrt(32)");
            largest = Math.max(largest, Math.abs(w));
        }
        assertTrue(largest > 0.8 * bound, "weights should fill the interval, largest " + largest);
    }

    @Test
    void badInputIsRejectedWithANamingMessage() {
        Dense dense = new Dense(2, 3, new SplittableRandom(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dense.forward(new double[5], 2));
        assertTrue(e.getMessage().contains("2 rows of 2 values, got 5"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new Dense(2, 3, new SplittableRandom(1)).backward(new double[3]));
        e = assertThrows(IllegalArgumentException.class,
                () -> new Sequential(new Dense(2, 3, new SplittableRandom(1)), new Relu(4)));
        assertTrue(e.getMessage().contains("layer 1 takes 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Adam(List.of(), 0));
        assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
        Parameter p = new Parameter("w", new double[] {1});
        p.gradient()[0] = Double.NaN;
        IllegalStateException nan = assertThrows(IllegalStateException.class, () -> new Adam(List.of(p), 0.1).step());
        assertTrue(nan.getMessage().contains("'w'"), nan.getMessage());
        assertEquals(1, p.values()[0]);
    }
}
