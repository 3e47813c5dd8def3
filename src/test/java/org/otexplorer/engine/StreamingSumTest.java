package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bench's bandwidth reference adds every entry once, whatever the split into blocks: a closed form. */
class StreamingSumTest {
    @Test
    void sumsEveryEntryOnceOnTheSweepsThreads() {
        for (int[] size : new int[][] {{1, 7}, {3, 5}, {1000, 1001}, {2001, 999}}) {
            int n = size[0];
            int m = size[1];
            double[][] rows = new double[n][m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    rows[i][j] = (double) i * m + j; // 0, 1, …, nm − 1: integers, so every partial sum is exact
                }
            }
            double count = (double) n * m;
            assertEquals(count * (count - 1) / 2, StreamingSum.sum(rows), 0, n + " x " + m);
        }
        assertEquals(0, StreamingSum.sum(new double[0][0]), 0);
    }
}
