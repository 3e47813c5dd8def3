package org.otexplorer.ui.permutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.service.ComputeService;
import org.otexplorer.ui.workbench.ScenarioModel;
import org.otexplorer.ui.workbench.SilentStatus;
import org.otexplorer.ui.workbench.WorkbenchContext;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The permutation workbench driven headless (TestFX on Monocle) in a stage of its own, with the window's parts it
 * uses (a scenario model, a compute service, a status bar): every sample shows its data, the lab and the race play,
 * step and reset, a grid cell opens its sample in the lab, and bad input is refused with a dialog that leaves the
 * scenario as it was.
 */
class PermutationWorkbenchTest extends ApplicationTest {
    private static final long PATIENCE = 120;
    private static final Path LAB = Path.of("samples/permutation-fig1-pattern-stalls.json");
    private static final Path GRID = Path.of("samples/permutation-random-score-grid.json");
    private static final Path RACE = Path.of("samples/permutation-sorting-race-n15.json");

    private ScenarioModel model;
    private ComputeService service;
    private PermutationView view;
    private Stage stage;

    @TempDir
    Path dir;

    @Override
    public void start(Stage primary) {
        org.otexplorer.ui.export.UnsharedGlyphLayouts.checkOutSharedLayout(); // as the window does: no text race
        stage = primary;
        model = new ScenarioModel(ScenarioFiles.load(LAB), LAB);
        service = new ComputeService(Platform::runLater);
        WorkbenchContext context = new WorkbenchContext(model, service, new SilentStatus(), primary,
                new SimpleBooleanProperty(true));
        view = (PermutationView) new PermutationWorkbench().open(context);
        primary.setScene(new Scene((Region) view.content(), 1280, 800));
        primary.show();
        view.setActive(true);
    }

    @AfterEach
    void close() {
        interact(() -> view.close());
        service.close();
    }

    @Test
    void theFig1SampleShowsItsMatrixItsLadderAndItsChangePoints() throws Exception {
        awaitFx(() -> view.isIdle());
        MatrixHeatmap heatmap = view.lab().heatmap();
        assertEquals(3, (int) onFx(heatmap::rows));
        assertEquals(List.of("1.0e-10", "1.0", "1.0e-10", "1.0", "1.0e-10", "1.0", "1.0e-10", "1.0", "1.0e-10"),
                onFx(heatmap::cellTexts), "the input matrix, zeros replaced by ε, written in its cells");
        assertEquals(10, (int) onFx(() -> view.lab().errorChart().curveCount()), "one curve per ε of the ladder");
        assertEquals(60, (int) onFx(() -> view.lab().shown().frames().halfSteps()), "L = 30: 60 half-steps");
        assertTrue(onFx(() -> view.lab().softmaxChart().pointCount()) > 100, "Appendix A's curves are drawn");
    }

