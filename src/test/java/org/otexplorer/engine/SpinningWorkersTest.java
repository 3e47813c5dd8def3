package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The hand-over of {@link SpinningWorkers}: every row of every loop is run exactly once, by its block, whether the
 * workers are spinning or parked; a block's exception reaches the caller only after every block has ended; loops
 * from several threads at once all come out right.
 */
class SpinningWorkersTest {
    /** Three workers, so that four blocks run at once whatever this machine's core count. */
    private final SpinningWorkers workers = new SpinningWorkers(3);

    @Test
    void everyRowRunsOnceInItsBlockWhetherTheWorkersSpinOrSleep() throws InterruptedException {
        int rows = 103;
        for (int round = 0; round < 4000; round++) {
            int blocks = 1 + round % 4;
            int[] runs = new int[rows];
            int[] blockOf = new int[rows];
            workers.run(rows, blocks, (block, from, to) -> {
                for (int i = from; i < to; i++) {
                    runs[i]++;
                    blockOf[i] = block;
                }
            });
            for (int i = 0; i < rows; i++) {
                assertEquals(1, runs[i], "row " + i + " in round " + round);
                assertEquals(expectedBlock(i, rows, blocks), blockOf[i], "block of row " + i + " in round " + round);
            }
            if (round % 500 == 0) {
                Thread.sleep(2 * SpinningWorkers.SPIN_NANOS / 1_000_000 + 2); // the workers park: they must wake
            }
        }
    }

    private static int expectedBlock(int row, int rows, int blocks) {
        for (int b = blocks - 1; b >= 0; b--) {
            if (row >= ParallelLoops.start(rows, blocks, b)) {
                return b;
            }
        }
        throw new AssertionError(row);
    }

    @Test
    void aWorkersExceptionReachesTheCallerAndTheWorkersStayUsable() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> workers.run(40, 4,
                (block, from, to) -> {
                    if (block == 2) {
                        throw new IllegalArgumentException("block 2 failed");
                    }
                }));
        assertEquals("block 2 failed", thrown.getMessage());
        double[] sums = new double[4];
        workers.run(40, 4, (block, from, to) -> sums[block] = to - from);
        assertArrayEquals(new double[] {10, 10, 10, 10}, sums);
    }

    @Test
    void theCallersOwnExceptionWaitsForTheOtherBlocks() {
        AtomicBoolean slowBlockEnded = new AtomicBoolean();
        AssertionError thrown = assertThrows(AssertionError.class, () -> workers.run(8, 2, (block, from, to) -> {
            if (block == 0) {
                throw new AssertionError("block 0 failed");
            }
            sleep(30);
            slowBlockEnded.set(true);
        }));
        assertEquals("block 0 failed", thrown.getMessage());
        assertTrue(slowBlockEnded.get(), "the caller returned while block 1 still ran");
    }

    @Test
    void aCheckedFailureIsWrappedNotLost() {
        Exception checked = new Exception("checked");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> workers.run(4, 2,
                (block, from, to) -> {
                    if (block == 1) {
                        sneakyThrow(checked);
                    }
                }));
        assertSame(checked, thrown.getCause());
    }

    @Test
    void loopsFromSeveralThreadsAtOnceAllComeOutRight() throws InterruptedException {
        int threads = 4;
        int rows = 200;
        AtomicReference<String> wrong = new AtomicReference<>();
        List<Thread> callers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread caller = new Thread(() -> {
                for (int round = 0; round < 2000 && wrong.get() == null; round++) {
                    long[] partial = new long[4];
                    workers.run(rows, 4, (block, from, to) -> {
                        for (int i = from; i < to; i++) {
                            partial[block] += i + offset;
                        }
                    });
                    long total = partial[0] + partial[1] + partial[2] + partial[3];
                    long expected = (long) rows * (rows - 1) / 2 + (long) rows * offset;
                    if (total != expected) {
                        wrong.compareAndSet(null, "caller " + offset + " round " + round + ": " + total + " != " + expected);
                    }
                }
            });
            callers.add(caller);
            caller.start();
        }
        for (Thread caller : callers) {
            caller.join(60_000);
        }
        assertNull(wrong.get());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
