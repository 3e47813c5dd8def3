package org.otexplorer.ui.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.export.HeadlessFx;

/**
 * The exported plan figure side by side (ε against 10ε, both balanced, on the 1-D sample): the strips' key with the
 * mass scale panes A and B share, three panes under their titles, and the difference pane's strips flat at zero —
 * both plans have the marginals a and b, so |P_A1 − P_B1| and |P_Aᵀ1 − P_Bᵀ1| are rounding, which the strips once
 * scaled up into full-height curves of noise.
 */
class PlanFigureTest {
    @Test
    void twoBalancedPlansSideBySideDrawThreePanesAndFlatDifferenceStrips() throws Exception {
        Scenario s = ScenarioFiles.load(Path.of("samples/one-dimensional-plan-with-histograms.json"));
        s = SplitSection.with(SplitSection.with(SplitSection.with(SplitSection.with(s, SplitSection.ENABLED, true),
                SplitSection.METHOD, SplitSection.SAME), SplitSection.EPSILON_FACTOR, 10.0), SplitSection.DIFFERENCE,
                true);
        SolveView a = ScenarioSnapshot.compute(s, null, false, false).solve();
        SolveView b = ScenarioSnapshot.compute(SplitSection.paneB(s), null, false, false).solve();
        PlanPanes panes = PlanPanes.of(a, b, s.view(), false, true, null);
        HeadlessFx.ensureStarted();
        Scenario scenario = s;
        FutureTask<List<List<double[]>>> drawn = new FutureTask<>(() -> {
            Region figure = PlanPaneDrawing.figure(panes, new PlanPaneDrawing.Solves(a, b), scenario.view().colormap());
            List<Node> rows = ((VBox) figure).getChildren();
            assertTrue(rows.get(0).getStyleClass().contains("marginal-key"), "the strips' key once, above the panes");
            String scale = ((Label) ((javafx.scene.Parent) rows.get(0)).getChildrenUnmodifiable().get(2)).getText();
            assertEquals("strips " + org.otexplorer.ui.charts.MarginalKey.scale(
                    PlanPaneDrawing.largestMarginal(a, b)), scale, "one mass scale of panes A and B");
            List<Node> shown = ((HBox) rows.get(1)).getChildren();
            assertEquals(3, shown.size(), "panes A, B and A − B");
            assertTrue(title(shown.get(0)).startsWith("A: "), title(shown.get(0)));
            assertTrue(title(shown.get(1)).startsWith("B: "), title(shown.get(1)));
            assertTrue(title(shown.get(2)).startsWith("A − B"), title(shown.get(2)));
            return List.of(masses(shown.get(0)), masses(shown.get(2)));
        });
        Platform.runLater(drawn);
        List<List<double[]>> masses = drawn.get(60, TimeUnit.SECONDS);
        assertFalse(masses.get(0).isEmpty());
        assertTrue(masses.get(0).stream().anyMatch(m -> largest(m) > 0), "pane A's strips show a and b");
        assertFalse(masses.get(1).isEmpty(), "the difference pane has its strips' curves");
        for (double[] curve : masses.get(1)) {
            assertEquals(0, largest(curve), 0.0, "equal marginals draw at zero");
        }
    }

    /** The side-by-side plan's CSV: one row per entry, i and j as integers (they were written "3.0"), P_A − P_B. */
    @Test
    void theSideBySidePlanCsvHasIntegerIndices(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Scenario s = ScenarioFiles.load(Path.of("samples/one-dimensional-plan-with-histograms.json"));
        s = SplitSection.with(SplitSection.with(SplitSection.with(s, SplitSection.ENABLED, true),
                SplitSection.METHOD, SplitSection.SAME), SplitSection.EPSILON_FACTOR, 10.0);
        Path csv = dir.resolve("plan.csv");
        writeCsv(TransportFigures.all().stream().filter(f -> f.name().equals(TransportFigures.PLAN)).findFirst()
                .orElseThrow(), s, csv);
        List<String> rows = java.nio.file.Files.readAllLines(csv);
        assertEquals("i,j,P_A,P_B,P_A_minus_P_B", rows.get(0));
        SolveView a = ScenarioSnapshot.compute(s, null, false, false).solve();
        assertEquals(1 + a.n() * a.m(), rows.size());
        String[] last = rows.get(rows.size() - 1).split(",");
        assertEquals((a.n() - 1) + "," + (a.m() - 1), last[0] + "," + last[1], rows.get(rows.size() - 1));
        String[] second = rows.get(2).split(",");
        assertEquals("0,1", second[0] + "," + second[1]);
        assertEquals(Double.parseDouble(second[2]) - Double.parseDouble(second[3]), Double.parseDouble(second[4]), 0);
    }