    /**
     * Issue 12 item 5: each of Fig. 2's error curves stands out from the background in the light and the dark theme
     * (WCAG's 3:1 for graphics). Viridis from 0.1 to 0.9 drew ε = 0.1 and 0.01 in dark purple on the dark theme's
     * near-black (1.6:1) and ε = 1e-9, 1e-10 in yellow-green on white (1.6:1).
     */
    @Test
    void theLaddersCurvesStandOutOnTheLightAndTheDarkBackground() throws Exception {
        windowLook(false, 1280, 800);
        awaitFx(() -> view.isIdle());
        for (boolean dark : new boolean[] {false, true}) {
            interact(() -> {
                javafx.application.Application.setUserAgentStylesheet(dark
                        ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                        : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                view.content().getScene().getRoot().getStyleClass().remove("dark");
                if (dark) {
                    view.content().getScene().getRoot().getStyleClass().add("dark");
                }
            });
            WaitForAsyncUtils.waitForFxEvents(10);
            ErrorLadderChart chart = view.lab().errorChart();
            javafx.scene.paint.Color background = onFx(() -> org.otexplorer.ui.Contrast.background(chart.chart()));
            List<javafx.scene.paint.Paint> colours = onFx(chart::curveColours);
            assertEquals(10, colours.size());
            for (int k = 0; k < colours.size(); k++) {
                javafx.scene.paint.Color c = (javafx.scene.paint.Color) colours.get(k);
                double ratio = org.otexplorer.ui.Contrast.ratio(c, background);
                assertTrue(ratio >= 3, (dark ? "dark" : "light") + ": curve " + k + " " + c + " on " + background
                        + ": " + ratio);
            }
            assertTrue(!colours.get(0).equals(colours.get(9)), "the first and last ε are told apart");
        }
        interact(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void theLabPlaysStepsAndResets() throws Exception {
        awaitFx(() -> view.isIdle());
        interact(() -> view.lab().step());
        assertEquals(1, (int) onFx(view.lab()::frame));
        double[] afterRowStep = onFx(view.lab().heatmap()::values);
        assertEquals(1.0 / (1 + 2e-10), afterRowStep[1], 1e-15, "row 0 of (ε,1,ε) divided by its sum 1 + 2ε");
        interact(() -> view.lab().step());
        assertEquals(2, (int) onFx(view.lab()::frame));
        interact(() -> view.lab().play());
        awaitFx(() -> view.lab().frame() >= 6);
        interact(() -> view.lab().pause());
        int paused = onFx(view.lab()::frame);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(paused, (int) onFx(view.lab()::frame), "pause holds the frame");
        interact(() -> view.lab().reset());
        assertEquals(0, (int) onFx(view.lab()::frame));
        assertEquals("1.0e-10", onFx(view.lab().heatmap()::cellTexts).get(0), "reset shows the input again");
    }

    @Test
    void theGridSampleShowsTheTauByLTableAndAClickedCellOpensInTheLab() throws Exception {
        interact(() -> model.replace(ScenarioFiles.load(GRID), GRID));
        awaitFx(() -> view.isIdle() && view.grid().shown() != null);
        MatrixHeatmap grid = view.grid().heatmap();
        assertEquals(5, (int) onFx(grid::rows), "τ = 1 … 0.01");
        assertEquals(8, (int) onFx(grid::columns), "L = 1 … 200");
        assertEquals("1", onFx(() -> grid.rowName(0)));
        assertEquals("0.01", onFx(() -> grid.rowName(4)));
        assertEquals("200", onFx(() -> grid.columnName(7)));
        List<String> cells = onFx(grid::cellTexts);
        assertEquals(40, cells.size());
        assertEquals("0.00", cells.get(4), "τ = 1, L = 20: no sample unnormalised");
        assertTrue(Double.parseDouble(cells.get(4 * 8 + 4)) > 0.9, "τ = 0.01, L = 20: " + cells.get(36));
        assertEquals(1.0, onFx(grid::colorRange)[1], 0);

        interact(() -> view.grid().openCell(4, 4));
        ParameterCheck s = new ParameterCheck(model.scenario());
        assertEquals("lab", s.get(PermutationSection.VIEW));
        assertEquals("random", s.get(PermutationSection.SOURCE));
        assertEquals(0.01, s.get(PermutationSection.SAMPLE_TEMPERATURE), 0);
        assertEquals(20, (int) s.get(PermutationSection.ITERATIONS));
        awaitFx(() -> view.lab().shown() != null && view.lab().shown().frames().n() == 10);
        awaitFx(() -> view.lab().frame() > 0);
        int sample = s.get(PermutationSection.SAMPLE_INDEX);
        LabFrames frames = onFx(() -> view.lab().shown().frames());
        assertTrue(frames.rowError()[40] > 1e-2, "the opened sample is one the cell counts as unnormalised: Err_r = "
                + frames.rowError()[40] + " (sample " + sample + ")");
        assertTrue(onFx(view.lab()::isPlaying) || onFx(view.lab()::frame) == 40, "the lab steps through it");
    }

    @Test
    void theRacePlaysStepsPausesAndResets() throws Exception {
        Scenario race = ScenarioFiles.load(RACE);
        interact(() -> model.replace(race, RACE));
        awaitFx(() -> view.race().shown() != null);
        RaceSnapshot start = onFx(view.race()::shown);
        assertEquals(4, start.heads().size(), "the four heads race");
        assertEquals(0, start.epochsDone());
        interact(() -> view.race().step());
        awaitFx(() -> view.race().shown().epochsDone() == 1);
        assertEquals(4, (int) onFx(() -> view.race().lossChart().pointCount()) / 2, "two points per head");
        assertEquals(2, (int) onFx(() -> view.race().constraintChart().pointCount()) / 2, "the two soft heads");
        interact(() -> view.race().play());
        awaitFx(() -> view.race().shown().epochsDone() >= 5);
        interact(() -> view.race().pause());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        int held = onFx(() -> view.race().shown().epochsDone());
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        assertEquals(held, (int) onFx(() -> view.race().shown().epochsDone()), "pause holds every head");
        assertEquals(15, (int) onFx(() -> view.race().softMatrix().rows()));
        double[] hard = onFx(() -> view.race().hardMatrix().values());
        assertEquals(15, java.util.Arrays.stream(hard).sum(), 1e-12, "the hard matrix is a permutation");
        interact(() -> view.race().reset());
        awaitFx(() -> view.race().shown() != null && view.race().shown().epochsDone() == 0);
    }

    /**
     * At 1280 × 800 with the window's look, the training race shows every label whole (the head "Hungarian-STE
     * without Gumbel noise" was cut to "…") and every axis title fits along its axis.
     */
    @Test
    void theRaceShowsEveryLabelAndAxisTitleWholeAt1280x800() throws Exception {
        Scenario race = ScenarioFiles.load(RACE);
        interact(() -> model.replace(race, RACE));
        awaitFx(() -> view.race().shown() != null);
        interact(() -> view.race().step());
        awaitFx(() -> view.race().shown().epochsDone() == 1);
        interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                    .getUserAgentStylesheet()); // the window's look: its theme, explorer.css, the root's class
            Region root = (Region) view.content();
            root.getScene().getStylesheets().add(PermutationWorkbenchTest.class
                    .getResource("/org/otexplorer/ui/explorer.css").toExternalForm());
            root.getStyleClass().add("explorer");
        });
        WaitForAsyncUtils.waitForFxEvents(8);
        assertEquals(List.of(), cutTexts(), "normal mode");
    }

