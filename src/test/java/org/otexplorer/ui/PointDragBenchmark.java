package org.otexplorer.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.InlinePoints;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.DemoPointClouds;
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.LinePicture;
import org.otexplorer.ui.charts.PlotGeometry;
import org.otexplorer.ui.charts.ScatterData;

/**
 * Benchmark (prints figures, asserts nothing; issue 14 view 3, target ≥ 20 frames a second): a point drag on the
 * source-and-target chart at n = m = 300 — a mouse press on source point 1, a mouse-dragged event every 16 ms for
 * 4 s taking it round a circle, the release, all fired at the chart as the pointer would, so the drag handler
 * ({@code PointEditing}) does what it does for a user: at most one edit per FX pulse, draft line pictures while the
 * point moves, the spectrum waiting — and the frames of redrawn pixels: FX pulses at which the chart shows a new
 * picture (a new solve's points and lines). Per method it prints frames per second, the median and longest interval
 * between frames, the median solve time and iterations of the drag's solves (warm-started), the number of edits
 * the mouse events became, the FX thread's time per mouse event, the longest gap between FX pulses, and how long
 * after the release the full picture is on screen; with the bottom panel (the H spectrum) and without. Then the
 * parts in isolation, one at a time on this thread for the last plan: the display data, the full and the draft line
 * picture for the chart's geometry, a cold solve and the H spectrum beside it. Run under Xvfb like the app,
 * 1440 × 900: {@code java -cp target/classes:target/test-classes:<deps> org.otexplorer.ui.PointDragBenchmark}.
 */
public final class PointDragBenchmark {
    private static final int N = 300;
    private static final long DRAG_MILLIS = 4000;
    private static final long DRAG_EVENT_MILLIS = 16;
    /** The circle's radius, in pixels of the chart. */
    private static final double RADIUS_PIXELS = 40;
    private static final int REPEATS = 7;

