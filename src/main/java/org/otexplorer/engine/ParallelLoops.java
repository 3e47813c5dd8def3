package org.otexplorer.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits a loop over rows into contiguous blocks run on a small fixed pool of daemon threads (one per
 * core; the calling thread runs the first block itself). The O(nm) sweeps of the solvers use it so each
 * thread streams its own rows of the row-major matrices.
 */
final class ParallelLoops {
    /** Worker count: one per core. */
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Below this many matrix entries per block, a sweep runs on the calling thread only. */
    private static final int MIN_ENTRIES_PER_BLOCK = 1 << 15;
    private static final ExecutorService POOL = THREADS == 1 ? null : Executors.newFixedThreadPool(THREADS - 1, r -> {
        Thread t = new Thread(r, "ot-engine-worker");
        t.setDaemon(true);
        return t;
    });

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

    /** Runs {@code body} over {@code [0, rows)} in {@code blocks} contiguous blocks and waits for all. */
    static void forBlocks(int rows, int blocks, RowBlock body) {
        if (blocks <= 1 || POOL == null) {
            body.run(0, 0, rows);
            return;
        }
        @SuppressWarnings("unchecked")
        Future<?>[] futures = new Future<?>[blocks - 1];
        for (int b = 1; b < blocks; b++) {
            final int block = b;
            futures[b - 1] = POOL.submit(() -> body.run(block, start(rows, blocks, block), start(rows, blocks, block + 1)));
        }
        body.run(0, 0, start(rows, blocks, 1));
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a solver sweep", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static int start(int rows, int blocks, int block) {
        return (int) ((long) rows * block / blocks);
    }
}
