package org.otexplorer.engine;

/**
 * The bandwidth reference of {@code otx bench}: a plain sum over a matrix stored as the scaling sweep stores its
 * kernel (one array per row), in one pass, split into the same row blocks on the same threads as the sweep
 * ({@link ParallelLoops}). A loop that does nothing but load and add shows what the memory system gives the
 * sweep's threads; the sweep's GB/s is read against it (issue 13 §2: at least 80 % where the kernel does not fit in
 * cache). A single-threaded sum would flatter a sweep that runs on every core.
 */
public final class StreamingSum {
    private StreamingSum() {
    }

    /** {@code Σ_ij rows[i][j]}, each block of rows summed on its own thread with four independent accumulators. */
    public static double sum(double[][] rows) {
        int n = rows.length;
        int m = n == 0 ? 0 : rows[0].length;
        int blocks = threadsFor(n, m);
        double[] partial = new double[blocks];
        ParallelLoops.forBlocks(n, blocks, (block, from, to) -> {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int i = from; i < to; i++) {
                double[] row = rows[i];
                int j = 0;
                for (; j + 3 < row.length; j += 4) {
                    s0 += row[j];
                    s1 += row[j + 1];
                    s2 += row[j + 2];
                    s3 += row[j + 3];
                }
                for (; j < row.length; j++) {
                    s0 += row[j];
                }
            }
            partial[block] = (s0 + s1) + (s2 + s3);
        });
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return total;
    }

    /** How many threads the sum, and the scaling sweep, use for an {@code n × m} matrix. */
    public static int threadsFor(int n, int m) {
        return ParallelLoops.blocks(n, m);
    }
}
