package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.otexplorer.ui.transport.SplitSection;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the lecture run-through (README "Lecture run-through") saw cut or unscaled at 1280×800, as the user sees it:
 * the drawn text of each label is its whole text, in normal and presenter mode.
 */
class LectureRunThroughTest extends ExplorerWindowTestSupport {
    @Override
    String recentFilesNode() {
        return "lecture";
    }

    private void lectureWindow(boolean presenter) throws Exception {
        resizeWindow(1280, 800);
        setPresenterMode(presenter);
        WaitForAsyncUtils.waitForFxEvents(8);
        awaitFx(() -> window.compute().isIdle());
        WaitForAsyncUtils.waitForFxEvents(8);
    }

    /** The text a label draws (its skin's Text nodes), which is "…"-shortened when the label is too narrow. */
    private String drawn(javafx.scene.control.Labeled label) throws Exception {
        return onFx(() -> label.lookupAll(".text").stream().filter(t -> t instanceof Text)
                .map(t -> ((Text) t).getText()).collect(java.util.stream.Collectors.joining()));
    }

    @Test
    void theAnnealingLadderIsShownWholeBesideAKeyControlOnScreen() throws Exception {
        openSolved(Path.of("samples/drag-a-point-watch-the-plan.json")); // not playing: the ladder is described
        for (boolean presenter : new boolean[] {false, true}) {
            lectureWindow(presenter);
            Label state = lookup("#annealing-state").queryAs(Label.class);
            String text = onFx(state::getText);
            assertTrue(text.matches(".+ → .+, \\d+ rungs"), text);
            assertEquals(text, drawn(state), "presenter " + presenter + ": the ladder's state is cut");
        }
    }

    @Test
    void thePointEditingHintIsNeverCutAndStillSaysHowToEdit() throws Exception {
        openSolved(Path.of("samples/drag-a-point-watch-the-plan.json"));
        for (boolean presenter : new boolean[] {false, true}) {
            lectureWindow(presenter);
            for (boolean split : new boolean[] {false, true}) {
                interact(() -> window.model().update(s -> SplitSection.with(s, SplitSection.ENABLED, split)));
                awaitFx(() -> window.compute().isIdle());
                WaitForAsyncUtils.waitForFxEvents(8);
                Label hint = editHint();
                String text = onFx(hint::getText);
                assertEquals(text, drawn(hint), "presenter " + presenter + ", split " + split + ": cut");
                assertTrue(onFx(() -> hint.getTooltip().getText()).contains("Delete: remove the point under the"
                        + " pointer"), "the tooltip keeps the whole hint");
                if (!presenter) {
                    assertTrue(text.contains("Delete"), "at 1280x800 the hint still says how: " + text);
                }
            }
        }
    }

    private Label editHint() {
        return lookup(n -> n instanceof Label l && l.getTooltip() != null && l.getTooltip().getText() != null
                && l.getTooltip().getText().startsWith("Drag a point to move it")).queryAs(Label.class);
    }

