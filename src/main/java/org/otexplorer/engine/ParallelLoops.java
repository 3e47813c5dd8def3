package org.otexplorer.engine;

/**
 * Splits a loop over rows into contiguous blocks run on a small fixed pool of daemon threads (one per
 * core; the calling thread runs the first block itself; {@link SpinningWorkers}, whose hand-over costs about a
 * microsecond where an executor's cost 40). The O(nm) sweeps of the solvers use it so each thread streams its own
 * rows of the row-major matrices.
 */
final class ParallelLoops {
    /** Worker count: one per core. */
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /**
     * Below this many matrix entries per block, a sweep runs on the calling thread only: n = m ≤ 362 on one thread,
     * n = m = 500 on two. In the explorer a step at n = 300 ran its solve faster on one thread (sinkhorn 9.5 against
     * 17 ms, robust 16 against 33, one run each, 2 cores): the FX and render threads draw the previous step meanwhile,
     * and a second sweep thread waits for a core. Alone, two threads win from about n = 500 (0.080 against 0.103 ms
     * per scaling iteration). The same holds for the sweeps that take an exp per entry, though an entry there costs
     * ten times a streamed one (4.3 against 0.43 ns at n = 300): given two threads from n = 115, the window's step at
     * n = 300 took longer (unbalanced 140 and 170 against 109 ms, sinkhorn-log 108 and 128 against 97 and 112, two
     * runs each, {@code WindowLatencyBenchmark n300}).
     */
    private static final int MIN_ENTRIES_PER_BLOCK = 1 << 16;
    private static final SpinningWorkers WORKERS = THREADS == 1 ? null : new SpinningWorkers(THREADS - 1);

    private ParallelLoops() {
    }

    /** The body of a blocked loop: rows {@code [from, to)}, handled as block number {@code block}. */
    @FunctionalInterface
    interface RowBlock {
        void run(int block, int from, int to);
    }

    /** How many blocks a sweep over {@code rows × cols} entries uses (at most {@link #THREADS}). */
    static int blocks(int rows, int cols) {
        long entries = (long) rows * cols;
        int byWork = (int) Math.max(1, entries / MIN_ENTRIES_PER_BLOCK);
        return Math.max(1, Math.min(Math.min(THREADS, byWork), rows));
    }

    /**
     * Runs {@code body} over {@code [0, rows)} in {@code blocks} contiguous blocks and waits for all; a block's
     * exception is rethrown. While another thread's loop has the workers, the calling thread runs every block.
     */
    static void forBlocks(int rows, int blocks, RowBlock body) {
        if (blocks <= 1 || WORKERS == null) {
            body.run(0, 0, rows);
            return;
        }
        WORKERS.run(rows, blocks, body);
    }

    /** The first row of block {@code block} of {@code blocks} over {@code rows} rows. */
    static int start(int rows, int blocks, int block) {
        return (int) ((long) rows * block / blocks);
    }
}