    /**
     * The exported source-and-target figure shows what the window shows: side by side, panes A and B under their
     * solves' titles, each a scatter with its own plan's lines (it exported pane A alone, untitled); one pane when
     * side by side is off.
     */
    @Test
    void theSourceAndTargetFigureSideBySideHasPanesAAndBUnderTheirTitles() throws Exception {
        Scenario s = ScenarioFiles.load(Path.of("samples/side-by-side-balanced-vs-robust.json"));
        var figure = TransportFigures.all().stream().filter(f -> f.name().equals(TransportFigures.DATA)).findFirst()
                .orElseThrow();
        HeadlessFx.ensureStarted();
        for (boolean on : new boolean[] {true, false}) {
            Scenario scenario = SplitSection.with(s, SplitSection.ENABLED, on);
            FutureTask<List<String>> drawn = new FutureTask<>(() -> titledScatters(figure, scenario));
            Platform.runLater(drawn);
            List<String> titles = drawn.get(60, TimeUnit.SECONDS);
            if (on) {
                assertEquals(2, titles.size(), titles.toString());
                assertTrue(titles.get(0).startsWith("A: sinkhorn-log") && titles.get(1).startsWith("B: robust"),
                        titles.toString());
            } else {
                assertEquals(List.of(""), titles, "one untitled scatter");
            }
        }
    }

    /** The title over each scatter chart of the figure ("" for a chart that is the whole figure). */
    private static <D> List<String> titledScatters(org.otexplorer.ui.workbench.ExportFigure<D> figure, Scenario s) {
        Region chart = figure.chart(figure.compute(s, null), s);
        List<XYChart> scatters = charts(chart, new ArrayList<>());
        return scatters.stream().map(c -> c == chart ? "" : title(c.getParent())).toList();
    }

    private static <D> void writeCsv(org.otexplorer.ui.workbench.ExportFigure<D> figure, Scenario s, Path csv) {
        figure.writeCsv(figure.compute(s, null), csv);
    }

    private static String title(Node pane) {
        return ((Label) ((VBox) pane).getChildren().get(0)).getText();
    }

    /** The mass coordinate of every curve in a pane's strips (the one of its two not counting the index). */
    private static List<double[]> masses(Node pane) {
        List<double[]> out = new ArrayList<>();
        for (XYChart chart : charts(pane, new ArrayList<>())) {
            for (Renderer r : chart.getRenderers()) {
                if (r instanceof ErrorDataSetRenderer e) {
                    for (DataSet set : e.getDatasets()) {
                        double[] x = set.getValues(DataSet.DIM_X).clone();
                        double[] y = set.getValues(DataSet.DIM_Y).clone();
                        int count = set.getDataCount();
                        out.add(java.util.Arrays.copyOf(isIndex(x, count) ? y : x, count));
                    }
                }
            }
        }
        return out;
    }

    /** Whether values are the display indices 0, 1, 2, … (the strip's index axis). */
    private static boolean isIndex(double[] values, int count) {
        for (int k = 0; k < count; k++) {
            if (Math.abs(values[k] - Math.round(values[k])) > 1e-9) {
                return false;
            }
        }
        return count > 1 && values[1] - values[0] == 1;
    }

    private static List<XYChart> charts(Node node, List<XYChart> found) {
        if (node instanceof XYChart c) {
            found.add(c);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                charts(child, found);
            }
        }
        return found;
    }

    private static double largest(double[] values) {
        return PlanPaneDrawing.largest(values);
    }
}
