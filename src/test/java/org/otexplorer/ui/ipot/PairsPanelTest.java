package org.otexplorer.ui.ipot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The panel "IPOT = Sinkhorn at β/t" as the user sees it: the slider over t, both plans on one colour scale, the
 * caption with ε = β/t and the difference, and the slider, step and reset writing t into the scenario.
 */
class PairsPanelTest extends IpotFxTestSupport {
    @Override
    Path sample() {
        return Path.of("samples/ipot-equals-sinkhorn-at-beta-over-t.json");
    }

    @Test
    void theSliderOverTShowsTheSamePlanTwice() throws Exception {
        awaitFx(() -> view.isIdle());
        PairsPanelController pairs = view.pairs();
        assertTrue(onFx(() -> pairs.slider().isVisible()));
        assertEquals(30, onFx(() -> pairs.slider().getMax()), 0);
        assertEquals(10, onFx(() -> pairs.slider().getValue()), 0);
        String text = onFx(pairs::pairText);
        assertTrue(text.startsWith("t = 10:  ε = β/t = 0.1/10 = 0.01"), text);
        double[] ipot = onFx(() -> pairs.ipotPlan().colorRange());
        double[] sinkhorn = onFx(() -> pairs.sinkhornPlan().colorRange());
        assertEquals(ipot[0], sinkhorn[0], 0, "one colour scale");
        assertEquals(4, (int) onFx(() -> pairs.ipotPlan().marginalCurves()));
        assertEquals(20, onFx(() -> pairs.differenceChart().pointCount()), "two curves up to t = 10");
        interact(() -> pairs.slider().setValue(25));
        assertEquals(25, (int) IpotSection.of(onFx(model::scenario)).get(IpotSection.PAIR_T), "t in the scenario");
        assertTrue(onFx(pairs::pairText).startsWith("t = 25:"), onFx(pairs::pairText));
        interact(() -> pairs.step());
        assertEquals(26, (int) onFx(pairs::t));
        assertEquals(26, onFx(() -> pairs.slider().getValue()), 0, "the slider follows");
        interact(() -> pairs.reset());
        assertEquals(1, (int) onFx(pairs::t));
        assertTrue(onFx(pairs::pairText).startsWith("t = 1:  ε = β/t = 0.1/1 = 0.1"), onFx(pairs::pairText));
    }

    /**
     * Issue 12 look: the title and both plan captions are whole (presenter mode at 1280 × 800 cut the title's "(one
     * sweep per step: …" and the IPOT caption's inner solve to "…") and true to the plans drawn; the difference
     * chart's metric title fits its axis and its t axis, on screen (two-line captions in the charts' grid pushed it
     * below the panel), is labelled with whole steps 0 … 30 (it read 1.0, 1.5, …).
     */
    @Test
    void captionsAreWholeAndTheDifferenceChartReadableInBothModes() throws Exception {
        awaitFx(() -> view.isIdle());
        PairsPanelController pairs = view.pairs();
        checkCaptionsAndChart(pairs, "normal mode");
        try {
            presenterMode();
            awaitFx(() -> pairs.captions().get(1).getFont().getSize() > 12); // 14 px, 11 px normal
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5); // the captions' heights follow a pulse later
            checkCaptionsAndChart(pairs, "presenter mode");
            assertSettingsInView("the pairs"); // the last rows were below the fold
            // the t slider's tick labels follow the presenter's size (JavaFX's fixed 8 px stayed 8 px)
            double ticks = onFx(() -> ((javafx.scene.chart.Axis<?>) lookup(".slider .axis").query())
                    .getTickLabelFont().getSize());
            double caption = onFx(() -> pairs.captions().get(1).getFont().getSize());
            assertTrue(ticks >= 0.75 * caption, "slider ticks " + ticks + " px beside " + caption + " px captions");
        } finally {
            normalMode();
        }
    }

    private void checkCaptionsAndChart(PairsPanelController pairs, String mode) throws Exception {
        java.util.List<javafx.scene.control.Label> labels = onFx(pairs::captions);
        for (javafx.scene.control.Label label : labels) {
            // a caption set by the last result is drawn (and so cut, if it is) at the next layout pass
            try {
                awaitFx(() -> label.getText().equals(shownText(label)));
            } catch (java.util.concurrent.TimeoutException e) {
                assertEquals(onFx(label::getText), onFx(() -> shownText(label)), mode + ": shown whole");
            }
            assertTrue(onFx(() -> label.getHeight() >= label.prefHeight(label.getWidth()) - 1),
                    mode + ": given the height its lines need: " + onFx(label::getText));
        }
        PairsResult r = onFx(pairs::shown);
        org.otexplorer.ipot.ProximalEntropicPairs.Pair p = r.at(10);
        assertTrue(onFx(labels.get(1)::getText).startsWith("IPOT iterate t = 10 (β = 0.1, inner solve: "
                + p.innerIterations() + " scalings"), mode + ": " + onFx(labels.get(1)::getText));
        assertEquals("Sinkhorn at ε = 0.01 (" + (p.sinkhornConverged() ? "converged" : "not converged") + ")",
                onFx(labels.get(2)::getText), mode);
        io.fair_acc.chartfx.axes.spi.DefaultNumericAxis y = (io.fair_acc.chartfx.axes.spi.DefaultNumericAxis)
                pairs.differenceChart().chart().getYAxis();
        double[] title = onFx(() -> new double[] {y.getAxisLabel().getLayoutBounds().getWidth(),
            y.getAxisLabel().getLayoutBounds().getHeight(), y.getHeight()});
        assertTrue(Math.max(title[0], title[1]) <= title[2], mode + ": the metric title fits its axis: "
                + java.util.Arrays.toString(title));
        io.fair_acc.chartfx.axes.spi.DefaultNumericAxis x = (io.fair_acc.chartfx.axes.spi.DefaultNumericAxis)
                pairs.differenceChart().chart().getXAxis();
        double axisBottom = onFx(() -> x.localToScene(x.getLayoutBounds()).getMaxY());
        double panelBottom = onFx(() -> ((javafx.scene.layout.Region) view.content()).getHeight());
        assertTrue(axisBottom <= panelBottom + 1, mode + ": the t axis ends on screen: " + axisBottom + " of "
                + panelBottom);
        assertEquals(0, onFx(x::getMin), 0, mode + ": the t axis starts at 0");
        assertEquals(30, onFx(x::getMax), 0, mode + ": the t axis holds every step computed");
        java.util.List<String> ticks = onFx(() -> x.getTickMarks().stream().map(m -> m.getText())
                .filter(text -> text != null && !text.isEmpty()).toList());
        assertTrue(ticks.size() >= 3, mode + ": the t axis is labelled: " + ticks);
        for (String text : ticks) {
            assertTrue(text.matches("\\d+"), mode + ": whole steps on the t axis: " + ticks);
        }
    }
}
