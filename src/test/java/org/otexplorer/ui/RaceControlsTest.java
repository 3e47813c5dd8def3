package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.regression.TraceEntry;
import org.otexplorer.service.MovedSource;
import org.otexplorer.service.RaceView;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.transport.TracePanelController;

/**
 * The optimizer race's controls as the user sees them (TestFX on Monocle): fast-forward draws the race once, at
 * its end; the traces' x-axis switches to wall-clock time; a registration's source cloud moves with the fit.
 */
class RaceControlsTest extends ExplorerWindowTestSupport {
    private static final Path SIN_ROBOT = Path.of("samples/sin-robot-robust-vs-robot.json");
    private static final Path REGISTRATION = Path.of("samples/point-cloud-registration-sgd-newton.json");

    @Override
    String recentFilesNode() {
        return "race";
    }



    @Test
    void fastForwardRunsToTheEndAndDrawsTheTracesOnceWithEveryPoint() throws Exception {
        openSolved(SIN_ROBOT);
        TracePanelController traces = window.tracePanel();
        awaitFx(() -> traces.shown() != null); // the prepared race's empty lanes, drawn once
        int before = onFx(traces::redraws);
        boolean[] sawPartialUndrawn = {false};
        clickOn("#fastForwardButton");
        awaitFx(() -> {
            RaceView race = traces.shown();
            if (race != null && !finished(race) && race.lanes().stream().anyMatch(l -> !l.entries().isEmpty())) {
                assertEquals(0, traces.traceChart().pointCount(), "nothing drawn on the way");
                assertEquals(before, traces.redraws(), "no redraw while the race runs");
                sawPartialUndrawn[0] = true;
            }
            return finished(race);
        });
        // drawn at the end: by the snapshot that ends the race (and the race's result, if it comes separately)
        int after = onFx(traces::redraws);
        assertTrue(after == before + 1 || after == before + 2, "drawn at the end only: " + (after - before));
        RaceView race = onFx(traces::shown);
        long finite = race.lanes().stream().flatMap(l -> l.entries().stream())
                .filter(e -> Double.isFinite(e.loss())).count();
        int closedForm = (int) race.lanes().stream().filter(l -> l.entries().size() == 1).count();
        assertEquals(finite + closedForm, (int) onFx(() -> traces.traceChart().pointCount()),
                "every iteration of every lane (closed forms drawn flat: two points)");
        System.out.println("fast-forward: an intermediate snapshot was seen undrawn: " + sawPartialUndrawn[0]);
    }

    @Test
    void theTraceAxisSwitchesToWallClockSecondsSinceEachRunStarted() throws Exception {
        openSolved(SIN_ROBOT);
        TracePanelController traces = window.tracePanel();
        interact(traces::play);
        awaitFx(() -> finished(traces.shown()));
        interact(() -> window.model().update(s -> s.withSection("race", s.section("race")
                .with(TracePanelController.TRACE_AXIS, "time"))));
        awaitFx(() -> "wall-clock time (s)".equals(traces.traceChart().xAxisName()));
        RaceView race = onFx(traces::shown);
        double lastSecond = race.lanes().stream().flatMap(l -> l.entries().stream())
                .mapToDouble(TraceEntry::elapsedMs).max().orElseThrow() / 1000;
        List<DataSet> sets = onFx(() -> List.copyOf(traces.traceChart().chart().getRenderers().get(0).getDatasets()));
        double largestX = sets.stream().mapToDouble(d -> d.get(DataSet.DIM_X, d.getDataCount() - 1)).max()
                .orElseThrow();
        assertEquals(lastSecond, largestX, 1e-12, "x is the elapsed time of the entries, in seconds");
        int iterations = race.lanes().stream().mapToInt(l -> l.entries().size()).max().orElseThrow();
        assertNotEquals((double) iterations, largestX, "not the iteration");
        assertEquals("time", onFx(() -> window.model().scenario().section("race")
                .get(TracePanelController.TRACE_AXIS)), "the choice is kept in the scenario");
        interact(() -> window.model().update(s -> s.withSection("race", s.section("race")
                .with(TracePanelController.TRACE_AXIS, "iteration"))));
        awaitFx(() -> "iteration".equals(traces.traceChart().xAxisName()));
    }

