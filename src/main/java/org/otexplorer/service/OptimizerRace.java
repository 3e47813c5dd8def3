package org.otexplorer.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioData;
import org.otexplorer.regression.LossLandscape;
import org.otexplorer.regression.OptimizerSettings;
import org.otexplorer.regression.Optimizers;
import org.otexplorer.regression.RegressionData;
import org.otexplorer.regression.RunControl;
import org.otexplorer.regression.Trace;
import org.otexplorer.regression.TraceEntry;
import org.otexplorer.regression.TraceListener;

/**
 * Races a regression scenario's optimizers on the same data, with play, pause, step and reset for all of them at
 * once. A race is one {@link Job} on the {@link ComputeService}'s {@value #CHANNEL} channel: it generates the
 * data and, for two-parameter models, the loss landscape ({@link LossLandscape}), waits for Play or Step, then
 * runs one lane per optimizer in parallel on the service's pool, each with its own {@link RunControl}.
 * Optimizer k gets the seed {@code scenario.seed + k + 1}, as in {@code otx fit}, so the explorer and the CLI
 * show the same traces. Snapshots ({@link RaceView}) reach the listener at most ~30 times a second. A run that
 * fails stops with its reason in its lane; the others go on. Nothing here touches JavaFX.
 */
public final class OptimizerRace implements AutoCloseable {
    /** Grid points per landscape axis. */
    public static final int LANDSCAPE_RESOLUTION = 61;
    /** The service channel races run on. */
    public static final String CHANNEL = "race";

    /** Receives the race's events on the service's delivery executor; events of a replaced race are dropped. */
    public interface Listener {
        /** Ignores every event. */
        Listener IGNORE = new Listener() {
            @Override
            public void onRace(RaceView view) {
            }

            @Override
            public void onRaceError(long raceId, String message) {
            }
        };

        /** A newer snapshot of the race. */
        void onRace(RaceView view);

        /** The loss landscape of the race's data (two-parameter models only). */
        default void onLandscape(long raceId, LossLandscape landscape) {
        }

        /** The race cannot run (bad data parameters, no regression part); the message says why. */
        void onRaceError(long raceId, String message);
    }

    private final ComputeService service;
    private final Listener listener;
    private Race race;

    /** A race running on {@code service}, delivering to {@code listener}. */
    public OptimizerRace(ComputeService service, Listener listener) {
        this.service = service;
        this.listener = listener;
    }

    /**
     * Prepares a race for the scenario's optimizers (cancelling the previous one) without starting the runs:
     * generates the data and the landscape, and publishes the empty lanes.
     *
     * @param base folder that CSV data files are relative to
     * @return the race id its events carry
     */
    public synchronized long load(Scenario scenario, Path base) {
        Race next = new Race(scenario, base);
        race = next;
        next.id = service.submit(CHANNEL, next::run, new Events(next));
        return next.id;
    }

    /** Starts (or resumes) every run. */
    public synchronized void play() {
        if (race != null) {
            race.controls.forEach(RunControl::resume);
            race.start();
        }
    }

    /** Pauses every run before its next iteration. */
    public synchronized void pause() {
        if (race != null) {
            race.controls.forEach(RunControl::pause);
        }
    }

    /** Lets every run make one more iteration (starting the race paused if needed). */
    public synchronized void step() {
        if (race != null) {
            race.controls.forEach(c -> {
                c.pause();
                c.step();
            });
            race.start();
        }
    }

    /** Cancels the runs and prepares the same scenario afresh. */
    public synchronized long reset() {
        return race == null ? 0 : load(race.scenario, race.base);
    }

    /**
     * Runs the scenario's race to its end on the calling thread (one lane after the other) and returns the
     * traces and the landscape (headless export, tests); the traces equal {@code otx fit}'s.
     *
     * @throws IllegalArgumentException when the data cannot be generated (the message says why)
     */
    public static TraceSnapshot runToEnd(Scenario scenario, Path base) {
        Race detached = new Race(scenario, base);
        detached.start();
        Progress done = detached.run(JobContext.detached());
        if (done.error() != null) {
            throw new IllegalArgumentException(done.error());
        }
        return new TraceSnapshot(done.view(), done.landscape());
    }

    /** Cancels the race (the window is closing); the service belongs to the caller. */
    @Override
    public synchronized void close() {
        if (race != null) {
            race.cancel();
        }
        service.cancel(CHANNEL);
    }

    /** What a race publishes: its lanes, its landscape (or {@code null}) and why it could not run, if so. */
    private record Progress(long raceId, RaceView view, LossLandscape landscape, String error) {
    }

    /** Hands a race's progress to the listener, the landscape only when it changed. */
    private final class Events implements JobListener<Progress> {
        private final Race source;
        private LossLandscape shown;

        Events(Race source) {
            this.source = source;
        }

        @Override
        public void onPartial(Progress p) {
            if (p.landscape() != null && p.landscape() != shown) {
                shown = p.landscape();
                listener.onLandscape(source.id, shown);
            }
            listener.onRace(p.view());
        }

        @Override
        public void onResult(Progress p) {
            onPartial(p);
            if (p.error() != null) {
                listener.onRaceError(source.id, p.error());
            }
        }

        @Override
        public void onError(long jobId, String message) {
            listener.onRaceError(source.id, message);
        }
    }

    /** One race: the data, one lane per optimizer, their controls. */
    private static final class Race {
        final Scenario scenario;
        final Path base;
        final List<OptimizerSpec> specs;
        final List<LaneState> lanes = new ArrayList<>();
        final List<RunControl> controls = new ArrayList<>();
        final List<double[]> starts = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger awaitingStarts = new AtomicInteger();
        volatile long id;
        volatile LossLandscape landscape;
        private boolean started;
        private boolean cancelled;

