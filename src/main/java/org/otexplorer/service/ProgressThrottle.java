package org.otexplorer.service;

import java.util.function.LongSupplier;

/**
 * Lets at most one report through per interval, so a solver doing thousands of iterations a second does
 * not flood the FX thread. Used by one worker thread at a time.
 */
final class ProgressThrottle {
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private long lastEmitted;
    private boolean emittedAny;

    ProgressThrottle(LongSupplier nanoClock, long intervalNanos) {
        this.nanoClock = nanoClock;
        this.intervalNanos = intervalNanos;
    }

    /** Whether a report may go out now; if so, the interval restarts. */
    boolean tryEmit() {
        long now = nanoClock.getAsLong();
        if (emittedAny && now - lastEmitted < intervalNanos) {
            return false;
        }
        emittedAny = true;
        lastEmitted = now;
        return true;
    }
}
