package org.otexplorer.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.otexplorer.engine.StopReason;

/**
 * Runs all of the explorer's computation on one background worker thread. Each {@link #submit} cancels the
 * running request (through its {@link org.otexplorer.engine.SolverMonitor}) and replaces any waiting one,
 * so a fast slider drag costs one solve per frame the worker can manage, not one per mouse event. Events
 * reach the {@link ExplorerListener} through the delivery executor; those of replaced requests are dropped.
 *
 * <p>Nothing here touches JavaFX: the UI passes {@code Platform::runLater} as the delivery executor, tests
 * pass a plain one.
 */
public final class ExplorerService implements AutoCloseable {
    /** Progress at most about 30 times a second: one report per 60 Hz frame pair. */
    public static final long DEFAULT_PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(33);

    private final NewestOnlyDelivery newest;
    private final ExplorerListener listener;
    private final LongSupplier nanoClock;
    private final long progressIntervalNanos;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "otx-compute");
        t.setDaemon(true);
        return t;
    });
    private final TransportRun transportRun = new TransportRun();
    private final Object lock = new Object();
    private ComputeJob pending;
    private ComputeJob running;
    private boolean draining;

    /** A service delivering events through {@code delivery} with the default progress throttle. */
    public ExplorerService(Executor delivery, ExplorerListener listener) {
        this(delivery, listener, System::nanoTime, DEFAULT_PROGRESS_INTERVAL_NANOS);
    }

    /** A service with its own clock and progress interval (tests). */
    public ExplorerService(Executor delivery, ExplorerListener listener, LongSupplier nanoClock,
                           long progressIntervalNanos) {
        this.newest = new NewestOnlyDelivery(delivery);
        this.listener = listener;
        this.nanoClock = nanoClock;
        this.progressIntervalNanos = progressIntervalNanos;
    }

    /**
     * Queues a request, cancelling the running one and replacing a waiting one.
     *
     * @return the request id that the events for it carry
     */
    public long submit(ComputeRequest request) {
        long id = newest.next();
        ComputeJob job = new ComputeJob(id, request, nanoClock, progressIntervalNanos, this::deliverProgress);
        synchronized (lock) {
            if (running != null) {
                running.cancel();
            }
            pending = job;
            if (!draining) {
                draining = true;
                worker.execute(this::drain);
            }
        }
        return id;
    }

    /** Cancels the running and the waiting request; the newest one reports {@code onCancelled}. */
    public void cancel() {
        synchronized (lock) {
            if (running != null) {
                running.cancel();
            }
            if (pending != null) {
                ComputeJob dropped = pending;
                pending = null;
                newest.deliver(dropped.id(), () -> listener.onCancelled(dropped.id()));
            }
        }
    }

    /** Whether a request is running or waiting. */
    public boolean isBusy() {
        synchronized (lock) {
            return draining;
        }
    }

    /** Cancels everything and stops the worker thread. */
    @Override
    public void close() {
        cancel();
        worker.shutdownNow();
    }

    private void drain() {
        while (true) {
            ComputeJob job;
            synchronized (lock) {
                job = pending;
                pending = null;
                running = job;
                if (job == null) {
                    draining = false;
                    return;
                }
            }
            run(job);
        }
    }

    private void run(ComputeJob job) {
        long id = job.id();
        ComputeRequest request = job.request();
        try {
            job.markStarted();
            TransportRun.Solved solved = transportRun.solve(request.scenario(), request.baseDirectory(), job);
            if (solved.result().stopReason() == StopReason.CANCELLED) {
                newest.deliver(id, () -> listener.onCancelled(id));
                return;
            }
            SolveView view = SolveViews.of(id, solved);
            newest.deliver(id, () -> listener.onSolved(view));
            if (request.withSpectrum() && view.f() != null && !job.isCancelled()) {
                SpectrumView spectrum = SpectrumAnalysis.analyse(id, solved.problem(), solved.result(),
                        request.scenario().view().spectrumThreshold());
                newest.deliver(id, () -> listener.onSpectrum(spectrum));
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            newest.deliver(id, () -> listener.onError(id, message));
        }
    }

    private void deliverProgress(ProgressUpdate update) {
        newest.deliver(update.requestId(), () -> listener.onProgress(update));
    }
}