    /**
     * Issue 12 item 14: after a drag zooms into the race chart a "⟲ Whole race" button shows among the race's
     * controls (before, only a double-click nobody is told of went back), and it brings back the whole race.
     */
    @Test
    void aZoomedRaceChartShowsAButtonThatBringsTheWholeRaceBack() throws Exception {
        openSolved(SIN_ROBOT);
        TracePanelController traces = window.tracePanel();
        interact(traces::play);
        awaitFx(() -> finished(traces.shown()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
        javafx.scene.Node unzoom = lookup("#unzoomButton").query();
        assertTrue(!onFx(unzoom::isVisible), "no zoom yet: no button");
        io.fair_acc.chartfx.axes.Axis x = traces.traceChart().chart().getXAxis();
        double[] whole = onFx(() -> new double[] {x.getMin(), x.getMax()});
        javafx.geometry.Bounds plot = onFx(() -> {
            javafx.scene.Node canvas = traces.traceChart().chart().getCanvas();
            return canvas.localToScreen(canvas.getLayoutBounds());
        });
        drag(new javafx.geometry.Point2D(plot.getMinX() + 0.3 * plot.getWidth(), plot.getMinY() + 0.3 * plot.getHeight()),
                javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(plot.getMinX() + 0.6 * plot.getWidth(),
                        plot.getMinY() + 0.7 * plot.getHeight()))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        awaitFx(unzoom::isVisible);
        assertTrue(onFx(() -> x.getMax() - x.getMin()) < 0.5 * (whole[1] - whole[0]), "zoomed in");
        javafx.geometry.Bounds button = onFx(() -> unzoom.localToScene(unzoom.getLayoutBounds()));
        double height = onFx(() -> unzoom.getScene().getHeight());
        assertTrue(button.getMaxY() <= height && button.getMinY() >= 0, "the button is on screen: " + button);
        clickOn(unzoom);
        awaitFx(() -> !unzoom.isVisible());
        assertEquals(whole[0], onFx(x::getMin), 1e-9 * (whole[1] - whole[0]), "the whole race again");
        assertEquals(whole[1], onFx(x::getMax), 1e-9 * (whole[1] - whole[0]), "the whole race again");
    }

    private static double meanNearest(double[][] from, double[][] to) {
        double total = 0;
        for (double[] p : from) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] q : to) {
                double d = 0;
                for (int k = 0; k < p.length; k++) {
                    d += (p[k] - q[k]) * (p[k] - q[k]);
                }
                best = Math.min(best, d);
            }
            total += Math.sqrt(best);
        }
        return total / from.length;
    }

    @Test
    void aRegistrationsSourceCloudMovesOntoTheTargetAsTheFitProceeds() throws Exception {
        openSolved(REGISTRATION);
        SolveView solved = onFx(() -> window.scatterPanel().shown());
        TracePanelController traces = window.tracePanel();
        interact(traces::play);
        awaitFx(() -> finished(traces.shown()));
        Scenario s = ScenarioFiles.load(REGISTRATION);
        MovedSource source = MovedSource.of(s, REGISTRATION.toAbsolutePath().getParent());
        List<double[][]> iterates = onFx(() -> traces.shown()).lanes().get(MovedSource.followedLane(s)).iterates();
        double[][] last = source.at(iterates.get(iterates.size() - 1));
        awaitFx(() -> window.compute().isIdle()
                && java.util.Arrays.deepEquals(window.scatterPanel().shown().sourcePoints(), last));
        SolveView shown = onFx(() -> window.scatterPanel().shown());
        double[][] atTruth = source.at(source.truth());
        double before = meanNearest(solved.sourcePoints(), solved.targetPoints());
        double after = meanNearest(shown.sourcePoints(), shown.targetPoints());
        double atTheTrueMap = meanNearest(atTruth, solved.targetPoints());
        System.out.printf("registration: mean nearest target %.4f before, %.4f after, %.4f at the true map%n",
                before, after, atTheTrueMap);
        assertTrue(after < 0.5 * before && after < 1.5 * atTheTrueMap, "the moved cloud lies on the target as "
                + "the true map puts it: mean nearest distance " + after + " against " + before + " before the fit, "
                + atTheTrueMap + " at the true map");
        double offTruth = 0;
        for (int i = 0; i < atTruth.length; i++) {
            double d = 0;
            for (int k = 0; k < atTruth[i].length; k++) {
                d += Math.pow(shown.sourcePoints()[i][k] - atTruth[i][k], 2);
            }
            offTruth += Math.sqrt(d) / atTruth.length;
        }
        System.out.printf("registration: mean distance to the true map's image %.4f%n", offTruth);
        assertTrue(offTruth < 0.5 * atTheTrueMap + 0.05, "each point near where the true map sends it: mean "
                + "distance " + offTruth);
        assertEquals(solved.targetPoints(), shown.targetPoints(), "the target does not move");
    }
}
