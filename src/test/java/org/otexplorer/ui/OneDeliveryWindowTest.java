package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.Test;
import org.otexplorer.service.SolveView;
import org.otexplorer.service.SpectrumView;

/**
 * One delivery per request (issue 12 item 13): at every FX pulse — what that pulse draws — the plan, the
 * source-and-target picture and the H spectrum on screen belong to the same solve; a new plan never appears beside
 * the spectrum of the previous one.
 */
class OneDeliveryWindowTest extends ExplorerWindowTestSupport {
    @Override
    String recentFilesNode() {
        return "one-delivery";
    }

    @Test
    void everyPulseShowsThePlanPictureAndSpectrumOfOneSolve() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1 && window.compute().isIdle());
        List<String> mixed = new ArrayList<>();
        List<Long> plansSeen = new ArrayList<>();
        AnimationTimer watcher = new AnimationTimer() {
            @Override
            public void handle(long now) {
                SolveView plan = window.planPanel().shown();
                SolveView picture = window.scatterPanel().shown();
                SpectrumView spectrum = window.spectrumPanel().shown();
                if (plan == null) {
                    return;
                }
                if (plansSeen.isEmpty() || plansSeen.get(plansSeen.size() - 1) != plan.requestId()) {
                    plansSeen.add(plan.requestId());
                }
                if (picture != plan || spectrum != null && spectrum.requestId() != plan.requestId()) {
                    mixed.add("plan " + plan.requestId() + ", picture " + (picture == null ? null : picture.requestId())
                            + ", spectrum " + (spectrum == null ? null : spectrum.requestId()));
                }
            }
        };
        interact(watcher::start);
        for (int step = 0; step < 6; step++) {
            long solved = onFx(() -> window.compute().solvedCount());
            interact(() -> window.model().update(s -> s.withEngine(s.engine().withEpsilonValue(
                    0.9 * s.engine().epsilon().value()))));
            awaitFx(() -> window.compute().solvedCount() > solved && window.compute().isIdle());
            SpectrumView spectrum = onFx(() -> window.spectrumPanel().shown());
            assertTrue(spectrum != null && spectrum.requestId() == onFx(() -> window.planPanel().shown()).requestId(),
                    "the spectrum shown is of the plan shown");
        }
        Thread.sleep(200); // a few more pulses of the last state
        interact(watcher::stop);
        assertEquals(List.of(), mixed, "pulses showing parts of different solves");
        assertTrue(plansSeen.size() >= 7, "every step's plan reached the screen: " + plansSeen);
    }
}
