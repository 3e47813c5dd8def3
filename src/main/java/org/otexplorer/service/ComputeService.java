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
 * solve per frame the worker can manage. A channel may be given a patience ({@link #setPatience}): a running job
 * younger than it is not cancelled by a newer request but finishes first, and one older than it, once superseded,
 * is cut short and its result (the iterate it stopped at) still delivered, so that during a drag of solves slower
 * than the drag's events a picture still appears at least every patience. Channels run side by side on a shared pool. Progress and
 * intermediate results are throttled to about 30 a second; results, cancellations and errors (as messages) reach
 * the {@link JobListener} through the delivery executor, and events of replaced (cancelled) jobs are dropped.
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

    /**
     * Gives a channel a patience: a running job younger than {@code patience} is not cancelled by a newer request
     * (the newer one waits, replacing any older waiting one); a superseded job that runs past it is cut short:
     * its context reports cancelled, and what it returns (the iterate it stopped at) is delivered as its result.
     * Zero (the default) is plain newest-wins. {@link #cancel} still cancels at once.
     */
    public void setPatience(String channel, java.time.Duration patience) {
        if (patience.isNegative()) {
            throw new IllegalArgumentException("a patience cannot be negative: " + patience);
        }
        synchronized (channels) {
            channels.computeIfAbsent(channel, k -> new Channel()).patienceNanos = patience.toNanos();
        }
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
        private volatile long patienceNanos;

        synchronized void submit(Run<?> run) {
            run.channel = this;
            newest = run.id;
            if (running != null && !running.withinPatience()) {
                running.supersede();
            }
            pending = run;
            if (!draining) {
                draining = true;
                workers.execute(this::drain);
            }
        }

        synchronized void cancel() {
            if (running != null) {
                running.cutShort = false; // asked for: nothing of it is shown
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

        /** Whether a newer request waits behind the running job. */
        synchronized boolean superseded() {
            return pending != null;
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
        private volatile boolean cutShort;
        private volatile long startNanos;
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
                    if (cancelled && !cutShort) {
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
            if (!delivered()) {
                return;
            }
            delivery.execute(() -> {
                if (delivered()) {
                    event.run();
                }
            });
        }

        /** The newest job's events are delivered, and a superseded one's under a patience unless cancelled. */
        private boolean delivered() {
            return id == channel.newest || (channel.patienceNanos > 0 && (!cancelled || cutShort));
        }

        /** Still within the channel's patience: a newer request does not cancel it. */
        boolean withinPatience() {
            long patience = channel.patienceNanos;
            return patience > 0 && nanoClock.getAsLong() - startNanos < patience;
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
            if (!cancelled && channel.patienceNanos > 0 && !withinPatience() && channel.superseded()) {
                supersede();
            }
            return cancelled;
        }

        @Override
        public boolean hasNewerRequest() {
            return channel.superseded();
        }

        /** Stops a job a newer request replaces: under a patience it is cut short (its result still shown). */
        void supersede() {
            cutShort = channel.patienceNanos > 0;
            cancel();
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
