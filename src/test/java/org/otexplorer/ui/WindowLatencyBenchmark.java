package org.otexplorer.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;

/**
 * Benchmark (prints figures, asserts nothing; issue 12 item 13): the whole explorer window's latency from a slider
 * step to the pixels of every transport panel — the time from the scenario edit on the FX thread until the FX pulse
 * after the one in which the plan, the source-and-target picture and the spectrum all show the new solve
 * ({@code TransportView.isIdle}): solve, displays prepared off the FX thread, layout and drawing included. For every
 * method at its sample's settings, at n = m = 60 and 300, the method's slider is stepped 10 % at a time as a drag
 * does (ε; β for IPOT; the seed for the exact methods, which have no slider). Then a drag at n = 1000: an ε step
 * every 16 ms for 4 s, printing the intervals between frames that show a new plan (intermediate iterates count)
 * and the longest gap between FX pulses. Run under Xvfb like the app, 1440 × 900:
 * {@code java -cp target/classes:target/test-classes:<deps> org.otexplorer.ui.WindowLatencyBenchmark}.
 */
public final class WindowLatencyBenchmark {
    private static final int STEPS = 8;
    private static final long DRAG_MILLIS = 4000;
    private static final long DRAG_EVENT_MILLIS = 16;

    private WindowLatencyBenchmark() {
    }

    /** Each method with the sample whose settings it runs at. */
    private static Map<String, String> methods() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sinkhorn", "entropic-blur-vs-exact-plan");
        m.put("sinkhorn-log", "entropic-blur-vs-exact-plan");
        m.put("ipot", "ipot-sharp-plan-vs-sinkhorn-blur");
        m.put("exact", "entropic-blur-vs-exact-plan");
        m.put("assignment", "entropic-blur-vs-exact-plan");
        m.put("robust", "robust-ot-drops-outliers");
        m.put("unbalanced", "kl-vs-l2-marginal-relaxation");
        return m;
    }

    public static void main(String[] args) throws Exception {
        MainWindowController window = BenchmarkWindow.open();
        PulseClock clock = new PulseClock();
        Platform.runLater(clock::start);
        System.out.printf(Locale.ROOT, "Window latency, slider step -> pixels of every transport panel (1440 x 900)"
                + "  load %s%n", PulseClock.loadAverage());
        for (Map.Entry<String, String> e : methods().entrySet()) {
            Scenario sample = ScenarioFiles.load(Path.of("samples", e.getValue() + ".json"));
            Scenario s = sample.withEngine(sample.engine().withMethod(e.getKey()));
            for (int n : new int[] {60, 300}) {
                Scenario sized = s.withData(s.data().withSizes(n, n, s.data().d()));
                double[][] figures = steps(window, clock, sized, step(e.getKey()));
                double[] millis = figures[0].clone();
                Arrays.sort(millis);
                System.out.printf(Locale.ROOT, "%-13s n = %3d  median %7.1f ms  max %7.1f ms  load %s%n",
                        e.getKey(), n, millis[STEPS / 2], millis[STEPS - 1], PulseClock.loadAverage());
                System.out.printf(Locale.ROOT, "    medians: solve %.1f, plan %.1f | picture %.1f | analysis %.1f, job "
                        + "%.1f, to FX %.1f, FX apply %.1f ms, then %.0f pulses of %.1f ms%n", median(figures[1]),
                        median(figures[2]), median(figures[3]), median(figures[4]), median(figures[5]),
                        median(figures[6]), median(figures[7]), median(figures[8]), median(figures[9]));
            }
        }
        drag(window, clock);
        Platform.runLater(() -> {
            window.shutdown();
            Platform.exit();
        });
    }

    /** The edit a slider step makes for a method: ε, β or (no slider) the seed. */
    private static UnaryOperator<Scenario> step(String method) {
        return switch (method) {
            case "ipot" -> s -> s.withEngine(s.engine().with(SolverParameters.BETA,
                    0.9 * s.engine().get(SolverParameters.BETA)));
            case "exact", "assignment" -> s -> s.withSeed(s.seed() + 1);
            default -> s -> s.withEngine(s.engine().withEpsilonValue(0.9 * s.engine().epsilon().value()));
        };
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Per step: request -> pixels, then the parts ({@code TransportView.Stages}): solve, plan panes, picture,
     * analysis, the whole job, the wait for the FX thread, the FX thread's apply, the pulses from the apply to the
     * pixels and the pulse interval.
     */
    private static double[][] steps(MainWindowController window, PulseClock clock, Scenario start,
                                    UnaryOperator<Scenario> step) throws InterruptedException {
        Platform.runLater(() -> window.model().replace(start, null));
        clock.awaitPulseAfter(() -> window.compute().isIdle() && window.compute().solvedCount() > 0);
        double[][] figures = new double[10][STEPS];
        double[] millis = figures[0];
        for (int k = 0; k < STEPS; k++) {
            long[] begin = new long[1];
            Object[] before = new Object[1];
            CountDownLatch edited = new CountDownLatch(1);
            Platform.runLater(() -> {
                before[0] = window.planPanel().display();
                begin[0] = System.nanoTime();
                window.model().update(step);
                edited.countDown();
            });
            edited.await();
            long end = clock.awaitPulseAfter(() -> window.planPanel().display() != before[0]
                    && window.compute().isIdle());
            millis[k] = (end - begin[0]) * 1e-6;
            org.otexplorer.ui.transport.TransportView.Stages stages = window.compute().lastStages();
            double[] parts = {stages.solve(), stages.plan(), stages.picture(), stages.analysis(), stages.job(),
                stages.toFx(), stages.apply(), clock.pulsesAfter(stages.appliedNanos()), clock.medianPulseMillis()};
            for (int p = 0; p < parts.length; p++) {
                figures[p + 1][k] = parts[p];
            }
        }
        return figures;
    }

    /** ε steps every 16 ms at n = 1000: intervals between frames showing a new plan. */
    private static void drag(MainWindowController window, PulseClock clock) throws InterruptedException {
        Scenario sample = ScenarioFiles.load(Path.of("samples", "entropic-blur-vs-exact-plan.json"));
        Scenario start = sample.withData(sample.data().withSizes(1000, 1000, 2));
        Platform.runLater(() -> window.model().replace(start, null));
        clock.awaitPulseAfter(() -> window.compute().isIdle() && window.compute().solvedCount() > 0);
        clock.resetGaps();
        List<Long> frames = PulseClock.framesWhile(() -> window.planPanel().display(), () -> {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAG_MILLIS);
            double factor = 0.97;
            for (int k = 0; System.nanoTime() < end; k++) {
                double f = (k / 40) % 2 == 0 ? factor : 1 / factor; // down and back up, as a hand drags
                Platform.runLater(() -> window.model().update(s -> s.withEngine(s.engine().withEpsilonValue(
                        f * s.engine().epsilon().value()))));
                Thread.sleep(DRAG_EVENT_MILLIS);
            }
        });
        double[] intervals = PulseClock.sortedIntervalsMillis(frames);
        System.out.printf(Locale.ROOT, "drag n = 1000 (sinkhorn, an ε step every %d ms for %.0f s): %d frames with a "
                + "new plan, interval median %.1f ms, max %.1f ms; longest FX pulse gap %.1f ms  load %s%n",
                DRAG_EVENT_MILLIS, DRAG_MILLIS / 1e3, frames.size(),
                intervals.length == 0 ? Double.NaN : intervals[intervals.length / 2],
                intervals.length == 0 ? Double.NaN : intervals[intervals.length - 1], clock.longestGapMillis(),
                PulseClock.loadAverage());
    }
}
