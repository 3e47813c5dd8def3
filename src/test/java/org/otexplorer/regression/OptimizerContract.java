package org.otexplorer.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.regression.data.DataGenerators;
import org.otexplorer.regression.data.GeneratorSettings;

/**
 * The contract every optimizer of {@link Optimizers#ids()} honours, in the style of the engine's
 * {@code SolverContract}: reproducible from its seed, pause / step / resume / cancel through {@link RunControl},
 * its iteration limit, finite traces that match what the listener saw, and a {@link RunStopReason}. Extend once
 * per optimizer id ({@code OptimizerContractTest} checks that every id has its run) and give small settings.
 */
public abstract class OptimizerContract {
    /** 30 shuffled pairs in two dimensions (half the responses permuted), with W* and a test set. */
    protected static final RegressionData SENSING = DataGenerators.create(
            new GeneratorSettings("unlabeled-sensing", 30, null, 2, 0.0, 0.5, 0.0, Map.of("snr", 100.0)), 5);
    private static final long SEED = 21;
    private static final long PATIENCE_NANOS = 20_000_000_000L;
    /** How long a paused run must stay still to count as paused. */
    private static final long HOLD_MILLIS = 60;
    private static final Set<RunStopReason> NORMAL_STOPS = Set.of(RunStopReason.CONVERGED,
            RunStopReason.TARGET_REACHED, RunStopReason.COMPLETED, RunStopReason.ITERATION_LIMIT);

    /** The optimizer id under test. */
    protected abstract String id();

    /** Settings that run in well under a second on {@link #data()}, with the given iteration limit. */
    protected abstract OptimizerSpec spec(int iterations);

    /** Whether the method draws random numbers (initialisation, minibatches, samples) from its seed. */
    protected abstract boolean seeded();

    /** Data the method accepts. */
    protected RegressionData data() {
        return SENSING;
    }

    /** The iterations of a trace that the spec's {@code iterations} limits (all of them unless overridden). */
    protected int limitedIterations(Trace trace) {
        return trace.entries().size();
    }

    /**
     * For a method whose amount of work does not depend on {@code iterations}: its trace length with
     * {@link #spec(int)}, counted by hand from its own settings; empty for methods with an iteration limit.
     */
    protected OptionalInt fixedLength() {
        return OptionalInt.empty();
    }

    private Optimizer optimizer() {
        return Optimizers.create(id());
    }

    private Trace run(OptimizerSpec spec, long seed, TraceListener listener, RunControl control) {
        return optimizer().run(data(), spec.settings(), seed, listener, control);
    }

    private Trace run(OptimizerSpec spec, long seed) {
        return run(spec, seed, TraceListener.NONE, new RunControl());
    }

    @Test
    void reportsItsId() {
        assertEquals(id(), optimizer().id());
        assertEquals(id(), run(spec(3), SEED).method());
    }

    @Test
    void sameSeedGivesTheSameTrace() {
        Trace a = run(spec(4), SEED);
        Trace b = run(spec(4), SEED);
        assertEquals(timeless(a.entries()), timeless(b.entries()));
        assertTrue(Arrays.deepEquals(a.parameters(), b.parameters()), "the same final parameters");
        assertEquals(a.summary().stopReason(), b.summary().stopReason());
        assertEquals(a.summary().stopDetail(), b.summary().stopDetail());
    }

    @Test
    void otherSeedsChangeTheTraceExactlyWhenTheMethodIsRandom() {
        Trace a = run(spec(4), SEED);
        Trace b = run(spec(4), SEED + 1);
        boolean same = timeless(a.entries()).equals(timeless(b.entries()))
                && Arrays.deepEquals(a.parameters(), b.parameters());
        assertEquals(!seeded(), same, seeded() ? "a random method must depend on its seed"
                : "a deterministic method must not depend on its seed");
    }

    @Test
    void traceIsFiniteNumberedAndIsWhatTheListenerSaw() {
        List<TraceEntry> seen = new ArrayList<>();
        AtomicReference<double[][]> lastSeen = new AtomicReference<>();
        Trace t = run(spec(4), SEED, (method, entry, theta) -> {
            assertEquals(id(), method);
            seen.add(entry);
            lastSeen.set(theta);
        }, new RunControl());
        List<TraceEntry> entries = t.entries();
        assertFalse(entries.isEmpty(), "at least one iteration");
        assertEquals(entries, seen, "the listener got every entry, in order, once");
        double previousMs = 0;
        for (int k = 0; k < entries.size(); k++) {
            TraceEntry e = entries.get(k);
            assertEquals(k + 1, e.iteration());
            assertFinite(e.loss(), "loss", k);
            assertFinite(e.gradNorm(), "gradNorm", k);
            assertTrue(e.gradNorm() >= 0);
            assertFinite(e.parameterError(), "parameterError", k);
            assertFinite(e.relativeTestError(), "relativeTestError", k);
            assertFinite(e.minHessianEigenvalue(), "minHessianEigenvalue", k);
            assertTrue(e.elapsedMs() >= previousMs, "elapsed time never decreases");
            previousMs = e.elapsedMs();
            assertNotNull(e.step());
        }
        for (double[] row : t.parameters()) {
            for (double v : row) {
                assertTrue(Double.isFinite(v), "final parameters are finite");
            }
        }
        assertTrue(Arrays.deepEquals(lastSeen.get(), t.parameters()), "the last Θ reported is the final Θ");
        Trace.Summary s = t.summary();
        assertEquals(entries.size(), s.iterations());
        assertEquals(entries.get(entries.size() - 1).loss(), s.loss(), 0.0);
        assertEquals(entries.get(entries.size() - 1).parameterError(), s.parameterError());
        assertTrue(s.seconds() >= 0);
    }