    @Test
    void theStepByStepIterationBadgeFollowsThePresenterScaleAndTheDarkTheme() throws Exception {
        Path sample = Path.of("samples/sinkhorn-step-by-step.json");
        String name = org.otexplorer.io.ScenarioFiles.load(sample).name();
        interact(() -> window.openScenario(sample));
        awaitFx(() -> name.equals(window.model().scenario().name()) && window.activeView().isIdle());
        WaitForAsyncUtils.waitForFxEvents(8);
        Label badge = lookup(".steps-picture").lookup(".value-indicator-label").queryAs(Label.class);
        double normal = onFx(() -> badge.getFont().getSize());
        Label caption = lookup(".steps-caption").queryAs(Label.class);
        double captionNormal = onFx(() -> caption.getFont().getSize());
        setPresenterMode(true);
        awaitFx(() -> caption.getFont().getSize() > captionNormal);
        WaitForAsyncUtils.waitForFxEvents(4);
        double presenter = onFx(() -> badge.getFont().getSize());
        assertTrue(presenter > 1.4 * normal, "the badge grows with the text: " + normal + " -> " + presenter);
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(false)
                .withTheme(Themes.DARK))));
        WaitForAsyncUtils.waitForFxEvents(8);
        Color text = (Color) onFx(badge::getTextFill);
        assertTrue(text.getBrightness() < 0.3, "dark text on the yellow badge in the dark theme: " + text);
        Node line = lookup(".steps-picture").lookup(".value-indicator-line").query();
        Color stroke = (Color) onFx(() -> ((javafx.scene.shape.Shape) line).getStroke());
        assertTrue(stroke.getBrightness() > 0.4, "the iteration line shows on the dark background: " + stroke);
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme("light"))));
    }

    /**
     * The strips' legend ("plan", "a, b", "0 – max") is never over a strip: side by side (where it once ran down
     * over the row sums' curve in every pane's corner) it is one key for the panel, below the panes, each pane's
     * corner left to its plan; a single plan's sits in its corner, above the row strip (with one-dimensional data at
     * n = 120 the histogram bars once covered it).
     */
    @Test
    void theStripLegendStaysInItsCornerSideBySideInPresenterModeAndOverOneDimensionalHistograms() throws Exception {
        openSolved(Path.of("samples/side-by-side-balanced-vs-robust.json"));
        lectureWindow(true);
        oneKeyBelowThePanes("side by side, presenter", 3);
        axisTitlesShownWhole("side by side, presenter");
        Node split = lookup(n -> n instanceof javafx.scene.control.CheckBox c && "side by side".equals(c.getText()))
                .query();
        Node preset = lookup(n -> n instanceof javafx.scene.control.ComboBox<?> c && "compare…".equals(
                c.getPromptText())).query();
        assertEquals(onFx(() -> preset.localToScene(preset.getLayoutBounds()).getCenterY()),
                onFx(() -> split.localToScene(split.getLayoutBounds()).getCenterY()), 4,
                "the side-by-side switch leads pane B's row (no header row of its own)");
        lectureWindow(false);
        oneKeyBelowThePanes("side by side", 3);
        openSolved(Path.of("samples/one-dimensional-plan-with-histograms.json"));
        interact(() -> window.model().update(s -> s.withData(s.data().withSizes(120, 120, 1))));
        awaitFx(() -> window.compute().isIdle() && window.planPanel().shown() != null
                && window.planPanel().shown().n() == 120);
        WaitForAsyncUtils.waitForFxEvents(8);
        legendsClearOfTheRowStrips("1-D, n = 120", 1);
    }

    /**
     * Side by side in presenter mode the five charts' axis titles share one size: at 1280×800 the small one that lets
     * "coordinate 2" fit pane B's short scatter, at 1920×1080, where every title fits, the presenter size (they used
     * to stay at 11 px there); back at 1280×800 small again, and whole at every size.
     */
    @Test
    void sideBySideAxisTitlesShareOneSizeThatGrowsWithTheWindow() throws Exception {
        openSolved(Path.of("samples/side-by-side-balanced-vs-robust.json"));
        lectureWindow(true);
        double small = oneTitleSize("1280x800");
        axisTitlesShownWhole("side by side, presenter, 1280x800");
        resizeWindow(1920, 1080);
        WaitForAsyncUtils.waitForFxEvents(12);
        double large = oneTitleSize("1920x1080");
        axisTitlesShownWhole("side by side, presenter, 1920x1080");
        assertTrue(small <= 12 && large >= 17, "titles " + small + " px at 1280x800, " + large + " px at 1920x1080");
        double[] roomy = {largestFont(".pane-title"), largestFont(".chart-legend-item")};
        lectureWindow(true);
        double[] cramped = {largestFont(".pane-title"), largestFont(".chart-legend-item")};
        // the pane titles and legends grow with the window too (they stayed at 14 and 11 px at 1920x1080)
        assertTrue(roomy[0] >= 16 && cramped[0] <= 14, "pane titles " + cramped[0] + " -> " + roomy[0] + " px");
        // (the largest legend shown: at 1280x800 the spectrum tab's, 12 px, beside the panes' 11 px)
        assertTrue(roomy[1] >= 13.5 && cramped[1] <= 12, "legends " + cramped[1] + " -> " + roomy[1] + " px");
        assertEquals(small, oneTitleSize("1280x800 again"), 0.01);
        axisTitlesShownWhole("side by side, presenter, 1280x800 again");
    }

    /**
     * A window opened at 1440×900 in presenter mode and then made 1280×800 gives the bottom panel only its least
     * height (9.5em): the spectrum tab's controls column then ran under the status bar, its τ slider and the chart's
     * "index k" half hidden (a window opened at 1280×800 gets more). Every axis and control ends above the status
     * bar, and the spectrum's notes are whole.
     */
    @Test
    void afterAResizeFrom1440x900ThePresentersBottomPanelEndsAboveTheStatusBar() throws Exception {
        resizeWindow(1440, 900);
        setPresenterMode(true);
        openSolved(Path.of("samples/kl-vs-l2-marginal-relaxation.json"));
        WaitForAsyncUtils.waitForFxEvents(8);
        lectureWindow(true);
        awaitFx(() -> window.spectrumPanel().shown() != null);
        WaitForAsyncUtils.waitForFxEvents(8);
        List<String> problems = onFx(() -> {
            List<String> out = new java.util.ArrayList<>();
            EverySampleLookTest.underTheStatusBar(window.compute().content().getScene().getRoot(),
                    "kl-vs-l2 presenter 1440x900 -> 1280x800", out);
            return out;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        javafx.scene.control.Label notes = onFx(() -> (javafx.scene.control.Label) window.compute().content()
                .lookup(".spectrum-controls .hint"));
        assertEquals(onFx(notes::getText), drawn(notes), "the spectrum's note is whole");
    }

    /**
     * Look-through finding: in presenter mode at 1280×800 the one-dimensional sample's ε value ("0.000500 × mean C =
     * 0.00213") made the side panel's content wider than its viewport, so every line of the panel (the description,
     * the values, the spinners' arrows) was cut at its right edge. Every control and text ends inside the viewport,
     * and the value wraps whole.
     */
    @Test
    void aLongSliderValueWrapsInsteadOfWideningTheSidePanel() throws Exception {
        openSolved(Path.of("samples/one-dimensional-plan-with-histograms.json"));
        lectureWindow(true);
        javafx.scene.control.ScrollPane side = onFx(() -> (javafx.scene.control.ScrollPane) window.compute().content()
                .lookup(".sidebar"));
        // every control and text of the panel ends inside its viewport (the content's own right padding may not)
        List<String> cut = onFx(() -> {
            double right = side.localToScene(side.getViewportBounds()).getMaxX();
            return side.getContent().lookupAll("*").stream()
                    .filter(n -> (n instanceof javafx.scene.control.Labeled || n instanceof javafx.scene.control.Control)
                            && shown(n) && n.localToScene(n.getLayoutBounds()).getMaxX() > right + 1)
                    .map(n -> n.getClass().getSimpleName() + (n instanceof javafx.scene.control.Labeled l
                            ? " \"" + l.getText() + "\"" : "") + " to " + Math.round(n.localToScene(n.getLayoutBounds())
                            .getMaxX()) + " of " + Math.round(right)).toList();
        });
        assertTrue(cut.isEmpty(), "cut at the side panel's right edge: " + cut);
        javafx.scene.control.Label value = onFx(() -> window.compute().content().lookupAll(".parameter-value").stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && l.getText().contains("× mean C") && shown(n))
                .map(n -> (javafx.scene.control.Label) n).findFirst().orElseThrow());
        assertFalse(drawn(value).contains("…") || drawn(value).contains("..."), "ε value drawn as " + drawn(value));
        double right = onFx(() -> value.localToScene(value.getLayoutBounds()).getMaxX());
        double viewportRight = onFx(() -> side.localToScene(side.getLayoutBounds()).getMaxX());
        assertTrue(right <= viewportRight + 1, "the ε value ends at " + right + ", the panel at " + viewportRight);
    }

    /** The largest font size of the shown labels of a style class. */
    private double largestFont(String selector) throws Exception {
        return onFx(() -> window.compute().content().lookupAll(selector).stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled && shown(n))
                .mapToDouble(n -> ((javafx.scene.control.Labeled) n).getFont().getSize()).max().orElse(0));
    }

    /** The one font size of the shown charts' axis titles (fails if they differ). */
    private double oneTitleSize(String where) throws Exception {
        List<Double> sizes = onFx(() -> window.compute().content().lookupAll(".axis").stream()
                .filter(n -> n instanceof io.fair_acc.chartfx.axes.spi.AbstractAxis a && shown(n)
                        && a.getName() != null && !a.getName().isEmpty())
                .map(n -> ((io.fair_acc.chartfx.axes.spi.AbstractAxis) n).getAxisLabel().getFont().getSize())
                .distinct().toList());
        assertEquals(1, sizes.size(), where + ": one title size for the five charts, not " + sizes);
        return sizes.get(0);
    }

    private void oneKeyBelowThePanes(String where, int plans) throws Exception {
        List<Node> figures = onFx(() -> window.compute().content().lookupAll(".plan-heatmap").stream()
                .filter(LectureRunThroughTest::shown).toList());
        assertEquals(plans, figures.size(), where);
        for (Node figure : figures) {
            assertFalse(onFx(() -> shown(figure.lookup(".marginal-legend"))), where + ": no legend in a pane's corner");
        }
        List<Node> keys = onFx(() -> window.compute().content().lookupAll(".marginal-key").stream()
                .filter(LectureRunThroughTest::shown).toList());
        assertEquals(1, keys.size(), where + ": one key for the panes");
        Bounds key = onFx(() -> keys.get(0).localToScene(keys.get(0).getLayoutBounds()));
        double panesBottom = onFx(() -> figures.stream().mapToDouble(f -> f.localToScene(f.getLayoutBounds())
                .getMaxY()).max().orElseThrow());
        double width = onFx(() -> keys.get(0).getScene().getWidth());
        double height = onFx(() -> keys.get(0).getScene().getHeight());
        assertTrue(key.getMinY() >= panesBottom - 0.5 && key.getMaxY() <= height + 0.5 && key.getMaxX() <= width + 0.5,
                where + ": the key " + key + " below the panes (ending at " + panesBottom + ") and in the window");
    }

    private void legendsClearOfTheRowStrips(String where, int plans) throws Exception {
        List<Node> figures = onFx(() -> window.compute().content().lookupAll(".plan-heatmap").stream()
                .filter(LectureRunThroughTest::shown).toList());
        assertEquals(plans, figures.size(), where);
        for (Node figure : figures) {
            Node legend = figure.lookup(".marginal-legend");
            double legendBottom = onFx(() -> ((javafx.scene.Parent) legend).getChildrenUnmodifiable().stream()
                    .mapToDouble(l -> l.localToScene(l.getLayoutBounds()).getMaxY()).max().orElseThrow());
            double rowStripTop = onFx(() -> figure.lookupAll(".marginal-strip").stream()
                    .mapToDouble(c -> c.localToScene(c.getLayoutBounds()).getMinY()).max().orElseThrow());
            assertTrue(legendBottom <= rowStripTop + 0.5, where + ": the legend ends at " + legendBottom
                    + ", inside the row strip starting at " + rowStripTop);
        }
    }

    /**
     * In presenter mode the side panel's controls stay inside it: the 1-D sample's ε value
     * ("0.000500 × mean C = 0.00213") widened the panel's content past the panel at 1440×900, cutting the method box,
     * the slider values and the description at its right edge.
     */
    @Test
    void presenterModeKeepsEverySidePanelControlInsideThePanel() throws Exception {
        openSolved(Path.of("samples/one-dimensional-plan-with-histograms.json"));
        setPresenterMode(true);
        for (double[] size : new double[][] {{1440, 900}, {1280, 800}}) {
            resizeWindow(size[0], size[1]);
            WaitForAsyncUtils.waitForFxEvents(8);
            double right = onFx(() -> window.compute().sidebar().localToScene(
                    window.compute().sidebar().getLayoutBounds()).getMaxX());
            List<String> outside = onFx(() -> window.compute().sidebar().lookupAll(".label, .combo-box").stream()
                    .filter(LectureRunThroughTest::shown)
                    .filter(n -> n.localToScene(n.getLayoutBounds()).getMaxX() > right + 0.5)
                    .map(n -> n instanceof Label l ? l.getText() : n.getStyleClass().toString()).toList());
            assertTrue(outside.isEmpty(), size[0] + "x" + size[1] + ": past the side panel's edge " + right + ": "
                    + outside);
        }
    }

    /**
     * The spectrum panel in presenter mode at 1280×800 (robust-ot-drops-outliers): its five figures lie inside the
     * bottom panel and are drawn whole, the kind-of-chart box shows its whole choice, the chart's axis titles fit
     * and its data area keeps room (before: the panel had 120 px, "eigenvalues ≤ τ" was half off, the box read
     * "eigenvalues of…" and the axis title "eigenvalu…").
     */
    @Test
    void theSpectrumPanelShowsItsFiguresAndALegibleChartInPresenterModeAt1280x800() throws Exception {
        openSolved(Path.of("samples/robust-ot-drops-outliers.json"));
        lectureWindow(true);
        awaitFx(() -> window.spectrumPanel().shown() != null);
        WaitForAsyncUtils.waitForFxEvents(8);
        Node panel = lookup(".bottom-tabs").query();
        double bottom = onFx(() -> panel.localToScene(panel.getLayoutBounds()).getMaxY());
        List<Label> figures = onFx(() -> ((javafx.scene.Parent) panel.lookup(".spectrum-panel .figures"))
                .getChildrenUnmodifiable().stream().map(n -> (Label) n).toList());
        assertEquals(10, figures.size(), "five figures and their names: " + figures);
        for (Label figure : figures) {
            double maxY = onFx(() -> figure.localToScene(figure.getLayoutBounds()).getMaxY());
            assertTrue(maxY <= bottom + 0.5, figure.getText() + " ends at " + maxY + ", below the panel's " + bottom);
            assertEquals(onFx(figure::getText), drawn(figure), "cut");
        }
        javafx.scene.control.ComboBox<?> kind = lookup(".spectrum-controls .combo-box")
                .queryAs(javafx.scene.control.ComboBox.class);
        var cell = (javafx.scene.control.ListCell<?>) onFx(() -> kind.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?>).findFirst().orElseThrow());
        assertEquals(onFx(cell::getText), drawn(cell), "the kind of chart is shown whole");
        axisTitlesShownWhole("spectrum, presenter");
        Node plot = onFx(() -> window.spectrumPanel().chart().chart().lookup(".chart-plot-area"));
        double plotHeight = onFx(() -> plot.getLayoutBounds().getHeight());
        assertTrue(plotHeight >= 70, "the spectrum's data area is " + plotHeight + " px high");
    }

    /**
     * A regression sample in presenter mode at 1280×800 (sin-robot-robust-vs-robot, one-dimensional points): every
     * axis title fits (the 1-D scatter's "target (0) ↔ source (1)" was cut; its rails are now named "x" and "y"
     * as the legend names the points), the race's place says what Play does until an optimizer has made an
     * iteration (it was an empty chart), and the race's lanes and hint can be scrolled into the bottom panel (they
     * ran below it).
     */
    @Test
    void aRegressionSampleInPresenterModeAt1280x800NamesItsRailsExplainsPlayAndKeepsItsLanesReachable()
            throws Exception {
        openSolved(Path.of("samples/sin-robot-robust-vs-robot.json"));
        lectureWindow(true);
        axisTitlesShownWhole("1-D scatter, presenter", onFx(() -> window.scatterPanel().chart().chart()));
        io.fair_acc.chartfx.axes.Axis rails = onFx(() -> window.scatterPanel().chart().chart().getYAxis());
        List<String> railNames = onFx(() -> rails.getTickMarks().stream()
                .filter(t -> t.isVisible() && !t.getText().isEmpty()).map(t -> t.getText()).toList());
        assertEquals(List.of("y", "x"), railNames, "the rails named as the legend names the points");
        Label notStarted = (Label) onFx(() -> ((javafx.scene.Parent) lookup(".bottom-tabs").query())
                .lookupAll(".placeholder").stream().filter(n -> ((Label) n).getText().startsWith("Play (F7) runs every optimizer")).findFirst()
                .orElseThrow());
        assertTrue(onFx(() -> shown(notStarted) && notStarted.getScene() != null), "the line before Play is shown");
        javafx.scene.control.ScrollPane controls = lookup(".race-controls")
                .queryAs(javafx.scene.control.ScrollPane.class);
        interact(() -> controls.setVvalue(controls.getVmax()));
        WaitForAsyncUtils.waitForFxEvents(4);
        Node panel = lookup(".bottom-tabs").query();
        double bottom = onFx(() -> panel.localToScene(panel.getLayoutBounds()).getMaxY());
        Node hint = onFx(() -> ((javafx.scene.Parent) controls.getContent()).getChildrenUnmodifiable()
                .get(((javafx.scene.Parent) controls.getContent()).getChildrenUnmodifiable().size() - 1));
        double hintBottom = onFx(() -> hint.localToScene(hint.getLayoutBounds()).getMaxY());
        assertTrue(hintBottom <= bottom + 0.5, "the race's hint scrolls into the panel: " + hintBottom + " > " + bottom);
        interact(() -> window.tracePanel().step());
        awaitFx(() -> window.tracePanel().traceChart().chart().getScene() != null);
        assertTrue(onFx(() -> notStarted.getScene() == null), "the race chart replaces the line after a step");
    }

    /** Every chart axis' title fits along its axis (chart-fx centres it there and the chart cuts what overhangs). */
    private void axisTitlesShownWhole(String where) throws Exception {
        axisTitlesShownWhole(where, onFx(() -> window.compute().content()));
    }

    private void axisTitlesShownWhole(String where, Node root) throws Exception {
        List<String> cut = onFx(() -> root.lookupAll(".axis").stream()
                .filter(n -> n instanceof io.fair_acc.chartfx.axes.Axis && shown(n))
                .filter(n -> n.lookup(".axis-label") instanceof Text t && !t.getText().isEmpty()
                        && t.getLayoutBounds().getWidth() > length(n) + 0.5)
                .map(n -> ((Text) n.lookup(".axis-label")).getText() + " (" + Math.round(
                        n.lookup(".axis-label").getLayoutBounds().getWidth()) + " px on " + Math.round(length(n)) + ")")
                .toList());
        assertTrue(cut.isEmpty(), where + ": axis titles longer than their axes: " + cut);
    }

    private static double length(Node axis) {
        return ((io.fair_acc.chartfx.axes.Axis) axis).getSide().isVertical() ? axis.getLayoutBounds().getHeight()
                : axis.getLayoutBounds().getWidth();
    }

    /** Shown on screen: it and every parent visible. */
    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
