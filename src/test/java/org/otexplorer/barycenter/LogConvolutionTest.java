package org.otexplorer.barycenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.otexplorer.histogram.Grid;

/** The separable convolution against the dense log-sum-exp with the grid's full cost matrix. */
class LogConvolutionTest {
    @Test
    void separablePassesEqualTheDenseLogSumExp() {
        SplittableRandom rng = new SplittableRandom(5);
        for (Grid grid : new Grid[] {Grid.line(17), Grid.image(6, 7), Grid.image(9, 4)}) {
            double[][] c = grid.costMatrix();
            for (double eps : new double[] {1, 0.05, 1e-4}) {
                double[] phi = new double[grid.size()];
                for (int i = 0; i < phi.length; i++) {
                    phi[i] = rng.nextInt(5) == 0 ? Double.NEGATIVE_INFINITY : rng.nextDouble() - 0.5;
                }
                double[] out = new double[phi.length];
                new LogConvolution(grid).apply(eps, phi, out);
                for (int i = 0; i < phi.length; i++) {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < phi.length; j++) {
                        max = Math.max(max, phi[j] - c[i][j]);
                    }
                    double s = 0;
                    for (int j = 0; j < phi.length; j++) {
                        s += Math.exp((phi[j] - c[i][j] - max) / eps);
                    }
                    assertEquals(max + eps * Math.log(s), out[i], 1e-12, grid.rows() + "x" + grid.cols() + " eps " + eps);
                }
            }
        }
    }

    @Test
    void aLineOfZeroMassGivesMinusInfinityNotNaN() {
        Grid grid = Grid.image(3, 4);
        double[] phi = new double[12];
        java.util.Arrays.fill(phi, Double.NEGATIVE_INFINITY);
        phi[5] = 0;
        double[] out = new double[12];
        new LogConvolution(grid).apply(0.1, phi, out);
        for (int i = 0; i < 12; i++) {
            assertEquals(-grid.cost(i, 5), out[i], 1e-12);
        }
    }
}