        Race(Scenario scenario, Path base) {
            this.scenario = scenario;
            this.base = base;
            this.specs = scenario.regression() == null ? List.of() : scenario.regression().optimizers();
            for (int k = 0; k < specs.size(); k++) {
                lanes.add(new LaneState(label(k)));
                controls.add(new RunControl());
            }
        }

        private String label(int k) {
            String method = specs.get(k).method();
            long same = specs.stream().filter(s -> s.method().equals(method)).count();
            return same > 1 ? method + " #" + (k + 1) : method;
        }

        synchronized void start() {
            started = true;
            notifyAll();
        }

        void cancel() {
            synchronized (this) {
                cancelled = true;
                notifyAll();
            }
            controls.forEach(RunControl::cancel);
        }

        private synchronized boolean awaitStart() {
            while (!started && !cancelled) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                }
            }
            return !cancelled;
        }

        private synchronized boolean isStarted() {
            return started;
        }

        /** The race's job: data and landscape, then the lanes once started. */
        Progress run(JobContext<Progress> context) {
            context.onCancel(this::cancel);
            context.publish(progress(null));
            RegressionData data;
            try {
                data = ScenarioData.regressionData(scenario, base);
            } catch (RuntimeException failure) {
                String message = rootMessage(failure);
                lanes.forEach(l -> l.fail(message));
                return progress(message);
            }
            if (LossLandscape.applies(data)) {
                landscape = LossLandscape.compute(data, LANDSCAPE_RESOLUTION);
                context.publish(progress(null));
            }
            if (!awaitStart()) {
                return progress(null);
            }
            awaitingStarts.set(specs.size());
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            List<CompletableFuture<Void>> widening = Collections.synchronizedList(new ArrayList<>());
            for (int k = 0; k < specs.size(); k++) {
                int lane = k;
                runs.add(CompletableFuture.runAsync(() -> runLane(data, lane, context, widening), context.workers()));
            }
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
            CompletableFuture.allOf(widening.toArray(CompletableFuture[]::new)).join();
            return progress(null);
        }

        private void runLane(RegressionData d, int k, JobContext<Progress> context,
                             List<CompletableFuture<Void>> widening) {
            LaneState lane = lanes.get(k);
            OptimizerSpec spec = specs.get(k);
            boolean twoParameters = LossLandscape.applies(d);
            TraceListener progress = new TraceListener() {
                @Override
                public void onIteration(String method, TraceEntry entry, double[][] theta) {
                    lane.add(entry, theta, twoParameters ? LossLandscape.flatten(theta) : null);
                    context.publishLatest(() -> progress(null));
                }

                @Override
                public void onStart(String method, double[][] start) {
                    if (twoParameters) {
                        double[] point = LossLandscape.flatten(start);
                        lane.addStart(point);
                        starts.add(point);
                    }
                    startKnown(lane, d, context, widening);
                }
            };
            try {
                OptimizerSettings settings = spec.settings();
                Trace trace = Optimizers.create(settings).run(d, settings, scenario.seed() + k + 1, progress,
                        controls.get(k));
                lane.finish(trace.summary());
            } catch (RuntimeException failure) {
                lane.fail(rootMessage(failure));
            } finally {
                startKnown(lane, d, context, widening);
            }
            context.publishLatest(() -> progress(null));
        }

        /**
         * Counts the lanes whose start is known; once all are, widens the landscape if a start lies outside it,
         * so every path begins on the map.
         */
        private void startKnown(LaneState lane, RegressionData d, JobContext<Progress> context,
                                List<CompletableFuture<Void>> widening) {
            if (!lane.markStartKnown() || awaitingStarts.decrementAndGet() != 0) {
                return;
            }
            LossLandscape current = landscape;
            List<double[]> points = List.copyOf(starts);
            if (current == null || points.stream().allMatch(current::contains)) {
                return;
            }
            widening.add(CompletableFuture.runAsync(() -> {
                landscape = LossLandscape.compute(d, LANDSCAPE_RESOLUTION, points);
                context.publishLatest(() -> progress(null));
            }, context.workers()));
        }

        private Progress progress(String error) {
            List<RaceView.Lane> views = lanes.stream().map(LaneState::view).toList();
            boolean running = isStarted() && views.stream().anyMatch(l -> l.summary() == null);
            return new Progress(id, new RaceView(id, views, running), landscape, error);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A lane's growing trace, shared between its run thread and the thread that makes snapshots. */
    private static final class LaneState {
        private final String label;
        private final List<TraceEntry> entries = new ArrayList<>();
        private final List<double[]> path = new ArrayList<>();
        private final List<double[][]> iterates = new ArrayList<>();
        private Trace.Summary summary;
        private boolean startKnown;

        LaneState(String label) {
            this.label = label;
        }

        synchronized void add(TraceEntry entry, double[][] theta, double[] point) {
            entries.add(entry);
            iterates.add(theta);
            if (point != null) {
                path.add(point);
            }
        }

        synchronized void addStart(double[] point) {
            path.add(point);
        }

        /** True the first time only. */
        synchronized boolean markStartKnown() {
            boolean first = !startKnown;
            startKnown = true;
            return first;
        }

        synchronized void finish(Trace.Summary result) {
            summary = result;
        }

        synchronized void fail(String message) {
            summary = Trace.Summary.failed(entries.size(), message);
        }

        synchronized RaceView.Lane view() {
            return new RaceView.Lane(label, List.copyOf(entries), List.copyOf(path), summary,
                    Collections.unmodifiableList(new ArrayList<>(iterates)));
        }
    }
}
