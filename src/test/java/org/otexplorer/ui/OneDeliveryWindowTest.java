package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.Test;
import org.otexplorer.service.SolveView;
import org.otexplorer.service.SpectrumView;

/**
 * Plan first, then its analysis (issue 12 item 13): at every FX pulse — what that pulse draws — the plan and the
 * source-and-target picture on screen belong to the same solve, the status bar (once the solve finished) reports
 * that solve, and the H spectrum is of that solve or visibly marked pending (dimmed, with the line saying which plan
 * is analysed); a new plan never appears beside the previous plan's spectrum shown as current.
 */
class OneDeliveryWindowTest extends ExplorerWindowTestSupport {
    @Override
    String recentFilesNode() {
        return "one-delivery";
    }

    @Test
    void everyPulseShowsThePlanPictureAndStatusOfOneSolveAndItsSpectrumOrPending() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1 && window.compute().isIdle());
        List<String> mixed = new ArrayList<>();
        List<Long> plansSeen = new ArrayList<>();
        int[] pendingPulses = {0};
        AnimationTimer watcher = new AnimationTimer() {
            @Override
            public void handle(long now) {
                SolveView plan = window.planPanel().shown();
                SolveView picture = window.scatterPanel().shown();
                SpectrumView spectrum = window.spectrumPanel().shown();
                String pending = window.spectrumPanel().pendingLine();
                if (plan == null) {
                    return;
                }
                boolean changed = plansSeen.isEmpty() || plansSeen.get(plansSeen.size() - 1) != plan.requestId();
                if (changed) {
                    plansSeen.add(plan.requestId());
                }
                String status = window.statusBar().shownText();
                boolean statusOfPlan = status.contains(String.format(Locale.ROOT, "%.1f ms solve, ",
                        plan.solveSeconds() * 1e3));
                boolean spectrumOfPlan = spectrum != null && spectrum.requestId() == plan.requestId();
                if (pending != null) {
                    pendingPulses[0]++;
                }
                if (picture != plan || !spectrumOfPlan && pending == null
                        || (changed || !window.statusBar().isRunning()) && !statusOfPlan) {
                    mixed.add("plan " + plan.requestId() + ", picture " + (picture == null ? null : picture.requestId())
                            + ", spectrum " + (spectrum == null ? null : spectrum.requestId()) + ", pending " + pending
                            + ", status " + status);
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
            assertNull(onFx(() -> window.spectrumPanel().pendingLine()), "no longer marked pending once it came");
        }
        Thread.sleep(200); // a few more pulses of the last state
        interact(watcher::stop);
        assertEquals(List.of(), mixed, "pulses showing parts of different solves, or an old spectrum as current");
        assertTrue(plansSeen.size() >= 7, "every step's plan reached the screen: " + plansSeen);
        assertTrue(pendingPulses[0] > 0, "the plan came first at least once, its spectrum marked pending");
    }
}
