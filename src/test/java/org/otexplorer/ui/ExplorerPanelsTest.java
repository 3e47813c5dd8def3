package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.otexplorer.ui.transport.PlanDisplay;
import org.otexplorer.ui.transport.SpectrumPanelController;
import org.otexplorer.ui.transport.TracePanelController;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.service.RaceView;

/** The trace, sweep and heatmap panels and every sample, driven headless (TestFX on Monocle). */
class ExplorerPanelsTest extends ExplorerWindowTestSupport {
    private static final Path LANDSCAPE = Path.of("samples/two-parameter-landscape-robot-vs-am.json");


    @Override
    String recentFilesNode() {
        return "panels";
    }



    /**
     * Dragging ε low changes the spectrum's figures from "0.004026" to numbers of nine characters or to
     * "6.641e-18 (0: split plan)"; the figures' column keeps its width and the τ slider stays where it was (the
     * column used to widen, squeezing the slider's name onto two lines under the pointer).
     */
    @Test
    void theSpectrumFiguresKeepTheirColumnAndTheSliderItsPlaceAsEpsilonFalls() throws Exception {
        resizeWindow(1280, 800);
        awaitFx(() -> window.compute().isIdle() && window.spectrumPanel().shown() != null);
        javafx.scene.Node figures = lookup(".figures").query();
        javafx.scene.Node slider = lookup(".spectrum-controls").lookup((javafx.scene.Node n) -> n instanceof
                org.otexplorer.ui.workbench.ParameterSlider).query();
        double width = onFx(() -> figures.getLayoutBounds().getWidth());
        javafx.geometry.Bounds place = onFx(() -> slider.localToScene(slider.getLayoutBounds()));
        var before = onFx(() -> window.spectrumPanel().shown());
        for (double eps : new double[] {1e-3, 1e-4}) {
            interact(() -> window.model().update(s -> s.withEngine(s.engine().withEpsilon(eps, true))));
            awaitFx(() -> window.compute().isIdle() && window.spectrumPanel().shown() != before);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents(4);
            assertEquals(width, onFx(() -> figures.getLayoutBounds().getWidth()), 0.5, "the figures' column at " + eps);
            assertEquals(place, onFx(() -> slider.localToScene(slider.getLayoutBounds())), "the τ slider at " + eps);
        }
    }

    @Test
    void playRacesTheOptimizersAndDrawsTracesAndTheLandscapeWithPaths() throws Exception {
        openSolved(LANDSCAPE);
        TracePanelController traces = window.tracePanel();
        awaitFx(() -> traces.landscapeChart().hasSurface());
        interact(traces::play);
        awaitFx(() -> finished(traces.shown()));
        RaceView race = onFx(traces::shown);
        assertEquals(List.of("am", "robot", "ls", "oracle"), race.lanes().stream().map(RaceView.Lane::label).toList());
        assertEquals(150, race.lanes().get(1).entries().size(), "robot ran all its iterations");
        awaitFx(() -> traces.traceChart().pointCount() > 150 && traces.landscapeChart().pathPoints() > 150);
        assertTrue(onFx(() -> traces.traceChart().isLogMetricAxis()), "errors are drawn on a log axis");
        awaitFx(() -> lookup(n -> n instanceof javafx.scene.control.Label l && l.getText().startsWith("robot")
                && l.getText().contains("150 it") && l.getText().endsWith("max it")).tryQuery().isPresent());
    }

    @Test
    void stepAdvancesEveryOptimizerByOneIterationAndResetClears() throws Exception {
        openSolved(LANDSCAPE);
        TracePanelController traces = window.tracePanel();
        interact(traces::step);
        interact(traces::step);
        awaitFx(() -> traces.shown() != null && traces.shown().lanes().get(1).entries().size() == 2);
        Thread.sleep(500);
        assertEquals(2, onFx(() -> traces.shown().lanes().get(1).entries().size()), "paused after two steps");
        interact(traces::reset);
        awaitFx(() -> traces.shown() != null && traces.shown().lanes().stream().allMatch(l -> l.entries().isEmpty()));
    }

    @Test
    void optimizersCanBeAddedToAndRemovedFromTheRace() throws Exception {
        openSolved(LANDSCAPE);
        TracePanelController traces = window.tracePanel();
        interact(() -> traces.addToRace("gd"));
        awaitFx(() -> traces.shown() != null && traces.shown().lanes().size() == 5);
        assertEquals("gd", onFx(() -> window.model().scenario().regression().optimizers().get(4).method()));
        assertTrue(onFx(() -> window.model().isDirty()), "the race's list is part of the scenario");
        interact(() -> traces.removeOptimizer(0));
        awaitFx(() -> traces.shown() != null && traces.shown().lanes().size() == 4);
        assertEquals("robot", onFx(() -> traces.shown().lanes().get(0).label()));
        awaitFx(() -> lookup(n -> n instanceof javafx.scene.control.Label l && l.getText().startsWith("gd ")
                && l.getContextMenu() != null && l.getContextMenu().getItems().get(0).getText().contains("gd")).tryQuery()
                .isPresent());
    }

    @Test
    void threeDimensionalPointsCanBeShownInAnyTwoDimensionalProjection() throws Exception {
        openSolved(Path.of("samples/point-cloud-registration-similarity.json"));
        interact(() -> window.scatterPanel().project(0, 2));
        awaitFx(() -> "coordinate 3".equals(window.scatterPanel().chart().chart().getYAxis().getName()));
        assertTrue(onFx(() -> window.scatterPanel().chart().drawnLines()) > 0);
    }

    @Test
    void theEpsilonSweepDrawsMeasuredAndClosedFormCurves() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        interact(() -> window.spectrumPanel().showChart(SpectrumPanelController.OVER_EPSILON));
        awaitFx(() -> window.spectrumPanel().sweep() != null);
        int points = onFx(() -> window.spectrumPanel().sweepChart().pointCount());
        assertTrue(points >= 4 * 10, "four curves over the ε grid, got " + points);
    }

    @Test
    void theHeatmapShowsBothMarginalsAndTellsTheCellUnderTheMouse() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1 && window.planPanel().display() != null);
        var chart = window.planPanel().chart();
        assertEquals(4, (int) onFx(chart::marginalCurves), "plan marginal and weights, rows and columns");
        String text = onFx(() -> chart.cellTextAt(chart.chart().getWidth() / 2, chart.chart().getHeight() / 2));
        assertNotNull(text, "a cell lies under the middle of the chart");
        assertTrue(text.contains("P_ij") && text.contains("C_ij") && text.contains("source i"), text);
    }

    @Test
    void everySampleOpensAndEveryPanelShowsItsData() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(samples.size() >= 10, "the samples folder holds the teaching stories");
        for (Path sample : samples) {
            if (!org.otexplorer.workbench.Workbenches.DEFAULT.equals(ScenarioFiles.load(sample).workbench())) {
                continue; // other workbenches' samples are checked by their own tests
            }
            openSolved(sample);
            var solve = onFx(() -> window.scatterPanel().shown());
            assertTrue(solve.n() > 0 && solve.plan().length == solve.n() * solve.m(), sample.toString());
            PlanDisplay plan = onFx(() -> window.planPanel().display());
            assertTrue(plan.logScale() ? Double.isFinite(plan.max()) : plan.max() > 0, sample + ": the heatmap shows mass");
            boolean regression = ScenarioFiles.load(sample).regression() != null;
            if (regression) {
                assertTrue(onFx(() -> window.tracePanel().hasOptimizers()), sample + ": optimizers ready to race");
            }
        }
    }
}
