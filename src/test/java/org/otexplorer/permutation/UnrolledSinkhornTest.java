package org.otexplorer.permutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.otexplorer.nn.FiniteDifferences;

/**
 * Reverse mode through the unrolled log-domain normalisation against central differences of
 * {@code L(z) = Σ W ⊙ S^(L)(exp z)}, with a negative control that drops the normalisations' Jacobian.
 */
class UnrolledSinkhornTest {

    private static double[] random(int size, double scale, SplittableRandom rng) {
        double[] v = new double[size];
        for (int k = 0; k < size; k++) {
            v[k] = scale * rng.nextGaussian();
        }
        return v;
    }

    private static double weighted(double[] p, double[] w) {
        double s = 0;
        for (int k = 0; k < p.length; k++) {
            s += w[k] * p[k];
        }
        return s;
    }

    @Test
    void backwardMatchesCentralDifferences() {
        for (int iterations : new int[] {1, 3, 20}) {
            for (long seed = 1; seed <= 3; seed++) {
                int n = 4;
                SplittableRandom rng = new SplittableRandom(seed);
                double[] z = random(n * n, 2, rng);
                double[] w = random(n * n, 1, rng);
                UnrolledSinkhorn op = new UnrolledSinkhorn(n, iterations);
                op.forward(z);
                double[] analytic = op.backward(w);
                double[] numeric = FiniteDifferences.gradient(() -> weighted(op.forward(z), w), z, 1e-6);
                double error = FiniteDifferences.relativeError(analytic, numeric);
                assertTrue(error < 1e-7, "L = " + iterations + ", seed " + seed + ": relative error " + error);
            }
        }
    }

    @Test
    void ignoringTheNormalisationJacobianFailsTheSameCheck() {
        int n = 4;
        SplittableRandom rng = new SplittableRandom(7);
        double[] z = random(n * n, 2, rng);
        double[] w = random(n * n, 1, rng);
        UnrolledSinkhorn op = new UnrolledSinkhorn(n, 5);
        double[] p = op.forward(z).clone();
        double[] wrong = new double[n * n];
        for (int k = 0; k < wrong.length; k++) {
            wrong[k] = p[k] * w[k];   // the gradient of Σ W ⊙ exp(z): as if no normalisation happened
        }
        double[] numeric = FiniteDifferences.gradient(() -> weighted(op.forward(z), w), z, 1e-6);
        assertTrue(FiniteDifferences.relativeError(wrong, numeric) > 1e-2, "the check must catch it");
    }

    @Test
    void outputColumnsSumToOneAndTheRowErrorIsReported() {
        int n = 5;
        double[] z = random(n * n, 3, new SplittableRandom(3));
        double[] p = new UnrolledSinkhorn(n, 2).forward(z);
        double rowError = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            double column = 0;
            for (int j = 0; j < n; j++) {
                row += p[i * n + j];
                column += p[j * n + i];
            }
            assertEquals(1, column, 1e-14);
            rowError = Math.max(rowError, Math.abs(1 - row));
        }
        assertEquals(rowError, UnrolledSinkhorn.rowError(p, n), 1e-15);
        assertTrue(rowError > 1e-3, "two iterations leave the rows unnormalised at this spread: " + rowError);
    }
}
