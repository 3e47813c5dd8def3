package org.otexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.InlinePoints;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.DemoPointClouds;
import org.otexplorer.service.SolveView;

/**
 * Benchmark (prints figures, asserts nothing; issue 14 view 3, target ≥ 20 frames a second): a point drag on the
 * source-and-target chart at n = m = 300 — the edit the chart's drag handler makes ({@code PointEditing}: the
 * point moved, one undo gesture) every 16 ms for 4 s, the point going round a circle — and the frames of redrawn
 * pixels: FX pulses at which the chart shows a new picture (a new solve's points and lines). Per method it prints
 * frames per second, the median and longest interval between frames, the median solve time and iterations of the
 * drag's solves (warm-started), the FX thread's time per edit (the scenario update and every listener: panels,
 * status bar, the solve's submission), and the longest gap between FX pulses; with the bottom panel (the H spectrum of
 * every plan, computed beside the solves) and without. Run under Xvfb like the app, 1440 × 900:
 * {@code java -cp target/classes:target/test-classes:<deps> org.otexplorer.ui.PointDragBenchmark}.
 */
public final class PointDragBenchmark {
    private static final int N = 300;
    private static final long DRAG_MILLIS = 4000;
    private static final long DRAG_EVENT_MILLIS = 16;

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
        System.out.printf(Locale.ROOT, "Point drag, n = m = %d, an edit every %d ms for %.0f s (1440 x 900)  load %s%n",
                N, DRAG_EVENT_MILLIS, DRAG_MILLIS / 1e3, PulseClock.loadAverage());
        for (boolean bottomPanel : new boolean[] {true, false}) {
            Platform.runLater(() -> bottomPanelItem(window).setSelected(bottomPanel));
            System.out.println(bottomPanel ? "with the bottom panel (H spectrum of every plan):"
                    : "without the bottom panel (Ctrl+H):");
            for (String method : new String[] {"sinkhorn-log", "sinkhorn"}) {
                drag(window, clock, points.withEngine(points.engine().withMethod(method)), method);
            }
        }
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
            throws InterruptedException {
        Platform.runLater(() -> window.model().replace(start, null));
        clock.awaitPulseAfter(() -> window.compute().isIdle() && window.compute().solvedCount() > 0);
        clock.resetGaps();
        double[] centre = start.data().points().source()[0];
        List<SolveView> solves = new ArrayList<>();
        List<Double> editMillis = new ArrayList<>();
        Platform.runLater(() -> window.model().beginGesture("move source point 1"));
        long began = System.nanoTime();
        List<Long> frames = PulseClock.framesWhile(() -> window.scatterPanel().chart().shown(), () -> {
            long end = began + TimeUnit.MILLISECONDS.toNanos(DRAG_MILLIS);
            for (int k = 0; System.nanoTime() < end; k++) {
                double angle = 2 * Math.PI * k / 120;
                double[] at = {centre[0] + 0.5 * Math.cos(angle), centre[1] + 0.5 * Math.sin(angle)};
                Platform.runLater(() -> {
                    SolveView shown = window.scatterPanel().shown();
                    if (shown != null && (solves.isEmpty() || solves.get(solves.size() - 1) != shown)) {
                        solves.add(shown);
                    }
                    long t0 = System.nanoTime();
                    window.model().update("move source point 1", s -> s.withData(s.data().withPoints(
                            s.data().points().withPoint(false, 0, at))));
                    editMillis.add((System.nanoTime() - t0) * 1e-6);
                });
                Thread.sleep(DRAG_EVENT_MILLIS);
            }
        });
        double seconds = (System.nanoTime() - began) * 1e-9;
        Platform.runLater(() -> window.model().endGesture());
        double[] intervals = PulseClock.sortedIntervalsMillis(frames);
        double[] solveMillis = solves.stream().skip(1).mapToDouble(v -> v.solveSeconds() * 1e3).sorted().toArray();
        double[] iterations = solves.stream().skip(1).mapToDouble(SolveView::iterations).sorted().toArray();
        long warm = solves.stream().skip(1).filter(SolveView::warmStarted).count();
        double[] edits = editMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-13s %5.1f frames/s (%d frames in %.1f s), interval median %.1f ms, max %.1f"
                + " ms; solves: median %.1f ms, %.0f iterations, %d of %d warm; %d edits, FX time each: median %.2f ms,"
                + " max %.1f ms; longest FX pulse gap %.1f ms  load %s%n",
                method, frames.size() / seconds, frames.size(), seconds, median(intervals), last(intervals),
                median(solveMillis), median(iterations), warm, solveMillis.length, edits.length, median(edits),
                last(edits), clock.longestGapMillis(), PulseClock.loadAverage());
    }

    private static double median(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    private static double last(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}
