package org.otexplorer.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The worker threads of {@link ParallelLoops}: one per core but the caller's, each handed its block through a slot
 * it watches, spinning for {@value #SPIN_NANOS} ns after every block before it parks.
 *
 * <p>It exists because a solve hands out a block per sweep, hundreds of times per solve, and on this project's
 * machine (2 virtual cores) an executor's hand-off (queue, unpark, wake-up, future) cost about 40 µs each way:
 * more than a whole sweep at n = m = 300, which then ran 1.8× slower on two threads than on one. A worker still
 * spinning when the next sweep comes takes its block within about a microsecond; one that parked is woken as an
 * executor's would be. The caller waits for the blocks by spinning too, then by short parks, so a worker the
 * operating system put aside costs no busy core.
 *
 * <p>One sweep at a time uses the workers: a second thread that calls {@link #run} meanwhile (the spectrum's analysis
 * beside a solve) runs its blocks itself, in order, as on one core.
 */
final class SpinningWorkers {
    /** How long a worker spins for its next block before it parks. */
    static final long SPIN_NANOS = 100_000;
    /** How long the caller spins for the workers' blocks before it waits in short parks. */
    private static final long CALLER_SPIN_NANOS = 1_000_000;
    private static final long CALLER_PARK_NANOS = 20_000;

    private final Slot[] slots;
    private final AtomicBoolean inUse = new AtomicBoolean();

    /** {@code count} daemon workers named {@code ot-engine-worker-k}. */
    SpinningWorkers(int count) {
        slots = new Slot[count];
        for (int k = 0; k < count; k++) {
            slots[k] = new Slot();
            Thread t = new Thread(slots[k]::serve, "ot-engine-worker-" + (k + 1));
            t.setDaemon(true);
            slots[k].thread = t;
            t.start();
        }
    }

    /**
     * Runs blocks {@code 0 … blocks−1} of {@code body} over rows {@code [0, rows)}, block 0 on the calling thread and
     * the others on the workers, and returns when all are done; a block's exception is rethrown here (block 0's,
     * else the lowest-numbered failed block's) once every block has ended. With {@code blocks − 1} more than the
     * workers, or the workers busy with another caller's sweep, the calling thread runs every block.
     */
    void run(int rows, int blocks, ParallelLoops.RowBlock body) {
        if (blocks - 1 > slots.length || !inUse.compareAndSet(false, true)) {
            for (int b = 0; b < blocks; b++) {
                body.run(b, ParallelLoops.start(rows, blocks, b), ParallelLoops.start(rows, blocks, b + 1));
            }
            return;
        }
        Throwable first = null;
        try {
            for (int b = 1; b < blocks; b++) {
                slots[b - 1].post(body, b, ParallelLoops.start(rows, blocks, b), ParallelLoops.start(rows, blocks, b + 1));
            }
            try {
                body.run(0, 0, ParallelLoops.start(rows, blocks, 1));
            } catch (Throwable t) {
                first = t; // reported once every posted block is done, so that no worker still runs one
            }
            for (int b = 1; b < blocks; b++) {
                Throwable failed = slots[b - 1].awaitDone();
                if (first == null) {
                    first = failed;
                }
            }
        } finally {
            inUse.set(false);
        }
        if (first instanceof RuntimeException re) {
            throw re;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
    }

    /** One worker's hand-over point: the block posted to it, and when it is done. */
    private static final class Slot {
        private Thread thread;
        private ParallelLoops.RowBlock body;
        private int block;
        private int from;
        private int to;
        private Throwable failure;
        /** Blocks posted so far; written after the fields above, which it publishes. */
        private volatile long posted;
        /** Blocks finished so far; written after {@link #failure}, which it publishes. */
        private volatile long finished;
        /** Whether the worker is parked or about to park (the poster then unparks it). */
        private volatile boolean sleeping;

        /** Hands the worker one block (the caller owns the workers; the previous block is done). */
        void post(ParallelLoops.RowBlock work, int blockNumber, int first, int end) {
            body = work;
            block = blockNumber;
            from = first;
            to = end;
            failure = null;
            posted = posted + 1;
            if (sleeping) {
                LockSupport.unpark(thread);
            }
        }

        /** Waits for the posted block; its exception or {@code null}. */
        Throwable awaitDone() {
            long target = posted;
            long spinUntil = System.nanoTime() + CALLER_SPIN_NANOS;
            while (finished != target) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(CALLER_PARK_NANOS);
                }
            }
            Throwable t = failure;
            body = null; // the sweep's lambda holds its arrays: do not keep them alive
            return t;
        }

        /** The worker's loop: wait for a block (spinning, then parked), run it, say it is done. */
        void serve() {
            long done = 0;
            while (true) {
                awaitPosted(done);
                try {
                    body.run(block, from, to);
                } catch (Throwable t) {
                    failure = t;
                }
                done++;
                finished = done;
            }
        }

        private void awaitPosted(long done) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (posted == done) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                    continue;
                }
                sleeping = true;
                // Re-read after announcing sleep: a post that saw sleeping == false was made before this read.
                if (posted == done) {
                    LockSupport.park(this);
                }
                sleeping = false;
                spinUntil = System.nanoTime() + SPIN_NANOS;
            }
        }
    }
}
