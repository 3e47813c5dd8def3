package org.otexplorer.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.regression.LossLandscape;
import org.otexplorer.regression.Optimizers;
import org.otexplorer.regression.RegressionData;
import org.otexplorer.regression.RunControl;
import org.otexplorer.regression.Trace;
import org.otexplorer.regression.TraceEntry;
import org.otexplorer.regression.TraceListener;
import org.otexplorer.regression.data.DataGenerators;

/**
 * Races a regression scenario's optimizers on the same data, each on its own background thread with its own
 * {@link RunControl}, with play, pause, step and reset for all of them at once. Optimizer k gets the seed
 * {@code scenario.seed + k + 1}, as in {@code otx fit}, so the explorer and the CLI show the same traces.
 * Snapshots ({@link RaceView}) reach the listener through the delivery executor at most ~30 times a second;
 * the loss landscape of two-parameter models ({@link LossLandscape}) is computed alongside and delivered once.
 * A run that fails stops with its reason in its lane; the others go on. Nothing here touches JavaFX.
 */
public final class OptimizerRace implements AutoCloseable {
    /** Grid points per landscape axis. */
    public static final int LANDSCAPE_RESOLUTION = 61;

    /** Receives the race's events on the delivery executor; events of a replaced race are dropped. */
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

    private final NewestOnlyDelivery newest;
    private final Listener listener;
    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService runners = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "otx-race-" + threadCount.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "otx-race-ticker");
        t.setDaemon(true);
        return t;
    });
    private Race race;

    /** A race delivering snapshots through {@code delivery} (the UI passes {@code Platform::runLater}). */
    public OptimizerRace(Executor delivery, Listener listener) {
        this.newest = new NewestOnlyDelivery(delivery);
        this.listener = listener;
        ticker.scheduleAtFixedRate(this::publish, 33, 33, TimeUnit.MILLISECONDS);
    }

    /**
     * Prepares a race for the scenario's optimizers (cancelling the previous one) without starting it: generates
     * the data and the landscape, and publishes the empty lanes.
     *
     * @param base folder that CSV data files are relative to
     * @return the race id its events carry
     */
    public synchronized long load(Scenario scenario, Path base) {
        if (race != null) {
            race.cancel();
        }
        race = new Race(newest.next(), scenario, base);
        race.prepare();
        race.dirty.set(true);
        return race.id;
    }

    /** Starts (or resumes) every run. */
    public synchronized void play() {
        if (race != null) {
            race.start(false);
            race.controls.forEach(RunControl::resume);
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
            race.start(true);
            race.controls.forEach(c -> {
                c.pause();
                c.step();
            });
        }
    }

    /** Cancels the runs and prepares the same scenario afresh. */
    public synchronized long reset() {
        return race == null ? 0 : load(race.scenario, race.base);
    }

    /**
     * Loads the scenario, plays every run and waits until all have ended and the landscape is computed.
     *
     * @throws IllegalArgumentException when the data cannot be generated (the message says why)
     */
    public TraceSnapshot runToEnd(Scenario scenario, Path base) {
        Race current;
        synchronized (this) {
            load(scenario, base);
            play();
            current = race;
        }
        try {
            CompletableFuture.allOf(current.runs.toArray(CompletableFuture[]::new)).join();
            return new TraceSnapshot(current.snapshot(), current.landscape.join());
        } catch (java.util.concurrent.CompletionException failure) {
            throw new IllegalArgumentException(rootMessage(failure), failure);
        }
    }

    @Override
    public synchronized void close() {
        if (race != null) {
            race.cancel();
        }
        ticker.shutdownNow();
        runners.shutdownNow();
    }

    private void publish() {
        Race current;
        synchronized (this) {
            current = race;
        }
        if (current != null && current.dirty.getAndSet(false)) {
            RaceView view = current.snapshot();
            newest.deliver(current.id, () -> listener.onRace(view));
        }
    }


    /** One race: the data, one lane per optimizer, their controls. */
    private final class Race {
        final long id;
        final Scenario scenario;
        final Path base;
        final List<OptimizerSpec> specs;
        final List<LaneState> lanes = new ArrayList<>();
        final List<RunControl> controls = new ArrayList<>();
        final AtomicBoolean dirty = new AtomicBoolean();
        final List<CompletableFuture<Void>> runs = new ArrayList<>();
        final List<double[]> starts = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger awaitingStarts = new AtomicInteger();
        CompletableFuture<RegressionData> data;
        volatile CompletableFuture<LossLandscape> landscape;
        boolean started;
        volatile boolean cancelled;

        Race(long id, Scenario scenario, Path base) {
            this.id = id;
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

        /** Generates the data and the landscape in the background; the lanes wait for {@link #start}. */
        void prepare() {
            data = CompletableFuture.supplyAsync(() -> DataGenerators.forScenario(scenario, base), runners);
            data.whenComplete((d, failure) -> {
                if (failure != null) {
                    String message = rootMessage(failure);
                    lanes.forEach(l -> l.fail(message));
                    dirty.set(true);
                    newest.deliver(id, () -> listener.onRaceError(id, message));
                }
            });
            landscape = data.thenApplyAsync(this::landscape, runners);
        }

        /** Starts every lane once the data are ready, paused when stepping. */
        void start(boolean paused) {
            if (started) {
                return;
            }
            started = true;
            if (paused) {
                controls.forEach(RunControl::pause);
            }
            awaitingStarts.set(specs.size());
            for (int k = 0; k < specs.size(); k++) {
                int lane = k;
                runs.add(data.thenAcceptAsync(d -> run(d, lane), runners));
            }
        }

        private void run(RegressionData d, int k) {
            LaneState lane = lanes.get(k);
            OptimizerSpec spec = specs.get(k);
            boolean twoParameters = LossLandscape.applies(d);
            TraceListener progress = new TraceListener() {
                @Override
                public void onIteration(String method, TraceEntry entry, double[][] theta) {
                    lane.add(entry, twoParameters ? LossLandscape.flatten(theta) : null);
                    dirty.set(true);
                }

                @Override
                public void onStart(String method, double[][] start) {
                    if (twoParameters) {
                        double[] point = LossLandscape.flatten(start);
                        lane.addStart(point);
                        starts.add(point);
                    }
                    startKnown(lane, d);
                }
            };
            try {
                Trace trace = Optimizers.create(spec).run(d, spec, scenario.seed() + k + 1, progress, controls.get(k));
                lane.finish(trace.summary());
            } catch (RuntimeException failure) {
                lane.fail(rootMessage(failure));
            } finally {
                startKnown(lane, d);
            }
            dirty.set(true);
        }

        /**
         * Counts the lanes whose start is known; once all are, widens the landscape if a start lies outside it,
         * so every path begins on the map.
         */
        private void startKnown(LaneState lane, RegressionData d) {
            if (!lane.markStartKnown() || awaitingStarts.decrementAndGet() != 0) {
                return;
            }
            List<double[]> points = List.copyOf(starts);
            landscape = landscape.thenApplyAsync(current -> {
                if (current == null || cancelled || points.stream().allMatch(current::contains)) {
                    return current;
                }
                LossLandscape wider = LossLandscape.compute(d, LANDSCAPE_RESOLUTION, points);
                newest.deliver(id, () -> listener.onLandscape(id, wider));
                return wider;
            }, runners);
        }

        private LossLandscape landscape(RegressionData d) {
            if (!LossLandscape.applies(d) || cancelled) {
                return null;
            }
            LossLandscape computed = LossLandscape.compute(d, LANDSCAPE_RESOLUTION);
            newest.deliver(id, () -> listener.onLandscape(id, computed));
            return computed;
        }

        void cancel() {
            cancelled = true;
            controls.forEach(RunControl::cancel);
        }

        RaceView snapshot() {
            List<RaceView.Lane> views = lanes.stream().map(LaneState::view).toList();
            boolean running = started && views.stream().anyMatch(l -> l.summary() == null);
            return new RaceView(id, views, running);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A lane's growing trace, shared between its run thread and the snapshot thread. */
    private static final class LaneState {
        private final String label;
        private final List<TraceEntry> entries = new ArrayList<>();
        private final List<double[]> path = new ArrayList<>();
        private Trace.Summary summary;
        private boolean startKnown;

        LaneState(String label) {
            this.label = label;
        }

        synchronized void add(TraceEntry entry, double[] point) {
            entries.add(entry);
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
            return new RaceView.Lane(label, List.copyOf(entries), List.copyOf(path), summary);
        }
    }
}
