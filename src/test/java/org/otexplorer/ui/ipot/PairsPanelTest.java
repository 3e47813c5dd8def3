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
}
