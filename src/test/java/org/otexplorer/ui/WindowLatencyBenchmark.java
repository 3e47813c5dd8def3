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
 * step to pixels, for the request's two deliveries — <b>plan</b>: the time from the scenario edit on the FX thread
 * until the render thread has presented the frame of the first pulse in which the plan and the source-and-target
 * picture show the new solve (the status bar changes with them; {@link PulseClock#renderedIn}), and <b>spectrum</b>:
 * until the frame of the pulse in which the spectrum panel shows that solve's H analysis too and the window is idle ({@code TransportView.isIdle}; for a method without an
 * H-matrix, when the window is idle); solve, displays prepared off the FX thread, layout and drawing included. For
 * every method at its sample's settings, at n = m = 60 and 300, the method's slider is stepped 10 % at a time as a
 * drag does (ε; β for IPOT; the seed for the exact methods, which have no slider). Then ε = 1e-3 × mean C at n = 300
 * (issue 13), and a drag at n = 1000: an ε step every 16 ms for 4 s with the ε slider's thumb held, printing the intervals between frames that show
 * a new plan (intermediate iterates count) and the longest gap between FX pulses, then single ε steps there with
 * their parts. Run under Xvfb like the app,
 * 1440 × 900: {@code java -cp target/classes:target/test-classes:<deps> org.otexplorer.ui.WindowLatencyBenchmark
 * [all|quick|n60|n300|small-eps|drag] [methods]} — {@code quick}: sinkhorn, ipot, exact and unbalanced, 5 steps
 * each, then the drag; {@code n60}, {@code n300}: every method at that n only, no drag; {@code methods}, a
 * comma-separated list such as {@code sinkhorn-log,robust}, keeps only those. Before the slider steps are measured, every method
 * takes {@value #WARM_UP_STEPS} steps at n = 60 whose figures are printed but not counted, so that the first method
 * measured does not pay for the JIT compiling the code all of them share (at a load of 4–5, sinkhorn's first three
 * steps took 195–423 ms, its next eight a median of 160 ms; before, sinkhorn was measured first and cold).
 */
public final class WindowLatencyBenchmark {
    private static int steps = 8;
    /** Unmeasured steps per method before the measured ones (JIT warm-up). */
    private static final int WARM_UP_STEPS = 3;
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
        String mode = args.length == 0 ? "all" : args[0];
        MainWindowController window = BenchmarkWindow.open();
        java.util.concurrent.CompletableFuture<PulseClock> made = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            PulseClock c = PulseClock.renderedIn(window.compute().content().getScene());
            c.start();
            made.complete(c);
        });
        PulseClock clock = made.get();
        System.out.printf(Locale.ROOT, "Window latency, slider step -> presented frame: plan (plan + picture + status "
                + "bar) and spectrum (its H analysis too), 1440 x 900, mode %s  load %s%n", mode,
                PulseClock.loadAverage());
        Map<String, String> methods = methods();
        if (args.length > 1) {
            methods.keySet().retainAll(List.of(args[1].split(",")));
        }
        if ("quick".equals(mode)) {
            steps = 5;
            methods.keySet().retainAll(List.of("sinkhorn", "ipot", "exact", "unbalanced"));
        }
        boolean oneSize = "n60".equals(mode) || "n300".equals(mode);
        int[] sizes = oneSize ? new int[] {Integer.parseInt(mode.substring(1))} : new int[] {60, 300};
        if ("all".equals(mode) || "quick".equals(mode) || oneSize) {
            warmUp(window, clock, methods);
            sliders(window, clock, methods, sizes);
        }
        if ("all".equals(mode) || "small-eps".equals(mode)) {
            smallEpsilon(window, clock);
        }
        if (!oneSize) {
            drag(window, clock);
        }
        System.out.printf(Locale.ROOT, "views counted to the next pulse's start for want of a presented frame: %d%n",
                clock.unseenFrames());
        Platform.runLater(() -> {
            window.shutdown();
            Platform.exit();
        });
    }

    /** {@value #WARM_UP_STEPS} unmeasured slider steps of every method at n = 60 (the JIT compiles their code). */
    private static void warmUp(MainWindowController window, PulseClock clock, Map<String, String> methods)
            throws InterruptedException {
        int measured = steps;
        steps = WARM_UP_STEPS;
        for (String method : methods.keySet()) {
            double[][] figures = steps(window, clock, sized(methods, method, 60), step(method));
            System.out.printf(Locale.ROOT, "warm-up, not counted: %-13s n =  60  plan %s ms%n", method,
                    Arrays.toString(Arrays.stream(figures[0]).map(v -> Math.round(v)).toArray()));
        }
        steps = measured;
    }

    /** The method at its sample's settings with n = m = {@code n}. */
    private static Scenario sized(Map<String, String> methods, String method, int n) {
        Scenario sample = ScenarioFiles.load(Path.of("samples", methods.get(method) + ".json"));
        Scenario s = sample.withEngine(sample.engine().withMethod(method));
        return s.withData(s.data().withSizes(n, n, s.data().d()));
    }

    private static void sliders(MainWindowController window, PulseClock clock, Map<String, String> methods,
                                int[] sizes) throws InterruptedException {
        for (String method : methods.keySet()) {
            for (int n : sizes) {
                double[][] figures = steps(window, clock, sized(methods, method, n), step(method));
                System.out.printf(Locale.ROOT, "%-13s n = %3d  %s  load %s%n", method, n, latencies(figures),
                        PulseClock.loadAverage());
                printStages(figures);
            }
        }
    }

    /** Request -> plan pixels and request -> spectrum pixels: median (max). */
    private static String latencies(double[][] figures) {
        return String.format(Locale.ROOT, "plan median %7.1f ms (max %7.1f)  spectrum median %7.1f ms (max %7.1f)",
                median(figures[0]), max(figures[0]), median(figures[1]), max(figures[1]));
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
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

    /**
     * The medians of the parts {@link #steps} measured (the plan and the picture are made side by side; the
     * analysis starts when they are ready, beside the FX thread's drawing of them).
     */
    private static void printStages(double[][] figures) {
        System.out.printf(Locale.ROOT, "    plan medians: solve %.1f (cpu %.1f), plan %.1f | picture %.1f (cpu %.1f), job "
                + "%.1f, to FX %.1f, FX apply %.1f ms, then %.0f pulses of %.1f ms%n", median(figures[2]),
                median(figures[3]), median(figures[4]), median(figures[5]), median(figures[6]), median(figures[7]),
                median(figures[8]), median(figures[9]), median(figures[10]), median(figures[11]));
        System.out.printf(Locale.ROOT, "    spectrum medians: analysis %.1f (cpu %.1f), to FX %.1f, FX apply %.1f ms (%.0f "
                + "of %d steps analysed)%n", median(figures[12]), median(figures[13]), median(figures[14]),
                median(figures[15]), Arrays.stream(figures[16]).sum(), steps);
    }

    /** The median of the values that are not NaN (a step without an analysis has none), or NaN. */
    private static double median(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    /**
     * Per step: request -> plan pixels, request -> spectrum pixels, then the parts ({@code TransportView.Stages}):
     * solve (wall, thread CPU), plan panes, picture (wall, thread CPU), the whole job, the wait for the FX thread, the
     * FX thread's apply, the pulses from the apply to the pixels and the pulse interval; then the analysis'
     * ({@code TransportView.SpectrumStages}, NaN when the step had none): analysis (wall, thread CPU), wait for the
     * FX thread, apply, and 1 when analysed.
     */
    private static double[][] steps(MainWindowController window, PulseClock clock, Scenario start,
                                    UnaryOperator<Scenario> step) throws InterruptedException {
        return steps(window, clock, start, step, () -> { });
    }

    /** The same, running {@code afterEach} on the FX thread's state after every step (read, not changed). */
    private static double[][] steps(MainWindowController window, PulseClock clock, Scenario start,
                                    UnaryOperator<Scenario> step, Runnable afterEach) throws InterruptedException {
        Platform.runLater(() -> window.model().replace(start, null));
        clock.awaitSettled(() -> window.compute().isIdle() && window.compute().solvedCount() > 0);
        double[][] figures = new double[17][steps];
        for (int k = 0; k < steps; k++) {
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
            long[] end = clock.awaitPulsesAfter(() -> window.planPanel().display() != before[0]
                    && window.scatterPanel().shown() == window.planPanel().shown(), () -> window.planPanel().display()
                    != before[0] && window.compute().isIdle() && analysisShown(window));
            figures[0][k] = (end[0] - begin[0]) * 1e-6;
            figures[1][k] = (end[1] - begin[0]) * 1e-6;
            afterEach.run();
            org.otexplorer.ui.transport.TransportView.Stages stages = window.compute().lastStages();
            org.otexplorer.ui.transport.TransportView.SpectrumStages spectrum = window.compute().lastSpectrumStages();
            boolean analysed = spectrum != null && spectrum.requestId() == stages.requestId();
            double[] parts = {stages.solve(), stages.solveCpu(), stages.plan(), stages.picture(), stages.pictureCpu(),
                stages.job(), stages.toFx(), stages.apply(), clock.pulsesBetween(stages.appliedNanos(), end[0]),
                clock.medianPulseMillis(), analysed ? spectrum.analysis() : Double.NaN,
                analysed ? spectrum.analysisCpu() : Double.NaN, analysed ? spectrum.toFx() : Double.NaN,
                analysed ? spectrum.apply() : Double.NaN, analysed ? 1 : 0};
            for (int p = 0; p < parts.length; p++) {
                figures[p + 2][k] = parts[p];
            }
        }
        return figures;
    }

    /** The spectrum panel shows the analysis of the plan on screen, or the plan has none (FX thread). */
    private static boolean analysisShown(MainWindowController window) {
        org.otexplorer.service.SolveView plan = window.planPanel().shown();
        org.otexplorer.service.SpectrumView spectrum = window.spectrumPanel().shown();
        return plan != null && (plan.f() == null || spectrum != null && spectrum.requestId() == plan.requestId()
                || window.spectrumPanel().whyNoSpectrum() != null && window.spectrumPanel().pendingLine() == null);
    }

    /**
     * Issue 13's target at small ε: sinkhorn and sinkhorn-log at ε = 1e-3 × mean C, n = 300, stepped 10 % at a time
     * — request -> pixels and whether every plan shown was converged.
     */
    private static void smallEpsilon(MainWindowController window, PulseClock clock) throws InterruptedException {
        Scenario sample = ScenarioFiles.load(Path.of("samples", "entropic-blur-vs-exact-plan.json"));
        for (String method : List.of("sinkhorn", "sinkhorn-log")) {
            Scenario s = sample.withData(sample.data().withSizes(300, 300, sample.data().d()));
            s = s.withEngine(s.engine().withMethod(method).withEpsilon(1e-3, true));
            boolean[] converged = {true};
            double[][] figures = steps(window, clock, s, step(method), () -> converged[0] &= window.planPanel().shown()
                    .converged());
            System.out.printf(Locale.ROOT, "%-13s n = 300, ε = 1e-3 × mean C  %s  every plan converged: %s  load %s%n",
                    method, latencies(figures), converged[0], PulseClock.loadAverage());
            printStages(figures);
        }
    }

    /** ε steps every 16 ms at n = 1000, twice (cold, then warm): intervals between frames showing a new plan. */
    private static void drag(MainWindowController window, PulseClock clock) throws InterruptedException {
        Scenario sample = ScenarioFiles.load(Path.of("samples", "entropic-blur-vs-exact-plan.json"));
        Scenario start = sample.withData(sample.data().withSizes(1000, 1000, 2));
        Platform.runLater(() -> window.model().replace(start, null));
        clock.awaitSettled(() -> window.compute().isIdle() && window.compute().solvedCount() > 0);
        // The first drag runs while the JIT compiles the drag's code (C2 took half a core in it); the second is warm.
        for (String which : List.of("first (cold)", "second (warm)")) {
            dragOnce(window, clock, which);
        }
        double[][] figures = steps(window, clock, start, step("sinkhorn"));
        System.out.printf(Locale.ROOT, "single ε steps at n = 1000  %s%n", latencies(figures));
        printStages(figures);
    }

    private static void dragOnce(MainWindowController window, PulseClock clock, String which)
            throws InterruptedException {
        clock.resetGaps();
        // The thumb is held, as a hand holds it (the picture is then a draft, the full one when it is let go).
        javafx.scene.control.Slider thumb = window.parametersPanel().epsilonSlider().getSlider();
        Platform.runLater(() -> thumb.setValueChanging(true));
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
        Platform.runLater(() -> thumb.setValueChanging(false));
        double[] intervals = PulseClock.sortedIntervalsMillis(frames);
        System.out.printf(Locale.ROOT, "%s drag n = 1000 (sinkhorn, an ε step every %d ms for %.0f s): %d frames with a "
                + "new plan, interval median %.1f ms, max %.1f ms; longest FX pulse gap %.1f ms  load %s%n",
                which, DRAG_EVENT_MILLIS, DRAG_MILLIS / 1e3, frames.size(),
                intervals.length == 0 ? Double.NaN : intervals[intervals.length / 2],
                intervals.length == 0 ? Double.NaN : intervals[intervals.length - 1], clock.longestGapMillis(),
                PulseClock.loadAverage());
    }
}
