package org.otexplorer.ui.transport;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.LinePicture;
import org.otexplorer.ui.charts.MarkerStyle;
import org.otexplorer.ui.charts.PlotGeometry;
import org.otexplorer.ui.charts.PlotPicture;
import org.otexplorer.ui.charts.ScatterData;
import org.otexplorer.ui.export.HeadlessFx;
import org.otexplorer.ui.PulseClock;
import org.otexplorer.ui.ThreadCpu;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * Benchmark (prints figures, asserts nothing): the source-and-target panel's redraw, request → pixels. The panel
 * (ScatterPanel.fxml, the explorer's style sheets, 820 × 560 px) is handed a solved plan of the blobs at
 * n = m = 60, 300 and 1000, ε = 0.05 × mean C stepped down 10 % at a time as a slider drag does, and the time is
 * taken from {@code show(solve)} on the FX thread until the FX pulse after the one in which the chart drew the new
 * display (its line picture made for the geometry on screen): that frame's pixels have been rendered by then. The
 * solve itself is not included (it is computed beforehand). Then a drag at n = 1000: a new plan is handed over
 * every 16 ms for 3 s; it prints the longest gap between FX pulses (the window stays live) and the intervals
 * between new pictures on screen. Run under Xvfb (like the app) or headless (Monocle) with
 * {@code java -cp target/classes:target/test-classes:<deps> org.otexplorer.ui.transport.ScatterRedrawBenchmark}.
 */
public final class ScatterRedrawBenchmark {
    private static final int STEPS = 8;
    private static final long DRAG_MILLIS = 3000;
    private static final long DRAG_EVENT_MILLIS = 16;

    private ScatterRedrawBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessFx.ensureStarted();
        CompletableFuture<ScatterPanelController> panel = new CompletableFuture<>();
        Platform.runLater(() -> panel.complete(openPanel()));
        ScatterPanelController controller = panel.get(60, TimeUnit.SECONDS);
        PulseClock clock = new PulseClock();
        Platform.runLater(clock::start);
        floor(controller, clock);
        for (int n : new int[] {60, 300, 1000}) {
            List<SolveView> plans = plans(n, STEPS + 1);
            redraw(controller, clock, plans.get(0)); // warm-up: new data, new axis ranges
            double[] millis = new double[STEPS];
            ThreadCpu before = ThreadCpu.now();
            for (int k = 0; k < STEPS; k++) {
                millis[k] = redraw(controller, clock, plans.get(k + 1));
            }
            ThreadCpu after = ThreadCpu.now();
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            DataScatterChart chart = controller.chart();
            System.out.printf(Locale.ROOT, "n = %4d  request -> pixels: median %6.1f ms, max %6.1f ms  (%,d lines, "
                    + "%,d sharp, haze at 1/%d)  load %s%n", n, sorted[STEPS / 2], sorted[STEPS - 1],
                    chart.drawnLines(), chart.picture().sharp(), chart.picture().reduction(), PulseClock.loadAverage());
            System.out.println("          CPU per redraw: " + after.perEventSince(before, STEPS, 4));
            stages(controller, plans.get(STEPS));
        }
        drag(controller, clock, plans(1000, 12));
        Platform.exit();
    }

    private static ScatterPanelController openPanel() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FXMLLoader loader = new FXMLLoader(ScatterPanelController.class.getResource("ScatterPanel.fxml"));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.getStyleClass().add("explorer");
        Scene scene = new Scene(root, 820, 560);
        scene.getStylesheets().add(ScatterPanelController.class.getResource("/org/otexplorer/ui/explorer.css")
                .toExternalForm());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        ScatterPanelController controller = loader.getController();
        controller.bind(new ScenarioModel(base()), new ComputeService(Platform::runLater));
        return controller;
    }

    /** Solved blobs at n = m, ε = 0.05 × mean C and then 10 % less at each step. */
    private static List<SolveView> plans(int n, int count) {
        List<SolveView> out = new ArrayList<>();
        double eps = 0.05;
        for (int k = 0; k < count; k++, eps *= 0.9) {
            Scenario s = base().withData(DataSpec.defaults().withSizes(n, n, 2))
                    .withEngine(EngineSpec.defaults().withEpsilon(eps, true));
            out.add(ScenarioSnapshot.compute(s, null, false, false).solve());
        }
        return out;
    }

    private static Scenario base() {
        return new Scenario(null, "bench", null, 1L, DataSpec.defaults(), null, null, null);
    }

    /** The pipeline's floor: a label's new text to the pulse after the one that drew it. */
    private static void floor(ScatterPanelController controller, PulseClock clock) throws InterruptedException {
        javafx.scene.control.Label label = (javafx.scene.control.Label) controller.chart().chart().getScene()
                .lookup(".view-title");
        double[] millis = new double[STEPS];
        for (int k = 0; k < STEPS; k++) {
            long[] start = new long[1];
            String text = "Source and target " + k;
            Platform.runLater(() -> {
                start[0] = System.nanoTime();
                label.setText(text);
            });
            millis[k] = (clock.awaitPulseAfter(() -> text.equals(label.getText())) - start[0]) * 1e-6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "floor: a label's text -> pixels: median %6.1f ms, max %6.1f ms  load %s%n",
                millis[STEPS / 2], millis[STEPS - 1], PulseClock.loadAverage());
    }

    /** Milliseconds from handing over a solve to the pulse after the one that drew it. */
    private static double redraw(ScatterPanelController controller, PulseClock clock, SolveView view)
            throws InterruptedException {
        long[] start = new long[1];
        Platform.runLater(() -> {
            start[0] = System.nanoTime();
            controller.show(view);
        });
        long drawnPulse = clock.awaitPulseAfter(() -> drawn(controller, view));
        return (drawnPulse - start[0]) * 1e-6;
    }

    /** Whether the panel shows this solve with a line picture fitting the chart's geometry. */
    private static boolean drawn(ScatterPanelController controller, SolveView view) {
        DataScatterChart chart = controller.chart();
        return controller.shown() == view && chart.picture() != null
                && chart.picture().lines() == chart.shown().lines()
                && chart.picture().geometry().equals(chart.geometry());
    }

    /**
     * The display job's stages one at a time on this thread for the plan on screen, in thread CPU (medians of
     * {@value #STEPS}): the display data, the line raster (full and draft), the plot picture (the markers over the
     * lines, one image).
     */
    private static void stages(ScatterPanelController controller, SolveView view) throws Exception {
        DataScatterChart chart = controller.chart();
        CompletableFuture<Object[]> read = new CompletableFuture<>();
        Platform.runLater(() -> read.complete(new Object[] {chart.geometry(), chart.lineColor(), chart.markerStyle()}));
        Object[] now = read.get(60, TimeUnit.SECONDS);
        PlotGeometry geometry = (PlotGeometry) now[0];
        javafx.scene.paint.Color color = (javafx.scene.paint.Color) now[1];
        MarkerStyle style = (MarkerStyle) now[2];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[][] millis = new double[4][STEPS];
        for (int r = 0; r < STEPS; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            ScatterData data = ScatterPanelController.display(view, new Projection(0, 1), 0);
            long t1 = cpu.getCurrentThreadCpuTime();
            LinePicture lines = LinePicture.of(data.lines(), geometry, color);
            long t2 = cpu.getCurrentThreadCpuTime();
            LinePicture.draft(data.lines(), geometry, color);
            long t3 = cpu.getCurrentThreadCpuTime();
            PlotPicture.of(data, lines, style);
            long t4 = cpu.getCurrentThreadCpuTime();
            long[] t = {t0, t1, t2, t3, t4};
            for (int k = 0; k < 4; k++) {
                millis[k][r] = (t[k + 1] - t[k]) * 1e-6;
            }
        }
        for (double[] m : millis) {
            Arrays.sort(m);
        }
        System.out.printf(Locale.ROOT, "          stages alone (thread CPU, %d x %d px): display data %.1f ms, line"
                + " raster %.1f ms (draft %.1f ms), plot picture %.1f ms%n", geometry.width(), geometry.height(),
                millis[0][STEPS / 2], millis[1][STEPS / 2], millis[2][STEPS / 2], millis[3][STEPS / 2]);
    }

    /** A new plan every 16 ms for 3 s: the longest pulse gap and the intervals between new pictures. */
    private static void drag(ScatterPanelController controller, PulseClock clock, List<SolveView> plans)
            throws InterruptedException {
        clock.resetGaps();
        List<Long> pictures = PulseClock.framesWhile(() -> controller.chart().picture(), () -> {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAG_MILLIS);
            for (int k = 0; System.nanoTime() < end; k++) {
                SolveView view = plans.get(k % plans.size());
                Platform.runLater(() -> controller.show(view));
                Thread.sleep(DRAG_EVENT_MILLIS);
            }
        });
        double[] intervals = PulseClock.sortedIntervalsMillis(pictures);
        System.out.printf(Locale.ROOT, "n = 1000  drag (a new plan every %d ms for %.0f s): longest FX pulse gap "
                + "%.1f ms; %d new pictures, interval median %.1f ms, max %.1f ms  load %s%n", DRAG_EVENT_MILLIS,
                DRAG_MILLIS / 1e3, clock.longestGapMillis(), pictures.size(),
                intervals.length == 0 ? Double.NaN : intervals[intervals.length / 2],
                intervals.length == 0 ? Double.NaN : intervals[intervals.length - 1], PulseClock.loadAverage());
    }

    /** Runs every pulse: finds the pulse after a condition first holds, and the longest gap between pulses. */
}
