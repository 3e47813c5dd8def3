package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The heatmap's texels: one per cell up to 600 per side, above that each the largest entry of its block. */
class PooledGridTest {
    @Test
    void upToTheLimitEachCellIsATexelTopRowLast() {
        int rows = 3;
        int columns = 600;
        double[] values = new Random(1).doubles(rows * columns).toArray();
        PooledGrid grid = PooledGrid.of(rows, columns, values, false);
        assertEquals(1, grid.block());
        for (int i = 0; i < rows; i++) {
            double[] row = java.util.Arrays.copyOfRange(values, i * columns, (i + 1) * columns);
            assertArrayEquals(row, grid.z()[rows - 1 - i], 0, "plan row " + i + " is grid row " + (rows - 1 - i));
        }
    }

    /** A nearly sparse 1001 × 1000 plan: every heavy entry survives pooling, in its block, the last block partial. */
    @Test
    void aLargePlanKeepsEachBlocksLargestEntry() {
        int rows = 1001;
        int columns = 1000;
        double[] values = new double[rows * columns];
        Random random = new Random(7);
        for (int k = 0; k < values.length; k++) {
            values[k] = 1e-9 * random.nextDouble();
        }
        int[][] heavy = {{0, 0}, {517, 3}, {1000, 999}, {999, 998}};
        for (int[] e : heavy) {
            values[e[0] * columns + e[1]] = 0.5 + e[0];
        }
        PooledGrid grid = PooledGrid.of(rows, columns, values, false);
        assertEquals(2, grid.block());
        assertEquals(501, grid.z().length, "⌈1001 / 2⌉ texel rows");
        assertEquals(500, grid.z()[0].length);
        int top = grid.z().length - 1;
        assertEquals(0.5, grid.z()[top][0], 0, "entry (0, 0) in the top-left texel");
        assertEquals(517.5, grid.z()[top - 258][1], 0, "entry (517, 3) in texel (258, 1)");
        assertEquals(1000.5, grid.z()[0][499], 0, "the last row, alone in its block");
        assertEquals(999.5, grid.z()[1][499], 0, "rows 998-999: the larger of its entries");
        double[] sample = grid.z()[100];
        for (double v : sample) {
            assertEquals(true, v >= 0 && v < 1e-9, "light blocks keep a light entry");
        }
    }

    @Test
    void signedValuesKeepTheEntryOfLargestMagnitude() {
        int n = 1200;
        double[] values = new double[n * n];
        values[0] = 0.1;
        values[1] = -0.3;
        values[n] = 0.2;
        PooledGrid grid = PooledGrid.of(n, n, values, true);
        assertEquals(2, grid.block());
        assertEquals(-0.3, grid.z()[grid.z().length - 1][0], 0);
        assertEquals(0, grid.z()[0][0], 0, "an all-zero block stays 0");
    }
}