    /**
     * Issue 12 look, presenter mode at 1280 × 800 (the stage at the workbench's share of the window, about 200 px
     * less than the screen): every axis title of the training race fits its axis (the charts' legends took a third
     * of their height, leaving 81 px axes for "training loss"), every label is whole, the heads' lanes above the charts
     * are the legend, and the race's settings end above the side panel's fold (one column ran 600 px past it).
     */
    @Test
    void theRaceInPresenterModeKeepsItsChartsReadableAndItsSettingsInView() throws Exception {
        Scenario race = ScenarioFiles.load(RACE);
        interact(() -> model.replace(race, RACE));
        awaitFx(() -> view.race().shown() != null);
        interact(() -> view.race().step());
        awaitFx(() -> view.race().shown().epochsDone() == 1);
        try {
            presenterMode();
            assertEquals(List.of(), cutTexts(), "presenter mode");
            List<javafx.scene.control.CheckBox> lanes = onFx(view.race()::laneLines);
            assertEquals(4, lanes.size(), "one lane line per head");
            double chartsTop = onFx(() -> view.race().lossChart().chart().localToScene(view.race().lossChart().chart()
                    .getLayoutBounds()).getMinY());
            for (javafx.scene.control.CheckBox lane : lanes) {
                assertTrue(onFx(lane::getText).contains(": epoch 1  loss "), onFx(lane::getText));
                assertTrue(onFx(() -> lane.localToScene(lane.getLayoutBounds()).getMaxY()) <= chartsTop + 1,
                        "the lanes above the charts");
            }
            assertEquals(false, onFx(() -> view.race().lossChart().chart().legendVisibleProperty().get()),
                    "the lanes are the legend");
            assertAboveTheFold(onFx(view.race()::settings));
        } finally {
            normalMode();
        }
    }