    private PointDragBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        MainWindowController window = BenchmarkWindow.open();
        PulseClock clock = new PulseClock();
        Platform.runLater(clock::start);
        Scenario generated = DefaultScenario.create();
        DataSpec sized = generated.data().withSizes(N, N, 2);
        DemoPointClouds.Clouds clouds = DemoPointClouds.create(sized, generated.seed(), null);
        Scenario points = generated.withData(sized.withPoints(InlinePoints.of(clouds.source(), clouds.target())));
        System.out.printf(Locale.ROOT, "Point drag, n = m = %d, a mouse drag event every %d ms for %.0f s (1440 x 900)"
                + "  load %s%n", N, DRAG_EVENT_MILLIS, DRAG_MILLIS / 1e3, PulseClock.loadAverage());
        for (boolean bottomPanel : new boolean[] {true, false}) {
            Platform.runLater(() -> bottomPanelItem(window).setSelected(bottomPanel));
            System.out.println(bottomPanel ? "with the bottom panel (H spectrum, computed when the point rests):"
                    : "without the bottom panel (Ctrl+H):");
            for (String method : new String[] {"sinkhorn-log", "sinkhorn"}) {
                drag(window, clock, points.withEngine(points.engine().withMethod(method)), method);
            }
        }
        parts(window, points);
        Platform.runLater(() -> {
            window.shutdown();
            Platform.exit();
        });
    }

    private static javafx.scene.control.CheckMenuItem bottomPanelItem(MainWindowController window) {
        return window.compute().viewItems().stream().filter(i -> i.getText().startsWith("_Bottom panel"))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
    }

    private static void drag(MainWindowController window, PulseClock clock, Scenario start, String method)
            throws Exception {
        Platform.runLater(() -> window.model().replace(start, null));
        clock.awaitPulseAfter(() -> window.compute().isIdle() && window.compute().solvedCount() > 0);
        clock.resetGaps();
        DataScatterChart chart = window.scatterPanel().chart();
        double[] p = start.data().points().source()[0];
        Point2D centre = onFx(() -> chart.sceneOf(p[0], p[1]));
        List<SolveView> solves = new ArrayList<>();
        List<Double> eventMillis = new ArrayList<>();
        AtomicInteger edits = new AtomicInteger();
        javafx.beans.value.ChangeListener<Scenario> counter = (o, was, now) -> edits.incrementAndGet();
        Platform.runLater(() -> {
            window.model().scenarioProperty().addListener(counter);
            fire(chart, MouseEvent.MOUSE_PRESSED, centre, true);
        });
        ThreadCpu cpuBefore = ThreadCpu.now();
        long began = System.nanoTime();
        List<Long> frames = PulseClock.framesWhile(chart::shown, () -> {
            long end = began + TimeUnit.MILLISECONDS.toNanos(DRAG_MILLIS);
            for (int k = 1; System.nanoTime() < end; k++) {
                double angle = 2 * Math.PI * k / 120;
                Point2D at = centre.add(RADIUS_PIXELS * (Math.cos(angle) - 1), RADIUS_PIXELS * Math.sin(angle));
                Platform.runLater(() -> {
                    SolveView shown = window.scatterPanel().shown();
                    if (shown != null && (solves.isEmpty() || solves.get(solves.size() - 1) != shown)) {
                        solves.add(shown);
                    }
                    long t0 = System.nanoTime();
                    fire(chart, MouseEvent.MOUSE_DRAGGED, at, true);
                    eventMillis.add((System.nanoTime() - t0) * 1e-6);
                });
                Thread.sleep(DRAG_EVENT_MILLIS);
            }
        });
        double seconds = (System.nanoTime() - began) * 1e-9;
        ThreadCpu cpuAfter = ThreadCpu.now();
        long[] released = new long[1];
        Platform.runLater(() -> {
            released[0] = System.nanoTime();
            fire(chart, MouseEvent.MOUSE_RELEASED, centre, false);
            window.model().scenarioProperty().removeListener(counter);
        });
        long full = clock.awaitPulseAfter(() -> window.compute().isIdle() && chart.picture() != null
                && !chart.picture().draft() && chart.picture().lines() == chart.shown().lines());
        double[] intervals = PulseClock.sortedIntervalsMillis(frames);
        double[] solveMillis = solves.stream().skip(1).mapToDouble(v -> v.solveSeconds() * 1e3).sorted().toArray();
        double[] iterations = solves.stream().skip(1).mapToDouble(SolveView::iterations).sorted().toArray();
        long warm = solves.stream().skip(1).filter(SolveView::warmStarted).count();
        double[] events = eventMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-13s %5.1f frames/s (%d frames in %.1f s), interval median %.1f ms, max %.1f"
                + " ms; solves: median %.1f ms, %.0f iterations, %d of %d warm; %d mouse events -> %d edits, FX time"
                + " per event: median %.2f ms; longest FX pulse gap %.1f ms; release -> full picture and spectrum"
                + " %.0f ms  load %s%n",
                method, frames.size() / seconds, frames.size(), seconds, median(intervals), last(intervals),
                median(solveMillis), median(iterations), warm, solveMillis.length, events.length, edits.get(),
                median(events), clock.longestGapMillis(), (full - released[0]) * 1e-6, PulseClock.loadAverage());
        System.out.println("    CPU per frame: " + cpuAfter.perEventSince(cpuBefore, frames.size(), 5));
    }

    /** A mouse event at a scene position on the chart, as the pointer makes it (primary button). */
    private static void fire(DataScatterChart chart, EventType<MouseEvent> type, Point2D scene, boolean down) {
        Point2D screen = chart.chart().localToScreen(chart.chart().sceneToLocal(scene));
        Event.fireEvent(chart.chart(), new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(),
                screen.getY(), MouseButton.PRIMARY, 1, false, false, false, false, down, false, false, false, false,
                false, null));
    }

    /** The parts of a frame one at a time on this thread, for the plan on screen (medians of {@value #REPEATS}). */
    private static void parts(MainWindowController window, Scenario points) throws Exception {
        DataScatterChart chart = window.scatterPanel().chart();
        SolveView s = onFx(() -> window.scatterPanel().shown());
        PlotGeometry geometry = onFx(chart::geometry);
        Color color = onFx(chart::lineColor);
        double[] data = new double[REPEATS];
        double[] full = new double[REPEATS];
        double[] draft = new double[REPEATS];
        ScatterData shown = null;
        LinePicture[] pictures = new LinePicture[2];
        for (int r = 0; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            shown = ScatterData.of(s.sourcePoints(), s.targetPoints(), s.plan(), 0, 1);
            long t1 = System.nanoTime();
            pictures[0] = LinePicture.of(shown.lines(), geometry, color);
            long t2 = System.nanoTime();
            pictures[1] = LinePicture.draft(shown.lines(), geometry, color);
            long t3 = System.nanoTime();
            data[r] = (t1 - t0) * 1e-6;
            full[r] = (t2 - t1) * 1e-6;
            draft[r] = (t3 - t2) * 1e-6;
        }
        System.out.printf(Locale.ROOT, "parts, one at a time (%d x %d px plot, %,d lines): display data %.1f ms;"
                + " line picture full %.1f ms (%,d sharp, haze 1/%d), draft %.1f ms (%,d sharp, haze 1/%d)  load %s%n",
                geometry.width(), geometry.height(), shown.lines().count(), sortedMedian(data), sortedMedian(full),
                pictures[0].sharp(), pictures[0].reduction(), sortedMedian(draft), pictures[1].sharp(),
                pictures[1].reduction(), PulseClock.loadAverage());
        for (String method : new String[] {"sinkhorn-log", "sinkhorn"}) {
            Scenario m = points.withEngine(points.engine().withMethod(method));
            double[] solve = new double[3];
            double[] spectrum = new double[3];
            for (int r = 0; r < solve.length; r++) {
                long t0 = System.nanoTime();
                ScenarioSnapshot.compute(m, null, false, false);
                long t1 = System.nanoTime();
                ScenarioSnapshot.compute(m, null, true, false);
                long t2 = System.nanoTime();
                solve[r] = (t1 - t0) * 1e-6;
                spectrum[r] = (t2 - t1 - (t1 - t0)) * 1e-6;
            }
            System.out.printf(Locale.ROOT, "parts: %-13s cold solve %.0f ms; the H spectrum beside it %.0f ms  load %s%n",
                    method, sortedMedian(solve), sortedMedian(spectrum), PulseClock.loadAverage());
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        java.util.concurrent.FutureTask<T> future = new java.util.concurrent.FutureTask<>(task);
        Platform.runLater(future);
        return future.get(60, TimeUnit.SECONDS);
    }

    private static double sortedMedian(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return median(sorted);
    }

    private static double median(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    private static double last(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}
