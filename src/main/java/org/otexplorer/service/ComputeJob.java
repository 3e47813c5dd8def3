package org.otexplorer.service;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.otexplorer.engine.SolverMonitor;

/**
 * One submitted request while it waits and runs: its id, its cancellation flag (read by the solver through
 * {@link SolverMonitor#isCancelled()}) and its throttled progress stream.
 */
final class ComputeJob implements SolverMonitor {
    private final long id;
    private final ComputeRequest request;
    private final ProgressThrottle throttle;
    private final LongSupplier nanoClock;
    private final Consumer<ProgressUpdate> progressSink;
    private volatile boolean cancelled;
    private long startNanos;

    ComputeJob(long id, ComputeRequest request, LongSupplier nanoClock, long intervalNanos,
               Consumer<ProgressUpdate> progressSink) {
        this.id = id;
        this.request = request;
        this.nanoClock = nanoClock;
        this.throttle = new ProgressThrottle(nanoClock, intervalNanos);
        this.progressSink = progressSink;
    }

    long id() {
        return id;
    }

    ComputeRequest request() {
        return request;
    }

    void markStarted() {
        startNanos = nanoClock.getAsLong();
    }

    void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void iteration(int iteration, double marginalError) {
        if (throttle.tryEmit()) {
            progressSink.accept(new ProgressUpdate(id, iteration, marginalError,
                    (nanoClock.getAsLong() - startNanos) * 1e-9));
        }
    }
}