    /**
     * Issue 12 look, presenter mode at 1280 × 800, the normalisation lab on Fig. 1's pattern: the error curves'
     * legend lies beside their plot, not over it (its thirteen 20 px entries ran over the curves), every label is whole
     * (the title ended in "30 …", Appendix D's row names in "…") and the table's columns end inside the panel (they ran
     * past its right edge), and the lab's own settings end above the side panel's fold (the softmax lesson's
     * two may scroll).
     */
    @Test
    void theLabInPresenterModeKeepsItsLegendBesideThePlotAndItsTableWhole() throws Exception {
        awaitFx(() -> view.lab().shown() != null);
        try {
            presenterMode();
            assertEquals(List.of(), cutTexts(), "presenter mode");
            io.fair_acc.chartfx.XYChart chart = view.lab().errorChart().chart();
            javafx.geometry.Bounds plot = onFx(() -> chart.getCanvas().localToScene(chart.getCanvas()
                    .getLayoutBounds()));
            javafx.geometry.Bounds chartBounds = onFx(() -> chart.localToScene(chart.getLayoutBounds()));
            List<javafx.scene.Node> entries = onFx(() -> List.copyOf(chart.lookupAll(".chart-legend-item")));
            assertEquals(13, entries.size(), "ten ε and the three change points in the legend");
            for (javafx.scene.Node entry : entries) {
                javafx.geometry.Bounds b = onFx(() -> entry.localToScene(entry.getLayoutBounds()));
                assertTrue(!new javafx.geometry.BoundingBox(b.getMinX() + 1, b.getMinY() + 1, b.getWidth() - 2,
                        b.getHeight() - 2).intersects(plot), "a legend entry beside the plot " + plot + ": " + b);
                assertTrue(b.getMaxY() <= chartBounds.getMaxY() + 1 && b.getMaxX() <= chartBounds.getMaxX() + 1,
                        "a legend entry inside its chart " + chartBounds + ": " + b);
            }
            javafx.scene.layout.GridPane table = onFx(view.lab()::changeTable);
            double tableRight = onFx(() -> ((Region) table.getParent()).localToScene(((Region) table.getParent())
                    .getLayoutBounds()).getMaxX());
            for (javafx.scene.Node cell : onFx(() -> List.copyOf(table.getChildren()))) {
                double right = onFx(() -> cell.localToScene(cell.getLayoutBounds()).getMaxX());
                assertTrue(right <= tableRight + 1, "a table cell inside the panel (ends at " + tableRight + "): "
                        + onFx(() -> ((javafx.scene.control.Label) cell).getText()) + " ends at " + right);
            }
            // The lab's own settings; the softmax lesson's two (the other tab) and the custom matrix may scroll.
            assertAboveTheFold(onFx(() -> view.lab().settings().stream()
                    .filter(n -> !n.getId().startsWith("parameter-softmax")).toList()));
        } finally {
            normalMode();
        }
    }

    /**
     * Before Play the training race's three curve charts say, each in one line shown whole, that Play (F7) trains the
     * heads, at 1280 × 800 and in presenter mode at 1920 × 1080 (they showed one dot per head at epoch 0, and nothing
     * said to press Play); after a step they draw the curves.
     */
    @Test
    void beforePlayTheRacesCurveChartsSayToPressPlayInOneLine() throws Exception {
        Scenario race = ScenarioFiles.load(RACE);
        interact(() -> model.replace(race, RACE));
        awaitFx(() -> view.race().shown() != null);
        try {
            windowLook(false, 1280, 800);
            assertPressPlayLines("1280 × 800");
            windowLook(true, 1920, 1080);
            assertPressPlayLines("presenter 1920 × 1080");
        } finally {
            normalMode();
        }
        interact(() -> view.race().step());
        awaitFx(() -> view.race().shown().epochsDone() == 1);
        WaitForAsyncUtils.waitForFxEvents(4);
        assertEquals(List.of(), onFx(this::racePlaceholders), "after a step the charts draw the curves");
        for (org.otexplorer.ui.charts.TraceChart c : List.of(view.race().lossChart(), view.race().tauChart(),
                view.race().constraintChart())) {
            assertTrue(onFx(() -> c.chart().getScene() != null && c.chart().isVisible()), "a curve chart on screen");
        }
    }

