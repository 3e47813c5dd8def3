package org.otexplorer.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Runs every background computation of the explorer: each analysis submits {@link Job}s on a named channel
 * ("transport.solve", "transport.spectrum", "race", …). On a channel the newest request wins: a submit cancels
 * the running job (through its {@link JobContext}) and replaces a waiting one, so a fast slider drag costs one
 * solve per frame the worker can manage. Channels run side by side on a shared pool. Progress and
 * intermediate results are throttled to about 30 a second; results, cancellations and errors (as messages) reach
 * the {@link JobListener} through the delivery executor, and events of replaced jobs are dropped.
 *
 * <p>Nothing here touches JavaFX: the UI passes {@code Platform::runLater} as the delivery executor, tests pass
 * a plain one.
 */
public final class ComputeService implements AutoCloseable {
    /** Progress at most about 30 times a second: one report per 60 Hz frame pair. */
    public static final long DEFAULT_PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(33);

    private final Executor delivery;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService workers = Executors.newCachedThreadPool(daemons("otx-compute"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons("otx-timer"));
    private final Map<String, Channel> channels = new HashMap<>();

    /** A service delivering events through {@code delivery} with the default throttle. */
    public ComputeService(Executor delivery) {
        this(delivery, System::nanoTime, DEFAULT_PROGRESS_INTERVAL_NANOS);
    }

    /** A service with its own clock and throttle interval (tests). */
    public ComputeService(Executor delivery, LongSupplier nanoClock, long intervalNanos) {
        this.delivery = delivery;
        this.nanoClock = nanoClock;
        this.intervalNanos = intervalNanos;
    }

    /**
     * Queues a job on a channel, cancelling the channel's running job and replacing a waiting one.
     *
     * @return the id the job's events carry
     */
    public <R> long submit(String channel, Job<R> job, JobListener<? super R> listener) {
        Run<R> run = new Run<>(ids.incrementAndGet(), job, listener);
        Channel c;
        synchronized (channels) {
            c = channels.computeIfAbsent(channel, k -> new Channel());
        }
        c.submit(run);
        return run.id;
    }

    /** Cancels the channel's running and waiting job; the newest reports {@code onCancelled}. */
    public void cancel(String channel) {
        Channel c;
        synchronized (channels) {
            c = channels.get(channel);
        }
        if (c != null) {
            c.cancel();
        }
    }

    /** Cancels every channel's work. */
    public void cancelAll() {
        List<Channel> all;
        synchronized (channels) {
            all = new ArrayList<>(channels.values());
        }
        all.forEach(Channel::cancel);
    }

    /** Whether a job is running or waiting on the channel. */
    public boolean isBusy(String channel) {
        Channel c;
        synchronized (channels) {
            c = channels.get(channel);
        }
        return c != null && c.isBusy();
    }

    /** Cancels everything and stops the threads. */
    @Override
    public void close() {
        cancelAll();
        workers.shutdownNow();
        timer.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** One channel: at most one running job and one waiting; the newest id owns the events. */
    private final class Channel {
        private Run<?> running;
        private Run<?> pending;
        private boolean draining;
        private volatile long newest;

        synchronized void submit(Run<?> run) {
            run.channel = this;
            newest = run.id;
            if (running != null) {
                running.cancel();
            }
            pending = run;
            if (!draining) {
                draining = true;
                workers.execute(this::drain);
            }
        }

        synchronized void cancel() {
            if (running != null) {
                running.cancel();
            }
            if (pending != null) {
                Run<?> dropped = pending;
                pending = null;
                dropped.deliver(() -> dropped.listener.onCancelled(dropped.id));
            }
        }

        synchronized boolean isBusy() {
            return draining;
        }

        private void drain() {
            while (true) {
                Run<?> run;
                synchronized (this) {
                    run = pending;
                    pending = null;
                    running = run;
                    if (run == null) {
                        draining = false;
                        return;
                    }
                }
                run.execute();
            }
        }
    }

    /** A job while it waits and runs: its id, cancellation flag, throttles and listener. */
    private final class Run<R> implements JobContext<R> {
        private final long id;
        private final Job<R> job;
        private final JobListener<? super R> listener;
        private final ProgressThrottle progress = new ProgressThrottle(nanoClock, intervalNanos);
        private final List<Runnable> cancelActions = new ArrayList<>();
        private Channel channel;
        private volatile boolean cancelled;
        private long startNanos;
        private java.util.function.Supplier<? extends R> latestPartial;
        private boolean flushScheduled;
        private boolean finished;
        private long lastFlushNanos = Long.MIN_VALUE;

        Run(long id, Job<R> job, JobListener<? super R> listener) {
            this.id = id;
            this.job = job;
            this.listener = listener;
        }

        void execute() {
            startNanos = nanoClock.getAsLong();
            try {
                R result = job.run(this);
                finish(() -> {
                    if (cancelled) {
                        listener.onCancelled(id);
                    } else {
                        listener.onResult(result);
                    }
                });
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                finish(() -> {
                    if (cancelled) {
                        listener.onCancelled(id);
                    } else {
                        listener.onError(id, message);
                    }
                });
            }
        }

        private synchronized void finish(Runnable event) {
            finished = true;
            deliver(event);
        }

        void deliver(Runnable event) {
            if (id != channel.newest) {
                return;
            }
            delivery.execute(() -> {
                if (id == channel.newest) {
                    event.run();
                }
            });
        }

        void cancel() {
            List<Runnable> actions;
            synchronized (this) {
                cancelled = true;
                actions = List.copyOf(cancelActions);
            }
            actions.forEach(Runnable::run);
        }

        @Override
        public long jobId() {
            return id;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void iteration(int iteration, double marginalError) {
            if (progress.tryEmit()) {
                ProgressUpdate update = new ProgressUpdate(id, iteration, marginalError,
                        (nanoClock.getAsLong() - startNanos) * 1e-9);
                deliver(() -> listener.onProgress(update));
            }
        }

        @Override
        public synchronized void publishLatest(java.util.function.Supplier<? extends R> partial) {
            latestPartial = partial;
            if (flushScheduled || finished) {
                return;
            }
            flushScheduled = true;
            long wait = lastFlushNanos == Long.MIN_VALUE ? 0
                    : Math.max(0, lastFlushNanos + intervalNanos - nanoClock.getAsLong());
            timer.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
        }

        private synchronized void flush() {
            flushScheduled = false;
            lastFlushNanos = nanoClock.getAsLong();
            java.util.function.Supplier<? extends R> made = latestPartial;
            latestPartial = null;
            if (made != null && !finished && !cancelled) {
                R partial = made.get();
                deliver(() -> listener.onPartial(partial));
            }
        }

        @Override
        public void onCancel(Runnable action) {
            boolean now;
            synchronized (this) {
                cancelActions.add(action);
                now = cancelled;
            }
            if (now) {
                action.run();
            }
        }

        @Override
        public Executor workers() {
            return workers;
        }
    }
}
