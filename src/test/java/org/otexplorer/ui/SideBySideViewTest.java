package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.GridDataSet;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.PlanHeatmapChart;
import org.otexplorer.ui.transport.PlanPanelController;
import org.otexplorer.ui.transport.SplitSection;

/**
 * The plan side by side (issue 14 view 5), the cost matrix and the one-dimensional layout (view 4) as the user
 * sees them in the window (TestFX on Monocle): pane counts, colour and index axis ranges, the colour bar's name,
 * the hovered cell outlined in every pane, the difference pane's cells, the strips' histogram bars.
 */
class SideBySideViewTest extends ExplorerWindowTestSupport {
    private static final Path SIDE_BY_SIDE = Path.of("samples/side-by-side-balanced-vs-robust.json");
    private static final Path ONE_D = Path.of("samples/one-dimensional-plan-with-histograms.json");

    @Override
    String recentFilesNode() {
        return "side-by-side";
    }

    private PlanPanelController plan() {
        return window.planPanel();
    }

    private void open(Path file) throws Exception {
        Scenario spec = ScenarioFiles.load(file);
        javafx.application.Platform.runLater(() -> window.openScenario(file));
        awaitFx(() -> spec.name().equals(window.model().scenario().name()));
        awaitFx(() -> window.scatterPanel().shown() != null
                && window.scatterPanel().shown().method().equals(spec.engine().method())
                && window.scatterPanel().shown().n() == spec.data().n() && plan().display() != null
                && plan().display().rows() == spec.data().n());
        awaitSettled();
    }