    /** The race's three curve charts are not on screen; in their places one whole line each says to press Play. */
    private void assertPressPlayLines(String where) throws Exception {
        for (org.otexplorer.ui.charts.TraceChart c : List.of(view.race().lossChart(), view.race().tauChart(),
                view.race().constraintChart())) {
            assertEquals(null, onFx(() -> c.chart().getScene()), where + ": no chart of a dot per head before Play");
        }
        List<javafx.scene.control.Label> lines = onFx(this::racePlaceholders);
        assertEquals(3, lines.size(), where + ": a line in each curve chart's place");
        for (javafx.scene.control.Label line : lines) {
            String text = onFx(line::getText);
            assertTrue(text.startsWith("Press Play (F7) to train"), where + ": " + text);
            javafx.geometry.Bounds b = onFx(() -> line.localToScene(line.getLayoutBounds()));
            Region holder = onFx(() -> (Region) line.getParent());
            javafx.geometry.Bounds h = onFx(() -> holder.localToScene(holder.getLayoutBounds()));
            assertTrue(onFx(line::isVisible) && b.getWidth() > 0 && h.contains(b), where + ": " + text + " at " + b
                    + " inside its chart's place " + h);
            double lineHeight = onFx(() -> {
                javafx.scene.text.Text probe = new javafx.scene.text.Text("Press");
                probe.setFont(line.getFont());
                return probe.getLayoutBounds().getHeight();
            });
            double textHeight = onFx(() -> line.lookup(".text").getLayoutBounds().getHeight());
            assertTrue(textHeight < 1.5 * lineHeight, where + ": one line, " + text + " (" + textHeight + " px high)");
        }
        assertEquals(List.of(), cutTexts(), where);
    }

    /** The placeholder lines in the training race's panel. */
    private List<javafx.scene.control.Label> racePlaceholders() {
        javafx.scene.control.TabPane panels = (javafx.scene.control.TabPane) view.content()
                .lookup(".permutation-panels");
        javafx.scene.Node race = panels.getTabs().stream().filter(t -> t.getText().equals("Training race"))
                .findFirst().orElseThrow().getContent();
        return race.lookupAll(".placeholder").stream().map(n -> (javafx.scene.control.Label) n).toList();
    }

    /**
     * Presenter mode as the window applies it, the stage at the workbench's share of a 1280 × 800 window
     * ({@link #windowLook}).
     */
    private void presenterMode() {
        windowLook(true, 1280, 800);
    }

