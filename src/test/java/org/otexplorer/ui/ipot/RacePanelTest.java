package org.otexplorer.ui.ipot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.Scenario;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panel "IPOT vs Sinkhorn" as the user sees it: both plans with a and b in their strips, the log-log race
 * curves, the verdict lines (Sinkhorn stalls at ε = 1e-4), play / pause / step / reset through the iteration ladder
 * kept in the scenario, and bad lists refused with a dialog that leaves the scenario as it was.
 */
class RacePanelTest extends IpotFxTestSupport {
    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Override
    Path sample() {
        return Path.of("samples/ipot-sparsity-race-demo.json");
    }

    @Test
    void theSampleShowsBothPlansTheRaceAndTheVerdicts() throws Exception {
        awaitFx(() -> view.isIdle());
        RacePanelController race = view.race();
        assertEquals(2000, (int) onFx(race::iteration));
        assertEquals(100 * 100, onFx(() -> race.ipotPlan().dataSet().getDataCount()), "the 100 × 100 IPOT plan");
        assertEquals(4, (int) onFx(() -> race.ipotPlan().marginalCurves()), "P1, Pᵀ1 over a, b");
        assertEquals(4, (int) onFx(() -> race.sinkhornPlan().marginalCurves()));
        double[] range = onFx(() -> race.ipotPlan().colorRange());
        assertEquals(PlanPicture.DECADES, range[1] - range[0], 1e-9, "six decades of log10 P");
        assertTrue(onFx(() -> race.gapChart().isLogMetricAxis()), "|W − W_LP| on a log axis");
        DefaultNumericAxis iterations = (DefaultNumericAxis) onFx(() -> race.gapChart().chart().getXAxis());
        assertTrue(iterations.isLogAxis(), "iterations on a log axis");
        assertEquals(10, onFx(() -> race.supportChart().chart().getRenderers().get(0).getDatasets().size()),
                "nine methods and the exact support");
        List<String> verdicts = onFx(race::verdictTexts);
        assertEquals(9, verdicts.size());
        assertTrue(verdicts.get(0).startsWith("ε 1e-4: stalls, error 1.1e-02"), "the stalled run heads its column: "
                + verdicts.get(0));
        String longForm = onFx(() -> race.verdictLabels().get(0).getTooltip().getText());
        assertTrue(longForm.startsWith("Sinkhorn ε = 1e-4") && longForm.endsWith("Sinkhorn stalls at this ε"),
                "the tooltip has the long verdict: " + longForm);
        assertTrue(verdicts.get(2).startsWith("ε 0.01: converged at 111, gap 4.8e-01"), verdicts.get(2));
        assertTrue(onFx(() -> race.verdictLabels().get(2).getTooltip().getText()).contains("entropic bias"));
        assertTrue(verdicts.get(4).startsWith("β 1, L 1: error 1.3e-09"), verdicts.get(4));
        String ipot = onFx(() -> lookup(".figure").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText().replace(org.otexplorer.ui.workbench.Phrases.NO_BREAK, ' '))
                .filter(t -> t.startsWith("IPOT β = 0.01, L = 10"))
                .findFirst().orElse(""));
        assertTrue(ipot.contains("support 182 (exact 182)"), ipot);
        assertTrue(onFx(() -> lookup("#playButton").query().isVisible()));
    }

    /**
     * Issue 12 look, presenter mode at 1280 × 800: every verdict line is on screen without scrolling, and neither a
     * verdict nor a plan caption is cut to "…"; the sample's description folds to two lines; every setting of the
     * race (the plans shown, the histograms, n, the iterations and the three lists) is in the side panel's visible
     * part without scrolling (the lists and the last spinners were below the fold).
     */
    @Test
    void inPresenterModeTheVerdictsCaptionsAndSettingsShowWhole() throws Exception {
        awaitFx(() -> view.isIdle());
        RacePanelController race = view.race();
        try {
            racePresenterMode(race);
            javafx.scene.control.ScrollPane scroll = race.verdictScroll();
            double[] fit = onFx(() -> new double[] {scroll.getContent().getLayoutBounds().getHeight(),
                scroll.getViewportBounds().getHeight()});
            String sizes = onFx(() -> "scroll " + scroll.getWidth() + " x " + scroll.getHeight() + ", first line "
                    + race.verdictLabels().get(0).getWidth() + " x " + race.verdictLabels().get(0).getHeight()
                    + ", rows " + ((javafx.scene.layout.Pane) scroll.getContent()).getChildren().stream()
                    .map(n -> (int) n.getBoundsInParent().getMinY() + "+" + (int) n.getBoundsInParent().getHeight())
                    .toList());
            assertTrue(fit[0] <= fit[1] + 1, "the verdicts fit without scrolling: " + fit[0] + " in " + fit[1]
                    + "; " + sizes);
            List<javafx.scene.control.Label> lines = new java.util.ArrayList<>(onFx(race::verdictLabels));
            lines.addAll(onFx(race::captions));
            lines.add(onFx(race::frameTitle));
            for (javafx.scene.control.Label line : lines) {
                assertEquals(onFx(line::getText), onFx(() -> shownText(line)), "shown whole");
                assertTrue(onFx(() -> line.getHeight() >= line.prefHeight(line.getWidth()) - 1),
                        "given the height its lines need: " + onFx(line::getText));
            }
            for (javafx.scene.control.Label caption : onFx(race::captions)) {
                // look-through: "|W −" ended one line of the caption and "W_LP| = 3.1e-09" began the next
                List<String> broken = onFx(() -> brokenPhrases(caption));
                assertEquals(List.of("lines 2"), broken, "the caption wraps between its phrases only: "
                        + onFx(caption::getText));
            }
            double titleBottom = onFx(() -> race.frameTitle().localToScene(race.frameTitle().getLayoutBounds())
                    .getMaxY());
            for (javafx.scene.control.Label caption : onFx(race::captions)) {
                assertTrue(onFx(() -> caption.localToScene(caption.getLayoutBounds()).getMinY()) >= titleBottom - 1,
                        "a caption below the title, not over it: " + titleBottom + " vs " + onFx(() -> caption.localToScene(
                        caption.getLayoutBounds()) + " grid " + caption.getParent().localToScene(caption.getParent()
                        .getLayoutBounds()) + " title " + race.frameTitle().localToScene(race.frameTitle()
                        .getLayoutBounds())));
            }
            double font = onFx(() -> view.description().textLabel().getFont().getSize());
            assertTrue(onFx(() -> view.description().getHeight()) < 3.2 * font, "two lines of description");
            assertTrue(onFx(() -> race.ipotPlan().chart().getHeight()) > 100, "the plans keep their room");
            double chartsBottom = onFx(() -> race.gapChart().chart().localToScene(race.gapChart().chart()
                    .getLayoutBounds()).getMaxY());
            double verdictsTop = onFx(() -> scroll.localToScene(scroll.getLayoutBounds()).getMinY());
            assertTrue(chartsBottom <= verdictsTop + 1, "the charts end above the verdicts: " + chartsBottom + " vs "
                    + verdictsTop);
            assertSettingsInView("the race");
            // look-through: the ε list read "0.1, 0.01, 0.001, 1" (the field cut "1e-4"); a list shows whole
            for (javafx.scene.control.TextField list : onFx(() -> lookup(n -> n instanceof javafx.scene.control.TextField t
                    && t.getId() != null && t.getId().startsWith("parameter-") && t.isVisible())
                    .queryAllAs(javafx.scene.control.TextField.class))) {
                double[] room = onFx(() -> {
                    javafx.scene.text.Text text = new javafx.scene.text.Text(list.getText());
                    text.setFont(list.getFont());
                    return new double[] {text.getLayoutBounds().getWidth(), list.getWidth() - list.getInsets().getLeft()
                            - list.getInsets().getRight()};
                });
                assertTrue(room[0] <= room[1], list.getId() + " '" + onFx(list::getText) + "' needs " + room[0]
                        + " px, has " + room[1]);
            }
        } finally {
            normalMode();
        }
    }

    /**
     * Issue 12 look, presenter mode at 1280 × 800: both plans keep a heatmap of at least 60 px (it had 40 px under
     * three-line captions and the verdicts, with 500 px for the panel), and the strips' legend ("plan", "a, b", "0 – 0.0440") ends above the row
     * strip instead of running over its marginal curve.
     */
    @Test
    void inPresenterModeThePlansKeepTheirRoomAndTheStripLegendItsCorner() throws Exception {
        awaitFx(() -> view.isIdle());
        RacePanelController race = view.race();
        try {
            racePresenterMode(race);
            for (org.otexplorer.ui.charts.PlanHeatmapChart plan : List.of(race.ipotPlan(), race.sinkhornPlan())) {
                double heatmap = onFx(() -> plan.heatmap().getCanvas().getHeight());
                String layout = onFx(() -> "stage " + stage.getHeight() + ", panel " + race.frameTitle().getParent()
                        .getLayoutBounds().getHeight() + ", title " + race.frameTitle().getHeight() + ", caption "
                        + race.captions().get(0).getHeight() + ", verdicts " + race.verdictScroll().getHeight()
                        + ", figure " + plan.chart().getHeight() + ", description " + view.description().getHeight()
                        + ", panel top " + race.frameTitle().getParent().localToScene(race.frameTitle().getParent()
                        .getLayoutBounds()).getMinY());
                assertTrue(heatmap >= 60, "the plan's heatmap is " + heatmap + " px high: " + layout);
                javafx.scene.Node legend = onFx(() -> plan.chart().lookup(".marginal-legend"));
                javafx.scene.Node rowStrip = onFx(() -> plan.chart().lookupAll(".marginal-strip").stream()
                        .max(java.util.Comparator.comparingDouble(n -> n.localToScene(n.getLayoutBounds()).getMinY()))
                        .orElseThrow());
                double legendBottom = onFx(() -> ((javafx.scene.Parent) legend).getChildrenUnmodifiable().stream()
                        .mapToDouble(n -> n.localToScene(n.getLayoutBounds()).getMaxY()).max().orElseThrow());
                double stripTop = onFx(() -> rowStrip.localToScene(rowStrip.getLayoutBounds()).getMinY());
                assertTrue(legendBottom <= stripTop + 1, "the legend ends at " + legendBottom
                        + ", the row strip starts at " + stripTop);
            }
        } finally {
            normalMode();
        }
    }

    /** Presenter mode, once the race's verdicts have its font and the captions' heights have followed a pulse later. */
    private void racePresenterMode(RacePanelController race) throws Exception {
        presenterMode();
        awaitFx(() -> race.verdictLabels().get(0).getFont().getSize() > 10.7); // 11 px, 10.4 px normal
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    @Test
    void playPauseStepAndResetWalkTheIterationLadder() throws Exception {
        awaitFx(() -> view.isIdle());
        RacePanelController race = view.race();
        interact(() -> race.reset());
        assertEquals(1, (int) onFx(race::iteration));
        assertEquals(1, (int) IpotSection.of(onFx(model::scenario)).get(IpotSection.SHOWN_ITERATION), "in the scenario");
        awaitFx(() -> race.gapChart().pointCount() == 9); // one point per method at iteration 1
        interact(() -> race.step());
        assertEquals(2, (int) onFx(race::iteration));
        interact(() -> race.step());
        interact(() -> race.step());
        assertEquals(5, (int) onFx(race::iteration), "1, 2, 3, 5, …");
        assertTrue(onFx(race::frameText).startsWith("Iteration 5 of 2000"), onFx(race::frameText));
        interact(() -> race.player().play());
        awaitFx(() -> race.iteration() >= 20);
        interact(() -> race.player().pause());
        int held = onFx(race::iteration);
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        assertEquals(held, (int) onFx(race::iteration), "pause holds the iteration");
        assertTrue(onFx(() -> race.gapChart().pointCount()) > 9, "the curves grew");
        interact(() -> race.reset());
        assertEquals(1, (int) onFx(race::iteration));
    }

    @Test
    void badListsAreRefusedWithADialogAndChangeNothing() throws Exception {
        awaitFx(() -> view.isIdle());
        Scenario before = onFx(model::scenario);
        record Case(String field, String text, String says) {
        }
        for (Case c : List.of(new Case("#parameter-betas", "0.1, -1, 0.01, 0.1, 0.01", "betas"),
                new Case("#parameter-betas", "0.1, NaN", "betas"),
                new Case("#parameter-betas", "0.1, x", "'x' is not a number"),
                new Case("#parameter-innerIterations", "1, 1", "one L per β"),
                new Case("#parameter-innerIterations", "1, 1, 1.5, 10, 10", "whole number"),
                new Case("#parameter-epsilons", "0.1, 0", "epsilons"))) {
            TextField field = lookup(c.field()).queryAs(TextField.class);
            interact(() -> field.setText(c.text()));
            javafx.application.Platform.runLater(() -> field.fireEvent(new javafx.event.ActionEvent()));
            String text = closeDialog();
            assertTrue(text.contains(c.says()), c.text() + ": " + text);
            assertEquals(before, onFx(model::scenario), c.text() + " left the scenario as it was");
            assertEquals(ListField.format(IpotSection.of(before).get(IpotSection.BETAS)),
                    onFx(() -> lookup("#parameter-betas").queryAs(TextField.class).getText()));
        }
    }

    @Test
    void importedHistogramsAreCheckedAndRaced() throws Exception {
        awaitFx(() -> view.isIdle());
        Scenario before = onFx(model::scenario);
        record Bad(String csv, String says) {
        }
        for (Bad b : List.of(new Bad("a,b\n0.5,0.2\n-0.1,0.3\n0.6,0.5\n", "ipot.sourceHistogram bin 1 is negative"),
                new Bad("a,b\n0.5,NaN\n0.5,0.5\n", "line 2"),
                new Bad("a,b\n0.5,0\n0.5,0\n", "ipot.targetHistogram has zero total mass"),
                new Bad("a,b\n0.5,0.1\n0.5,0\n", "ipot.targetHistogram bin 1 is empty"),
                new Bad("0.5,0.2,0.3\n0.5,0.8,0.7\n", "two columns"))) {
            Path csv = dir.resolve("bad.csv");
            java.nio.file.Files.writeString(csv, b.csv());
            javafx.application.Platform.runLater(() -> view.race().importHistograms(csv));
            String text = closeDialog();
            assertTrue(text.contains(b.says()), b.csv() + ": " + text);
            assertEquals(before, onFx(model::scenario), "nothing changed");
        }
        Path good = dir.resolve("good.csv");
        StringBuilder rows = new StringBuilder("a,b\n");
        for (int i = 0; i < 30; i++) {
            rows.append(i < 15 ? 1 : 0.01).append(',').append(i >= 10 ? 1 : 0.01).append('\n');
        }
        java.nio.file.Files.writeString(good, rows.toString());
        interact(() -> view.race().importHistograms(good));
        awaitFx(() -> view.isIdle() && view.race().shownPlans() != null
                && view.race().shownPlans().ipot()[0].n() == 30);
        assertEquals("custom", IpotSection.of(onFx(model::scenario)).get(IpotSection.HISTOGRAMS));
        assertEquals(30 * 30, onFx(() -> view.race().ipotPlan().dataSet().getDataCount()));
    }
}