    /** Waits until both panes show the newest solves (pane B too when side by side). */
    private void awaitSettled() throws Exception {
        awaitFx(() -> window.compute().isIdle() && plan().panes() != null
                && (!SplitSection.enabled(window.model().scenario()) || plan().shownB() != null));
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    @Test
    void sideBySideShowsBothPlansOnOneColourScaleWithTheirDifference() throws Exception {
        interact(() -> {
            window.compute().content().getScene().getWindow().setWidth(1280);
            window.compute().content().getScene().getWindow().setHeight(800);
        });
        open(SIDE_BY_SIDE);
        PlanHeatmapChart a = plan().chart();
        PlanHeatmapChart b = plan().chartB();
        PlanHeatmapChart difference = plan().differenceChart();
        assertEquals(List.of(a, b, difference), onFx(() -> plan().chartsShown()), "A, B and A − B on screen");
        List<String> titles = onFx(() -> plan().paneTitles());
        assertTrue(titles.get(0).startsWith("A: sinkhorn-log") && titles.get(1).startsWith("B: robust")
                && titles.get(2).startsWith("A − B"), titles.toString());
        SolveView solveA = onFx(() -> window.scatterPanel().shown());
        SolveView solveB = onFx(() -> plan().shownB());
        assertEquals("robust", solveB.method());
        double[] range = onFx(a::colorRange);
        assertArrayEquals(range, onFx(b::colorRange), 0, "one colour range for both plans");
        assertArrayEquals(new double[] {0, Math.max(max(solveA.plan()), max(solveB.plan()))}, range, 1e-15);
        assertFalse(onFx(a::colorBarVisible), "pane A leaves the one colour bar to pane B");
        assertTrue(onFx(b::colorBarVisible));
        assertTrue(onFx(b::colorAxisName).contains("A and B"), onFx(b::colorAxisName));
        for (PlanHeatmapChart pane : List.of(a, b, difference)) {
            assertArrayEquals(onFx(pane::indexRanges), onFx(pane::stripRanges), 0, "each pane's strips on its cells");
            awaitFx(() -> {
                double[] size = pane.stripPlotSizes();
                return size[1] > 50 && Math.abs(size[0] - size[1]) <= 1.5 && Math.abs(size[2] - size[3]) <= 1.5;
            }); // each pane's strips span its plan (a squeezed strip once drew nothing)
        }

        double[] signed = onFx(difference::colorRange);
        assertEquals(-signed[0], signed[1], 0, "the difference's scale is centred at 0");
        GridDataSet cells = (GridDataSet) onFx(difference::dataSet);
        int n = solveA.n();
        double reach = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < solveA.m(); j++) {
                double expected = solveA.planEntry(i, j) - solveB.planEntry(i, j);
                assertEquals(expected, cells.get(DataSet.DIM_Z, j, n - 1 - i), 1e-15, "cell " + i + ", " + j);
                reach = Math.max(reach, Math.abs(expected));
            }
        }
        assertEquals(reach, signed[1], 1e-15);
    }

    @Test
    void zoomAndHoverInOnePaneAreFollowedByTheOthers() throws Exception {
        open(SIDE_BY_SIDE);
        PlanHeatmapChart a = plan().chart();
        PlanHeatmapChart b = plan().chartB();
        interact(() -> a.zoomTo(2, 10, 3, 12));
        assertArrayEquals(new double[] {1.5, 10.5, -12.5, -2.5}, onFx(a::indexRanges), 1e-12);
        assertArrayEquals(onFx(a::indexRanges), onFx(b::indexRanges), 0, "B zoomed with A");
        assertArrayEquals(onFx(a::indexRanges), onFx(plan().differenceChart()::indexRanges), 0);
        interact(() -> b.zoomTo(0, 4, 0, 4));
        assertArrayEquals(onFx(b::indexRanges), onFx(a::indexRanges), 0, "A zoomed with B");
        interact(a::resetZoom);
        assertArrayEquals(new double[] {-0.5, 49.5, -49.5, 0.5}, onFx(b::indexRanges), 1e-12, "whole plan in both");

        moveTo(a.heatmap().getCanvas());
        awaitFx(() -> a.highlightedCell() != null);
        int[] cell = onFx(a::highlightedCell);
        assertArrayEquals(cell, onFx(b::highlightedCell), "the hovered cell is outlined in B");
        assertArrayEquals(cell, onFx(plan().differenceChart()::highlightedCell));
        assertTrue(onFx(b::highlightShown), "and the outline is on screen");
        String text = onFx(() -> b.cellTextAt(b.chart().getWidth() / 2, b.chart().getHeight() / 2));
        assertNotNull(text);
    }

    @Test
    void theScatterShowsBothPlansSideBySideZoomedTogether() throws Exception {
        open(SIDE_BY_SIDE);
        var scatter = window.scatterPanel();
        assertTrue(onFx(scatter::showsPaneB), "pane B's scatter beside pane A's");
        assertEquals("robust", onFx(() -> scatter.shownB().method()));
        assertTrue(onFx(() -> scatter.chartB().drawnLines()) > 0, "pane B draws its plan's lines");
        var a = scatter.chart().chart();
        interact(() -> {
            a.getXAxis().setAutoRanging(false);
            a.getXAxis().set(-1.5, 0.5);
            a.getYAxis().setAutoRanging(false);
            a.getYAxis().set(-1, 1);
        });
        assertArrayEquals(new double[] {-1.5, 0.5, -1, 1}, onFx(() -> scatter.chartB().axisRanges()), 0,
                "a zoom of A zooms B");
        interact(() -> {
            a.getXAxis().setAutoRanging(true);
            a.getYAxis().setAutoRanging(true);
        });
        assertTrue(onFx(() -> scatter.chartB().chart().getXAxis().isAutoRanging()), "zooming out of A zooms out of B");
        clickOn("side by side");
        awaitFx(() -> !scatter.showsPaneB() && plan().chartsShown().size() == 1);
        assertTrue(onFx(() -> plan().chart().colorBarVisible()), "one pane: its own colour bar again");
    }

    @Test
    void aPresetSetsPaneBAndTheSavedFileReopensSideBySide(@TempDir Path folder) throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1 && plan().panes() != null);
        assertEquals(1, (int) onFx(() -> plan().chartsShown().size()), "one pane by default");
        clickOn("side by side");
        awaitSettled();
        @SuppressWarnings("unchecked")
        ComboBox<SplitSection.Preset> presets = (ComboBox<SplitSection.Preset>) lookup(n -> n instanceof ComboBox<?> c
                && c.getItems().contains(SplitSection.PRESETS.get(0))).query();
        interact(() -> presets.setValue(SplitSection.PRESETS.get(2)));
        awaitFx(() -> plan().shownB() != null && plan().shownB().epsilon() > 0
                && Math.abs(plan().shownB().epsilon() / window.scatterPanel().shown().epsilon() - 10) < 1e-9);
        awaitSettled();
        assertEquals(2, (int) onFx(() -> plan().chartsShown().size()), "A and B, no difference pane unless asked");
        Path file = folder.resolve("split.json");
        ScenarioFiles.save(onFx(() -> window.model().scenario()), file);
        Scenario reopened = ScenarioFiles.load(file);
        assertTrue(SplitSection.enabled(reopened));
        assertEquals(SplitSection.PRESETS.get(2), SplitSection.preset(reopened));
    }

    @Test
    void aPaneBThatCannotBeSolvedSaysWhyAndLeavesPaneAAsItWas() throws Exception {
        open(ONE_D);
        double[] range = onFx(() -> plan().chart().colorRange());
        interact(() -> window.model().update(s -> SplitSection.with(SplitSection.with(s, SplitSection.METHOD,
                "assignment"), SplitSection.ENABLED, true)));
        awaitFx(() -> plan().paneTitles().size() == 2 && plan().paneTitles().get(1).startsWith("B failed"));
        assertTrue(onFx(() -> plan().paneTitles().get(1)).contains("as many target as source points"),
                onFx(() -> plan().paneTitles().get(1)));
        assertArrayEquals(range, onFx(() -> plan().chart().colorRange()), 0, "pane A keeps its own scale");
        assertTrue(onFx(() -> plan().chart().colorBarVisible()), "and its colour bar");
        assertEquals(null, onFx(() -> window.compute().failure()), "pane A's solve did not fail");
    }

    @Test
    void theCostViewShowsTheCostMatrixOnItsOwnRange() throws Exception {
        open(SIDE_BY_SIDE);
        @SuppressWarnings("unchecked")
        ComboBox<String> matrix = (ComboBox<String>) lookup(n -> n instanceof ComboBox<?> c
                && c.getItems().contains("cost")).query();
        interact(() -> matrix.setValue("cost"));
        awaitFx(() -> plan().display() != null && "C".equals(plan().display().quantity()));
        SolveView s = onFx(() -> window.scatterPanel().shown());
        double lo = Arrays.stream(s.cost()).min().orElseThrow();
        double hi = max(s.cost());
        assertArrayEquals(new double[] {lo, hi}, onFx(() -> plan().chart().colorRange()), 1e-12);
        assertEquals("C", onFx(() -> plan().chart().colorAxisName()));
        assertEquals(1, (int) onFx(() -> plan().chartsShown().size()), "one cost matrix for both methods");
        assertTrue(lookup(n -> n instanceof Label l && "Cost matrix C".equals(l.getText())).tryQuery().isPresent());
    }

    @Test
    void oneDimensionalDataShowTheHistogramsAsBarsAlongThePlan() throws Exception {
        open(ONE_D);
        double[][] bars = onFx(() -> plan().chart().weightBars());
        SolveView s = onFx(() -> window.scatterPanel().shown());
        assertEquals(s.m(), bars[0].length, "a bar per target above the plan");
        assertEquals(s.n(), bars[1].length, "a bar per source left of it");
        for (double bar : bars[0]) {
            assertEquals(1.0 / s.m(), bar, 1e-15);
        }
        for (double bar : bars[1]) {
            assertEquals(1.0 / s.n(), bar, 1e-15);
        }
        assertTrue(lookup(n -> n instanceof Label l && "▮ a, b".equals(l.getText())).tryQuery().isPresent());
        int[] rows = onFx(() -> plan().display().rowOrder());
        for (int k = 1; k < rows.length; k++) {
            assertTrue(s.sourcePoints()[rows[k - 1]][0] <= s.sourcePoints()[rows[k]][0], "rows by position");
        }
    }
}