    /**
     * The window's look (the light theme, explorer.css, the explorer's root holding the workbench, in presenter mode
     * with the presenter class and the charts' scale), the stage at the workbench's share of a window of the given
     * size: in presenter mode 171 px less (the menu, tool bar, workbench tabs and status bar take 40 + 44 + 42 + 45 px,
     * measured on a screenshot on 2026-12-02), in normal mode 120 px less (44 + 34 + 42, measured on one of
     * 1280 × 800 on 2026-12-04).
     */
    private void windowLook(boolean presenter, double width, double height) {
        interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                    .getUserAgentStylesheet());
            Region workbench = (Region) view.content();
            javafx.scene.Scene scene = workbench.getScene();
            if (scene.getRoot() == workbench) {
                javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane();
                scene.setRoot(root);
                root.getChildren().add(workbench);
                scene.getStylesheets().add(PermutationWorkbenchTest.class
                        .getResource("/org/otexplorer/ui/explorer.css").toExternalForm());
                root.getStyleClass().add("explorer");
            }
            scene.getRoot().getStyleClass().remove("presenter");
            if (presenter) {
                scene.getRoot().getStyleClass().add("presenter");
            }
            org.otexplorer.ui.charts.ChartScale.setPresenterScale(presenter ? 20 / 13.0 : 1);
            stage.setWidth(width);
            stage.setHeight(height - (presenter ? 171 : 120));
        });
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    /** Undoes {@link #presenterMode}'s chart scale and stage size (the next test's scene is 1280 × 800 again). */
    private void normalMode() {
        interact(() -> {
            org.otexplorer.ui.charts.ChartScale.setPresenterScale(1);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    /**
     * Presenter mode, the normalisation lab on Fig. 1's pattern: at 1920 × 1080 Appendix D's ε table is at the size
     * of the error chart's tick labels beside it, or nearly (it was at half the presenter's text size, 10 px against
     * the ticks' 16), and its columns end inside the panel, as they do at 1440 × 900.
     */
    @Test
    void theLabsTableFollowsThePresenterScaleAndStaysInsideItsPanel() throws Exception {
        awaitFx(() -> view.lab().shown() != null);
        try {
            windowLook(true, 1920, 1080);
            io.fair_acc.chartfx.axes.spi.AbstractAxis axis = (io.fair_acc.chartfx.axes.spi.AbstractAxis) view.lab()
                    .errorChart().chart().getYAxis();
            double ticks = onFx(() -> axis.getTickLabelStyle().getFont().getSize());
            assertTableInsideItsPanel("presenter 1920 × 1080");
            for (javafx.scene.Node cell : onFx(() -> List.copyOf(view.lab().changeTable().getChildren()))) {
                javafx.scene.control.Label label = (javafx.scene.control.Label) cell;
                double size = onFx(() -> label.getFont().getSize());
                assertTrue(size >= 0.85 * ticks, "\"" + onFx(label::getText) + "\" at " + size + " px beside tick"
                        + " labels of " + ticks + " px");
            }
            windowLook(true, 1440, 900);
            assertTableInsideItsPanel("presenter 1440 × 900");
        } finally {
            normalMode();
        }
    }

    private void assertTableInsideItsPanel(String where) throws Exception {
        javafx.scene.layout.GridPane table = onFx(view.lab()::changeTable);
        Region panel = onFx(() -> (Region) table.getParent());
        double right = onFx(() -> panel.localToScene(panel.getLayoutBounds()).getMaxX() - panel.getInsets()
                .getRight());
        for (javafx.scene.Node cell : onFx(() -> List.copyOf(table.getChildren()))) {
            double end = onFx(() -> cell.localToScene(cell.getLayoutBounds()).getMaxX());
            assertTrue(end <= right + 1, where + ": " + onFx(() -> ((javafx.scene.control.Label) cell).getText())
                    + " ends at " + end + ", the panel's content at " + right);
        }
        assertEquals(List.of(), cutTexts(), where);
    }

    /**
     * The lab's custom matrix, its "Normalise this matrix" and "Import CSV…" beside it are in view without scrolling
     * its side panel in presenter mode at 1280 × 800 (the button lay under the fold, half of it cut), 1440 × 900 (it
     * needed scrolling) and 1920 × 1080, and at 1280 × 800 in normal mode.
     */
    @Test
    void theLabsMatrixAndNormaliseButtonAreInViewWithoutScrolling() throws Exception {
        awaitFx(() -> view.lab().shown() != null);
        List<javafx.scene.Node> editor = List.of(lookup(".permutation-matrix-text").query(),
                lookup("#applyMatrix").query(), lookup("#importMatrix").query());
        try {
            for (int[] size : new int[][] {{1280, 800}, {1440, 900}, {1920, 1080}}) {
                windowLook(true, size[0], size[1]);
                assertAboveTheFold(editor);
            }
            windowLook(false, 1280, 800);
            assertAboveTheFold(editor);
        } finally {
            normalMode();
        }
    }

    /**
     * Every permutation sample's description can be read whole at 1280 × 800 and 1920 × 1080, in normal and presenter
     * mode: folded, it is cut with "more" beside its last line (in presenter mode "more" took a line of its own under
     * it, and at 1920 × 1080 it showed under a text that was not cut), and "more" shows all of it inside the window.
     */
    @Test
    void everySamplesDescriptionCanBeReadWhole() throws Exception {
        interact(() -> view.setActive(false)); // the descriptions only: no panel computes
        try {
            for (Path sample : List.of(LAB, GRID, RACE)) {
                interact(() -> model.replace(ScenarioFiles.load(sample), sample));
                for (boolean presenter : new boolean[] {false, true}) {
                    for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
                        windowLook(presenter, size[0], size[1]);
                        org.otexplorer.ui.workbench.DescriptionLook.assertReadableWhole(view.description(),
                                sample.getFileName() + (presenter ? ", presenter " : ", ") + size[0] + " × " + size[1]);
                    }
                }
            }
        } finally {
            normalMode();
        }
    }

    /** Every one of {@code settings} ends above the fold of the side panel that holds it. */
    private void assertAboveTheFold(List<javafx.scene.Node> settings) throws Exception {
        javafx.scene.Node side = onFx(() -> {
            javafx.scene.Node n = settings.get(0);
            while (!(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            return n;
        });
        double fold = onFx(() -> side.localToScene(side.getLayoutBounds()).getMaxY());
        for (javafx.scene.Node setting : settings) {
            double bottom = onFx(() -> setting.localToScene(setting.getLayoutBounds()).getMaxY());
            assertTrue(bottom <= fold + 1, "a setting above the fold: " + bottom + " vs " + fold + ", "
                    + onFx(setting::getId));
        }
    }

    /** The texts of the panel in front that end in "…" on screen, and the axis titles longer than their axis. */
    private List<String> cutTexts() throws Exception {
        return onFx(() -> {
            javafx.scene.control.TabPane panels = (javafx.scene.control.TabPane) view.content()
                    .lookup(".permutation-panels");
            List<String> cut = new java.util.ArrayList<>();
            collectCut(panels.getSelectionModel().getSelectedItem().getContent(), cut);
            return cut;
        });
    }

    private static void collectCut(javafx.scene.Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.Labeled l && l.lookup(".text") instanceof javafx.scene.text.Text t
                && t.getText() != null && t.getText().endsWith("…") && !t.getText().equals(l.getText())) {
            // cut, not a name that ends in "…" ("Import CSV…")
            cut.add(l.getText());
        }
        if (node instanceof io.fair_acc.chartfx.axes.spi.AbstractAxis axis && axis.getName() != null) {
            double along = axis.getSide().isVertical() ? axis.getHeight() : axis.getWidth();
            javafx.geometry.Bounds title = axis.getAxisLabel().getLayoutBounds();
            double length = axis.getSide().isVertical() ? Math.max(title.getWidth(), title.getHeight())
                    : title.getWidth();
            if (length > along) {
                cut.add(axis.getName() + " (" + Math.round(length) + " px on a " + Math.round(along) + " px axis)");
            }
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collectCut(child, cut));
        }
    }

    @Test
    void aMatrixThatCannotBeNormalisedIsRefusedWithADialogAndChangesNothing() throws Exception {
        awaitFx(() -> view.isIdle());
        Scenario before = onFx(model::scenario);
        for (String bad : List.of("1 2\n3", "1 -2\n3 4", "1 NaN\n3 4", "0 0\n1 1", "x 1\n1 1")) {
            interact(() -> lookup(".permutation-matrix-text").queryAs(TextArea.class).setText(bad));
            clickOn("#applyMatrix");
            DialogPane dialog = awaitDialog();
            String text = onFx(dialog::getContentText);
            assertTrue(text.contains("permutation.matrix") || text.contains("row"), bad + ": " + text);
            interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
            assertEquals(before, onFx(model::scenario), bad + " left the scenario as it was");
        }
        interact(() -> lookup(".permutation-matrix-text").queryAs(TextArea.class).setText("1 2\n3 4"));
        clickOn("#applyMatrix");
        awaitFx(() -> view.isIdle() && view.lab().shown().frames().n() == 2);
        assertEquals("custom", new ParameterCheck(model.scenario()).get(PermutationSection.SOURCE));
    }

    @Test
    void aCsvMatrixThatIsNotSquareIsRefusedWithADialog() throws Exception {
        awaitFx(() -> view.isIdle());
        Path csv = dir.resolve("wide.csv");
        Files.writeString(csv, "1,2,3\n4,5,6\n");
        Scenario before = onFx(model::scenario);
        Platform.runLater(() -> view.lab().importMatrix(csv));
        DialogPane dialog = awaitDialog();
        assertTrue(onFx(dialog::getContentText).contains("square"), onFx(dialog::getContentText));
        interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        assertEquals(before, onFx(model::scenario));
    }

    @Test
    void uncheckingTheLastHeadIsRefused() throws Exception {
        Scenario oneHead = PermutationSection.with(ScenarioFiles.load(RACE), PermutationSection.HEADS,
                List.of("hungarian"));
        interact(() -> model.replace(oneHead, null));
        awaitFx(() -> view.race().shown() != null);
        CheckBox box = lookup("#permutation-head-hungarian").queryAs(CheckBox.class);
        clickOn(box);
        DialogPane dialog = awaitDialog();
        assertTrue(onFx(dialog::getHeaderText).contains("head"));
        interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        assertTrue(onFx(box::isSelected));
        assertEquals(oneHead, onFx(model::scenario));
    }

    private DialogPane awaitDialog() throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE, TimeUnit.SECONDS, () -> dialogPane() != null);
        return dialogPane();
    }

    private DialogPane dialogPane() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                    .filter(w -> w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null)).get();
        } catch (Exception e) {
            return null;
        }
    }

    private void awaitFx(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Reads the section of a scenario. */
    private record ParameterCheck(Scenario s) {
        <T> T get(org.otexplorer.parameters.Parameter<T> p) {
            return PermutationSection.of(s).get(p);
        }
    }
}