    @Test
    void stopsForAReasonOfTheEnumWithADetail() {
        Trace.Summary s = run(spec(4), SEED).summary();
        assertTrue(NORMAL_STOPS.contains(s.stopReason()), "an undisturbed run stops normally: " + s.describe());
        assertFalse(s.stopDetail().isBlank(), "the reason is said in words too");
        assertTrue(s.describe().startsWith(s.stopReason().words()), s.describe());
    }

    @Test
    void respectsItsIterationLimit() {
        OptionalInt fixed = fixedLength();
        if (fixed.isPresent()) {
            for (int limit : new int[] {1, 3}) {
                Trace t = run(spec(limit), SEED);
                assertEquals(fixed.getAsInt(), t.entries().size(), "the method's own settings fix its length");
                assertNotEquals(RunStopReason.ITERATION_LIMIT, t.summary().stopReason(), t.summary().describe());
            }
            return;
        }
        Trace one = run(spec(1), SEED);
        assertEquals(RunStopReason.ITERATION_LIMIT, one.summary().stopReason(),
                "no stopping test can pass after one iteration: " + one.summary().describe());
        assertEquals(1, limitedIterations(one));
        Trace three = run(spec(3), SEED);
        assertTrue(limitedIterations(three) <= 3, "at most 3 limited iterations, made " + limitedIterations(three));
        if (three.summary().stopReason() == RunStopReason.ITERATION_LIMIT) {
            assertEquals(3, limitedIterations(three), "ITERATION_LIMIT only once the limit is reached");
        }
    }

    @Test
    void eachStepMakesExactlyOneIterationAndNothingRunsAfterCancel() throws InterruptedException {
        OptimizerSpec spec = spec(5);
        List<TraceEntry> reference = timeless(run(spec, SEED).entries());
        int steps = Math.min(3, reference.size() - 1);
        RunControl control = new RunControl();
        control.pause();
        PausedRun paused = new PausedRun(spec, control);
        paused.holdsAt(0);
        for (int k = 1; k <= steps; k++) {
            control.step();
            paused.awaitEntries(k);
            paused.holdsAt(k);
        }
        control.cancel();
        Trace t = paused.join();
        assertEquals(RunStopReason.CANCELLED, t.summary().stopReason(), t.summary().describe());
        assertEquals(steps, t.entries().size(), "nothing ran after the cancel");
        assertEquals(steps, paused.seen.size());
        assertEquals(reference.subList(0, steps), timeless(t.entries()), "stepping does not change the iterates");
    }

    @Test
    void resumeRunsOnToTheTraceOfAnUndisturbedRun() throws InterruptedException {
        OptimizerSpec spec = spec(5);
        Trace reference = run(spec, SEED);
        RunControl control = new RunControl();
        control.pause();
        PausedRun paused = new PausedRun(spec, control);
        control.step();
        paused.awaitEntries(1);
        control.resume();
        Trace t = paused.join();
        assertEquals(timeless(reference.entries()), timeless(t.entries()));
        assertTrue(Arrays.deepEquals(reference.parameters(), t.parameters()));
        assertEquals(reference.summary().stopReason(), t.summary().stopReason());
    }

    @Test
    void cancelledBeforeItStartsMakesNoIteration() {
        RunControl control = new RunControl();
        control.cancel();
        List<TraceEntry> seen = new ArrayList<>();
        Trace t = run(spec(5), SEED, (method, entry, theta) -> seen.add(entry), control);
        assertEquals(RunStopReason.CANCELLED, t.summary().stopReason(), t.summary().describe());
        assertTrue(t.entries().isEmpty());
        assertTrue(seen.isEmpty());
        assertEquals(0, t.summary().iterations());
    }

    /** A run on its own thread under a control, recording what its listener sees. */
    private final class PausedRun {
        final List<TraceEntry> seen = new CopyOnWriteArrayList<>();
        private final AtomicReference<Trace> result = new AtomicReference<>();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread worker;

        PausedRun(OptimizerSpec spec, RunControl control) {
            worker = new Thread(() -> {
                try {
                    result.set(run(spec, SEED, (method, entry, theta) -> seen.add(entry), control));
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "contract-" + id());
            worker.setDaemon(true);
            worker.start();
        }

        void awaitEntries(int count) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE_NANOS;
            while (seen.size() < count && worker.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertEquals(count, seen.size(), "iterations after " + count + " steps");
        }

        void holdsAt(int count) throws InterruptedException {
            Thread.sleep(HOLD_MILLIS);
            assertEquals(count, seen.size(), "a paused run stays paused");
            assertTrue(worker.isAlive(), "a paused run waits for its next step");
        }

        Trace join() throws InterruptedException {
            worker.join(PATIENCE_NANOS / 1_000_000);
            assertFalse(worker.isAlive(), "the run ended");
            assertEquals(null, failure.get(), "the run did not throw");
            return result.get();
        }
    }

    private static List<TraceEntry> timeless(List<TraceEntry> entries) {
        return entries.stream().map(e -> new TraceEntry(e.iteration(), e.loss(), e.gradNorm(), e.parameterError(),
                e.relativeTestError(), e.step(), e.minHessianEigenvalue(), 0)).toList();
    }

    private static void assertFinite(Double value, String what, int k) {
        assertTrue(value == null || Double.isFinite(value), what + " of entry " + (k + 1) + " is " + value);
    }
}
