package org.otexplorer.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * For the redraw benchmarks: watches the FX pulses, so that a latency can be measured to the pixels on screen —
 * up to the pulse after the one in whose layout a view was drawn — and the longest gap between pulses (the window
 * stays live). Start it on the FX thread.
 */
public final class PulseClock extends AnimationTimer {
    private BooleanSupplier condition;
    private boolean seen;
    private long result;
    private CountDownLatch done;
    private long previous;
    private long longestGap;

    @Override
    public void handle(long now) {
        long t = System.nanoTime();
        if (previous != 0) {
            longestGap = Math.max(longestGap, t - previous);
        }
        previous = t;
        if (condition == null) {
            return;
        }
        if (seen) {
            result = t;
            condition = null;
            done.countDown();
        } else if (condition.getAsBoolean()) {
            seen = true; // drawn in this pulse's layout; its pixels are out by the next pulse
        }
    }

    /** The time of the pulse after the one in which {@code drawn} first held (its pixels are out by then). */
    public long awaitPulseAfter(BooleanSupplier drawn) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            condition = drawn;
            seen = false;
            done = latch;
        });
        if (!latch.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the panel did not draw within a minute");
        }
        return result;
    }

    /** Forgets the longest gap seen so far. */
    public void resetGaps() {
        Platform.runLater(() -> longestGap = 0);
    }

    /** The longest gap between two FX pulses since the last reset, in milliseconds. */
    public double longestGapMillis() {
        return longestGap * 1e-6;
    }
}
