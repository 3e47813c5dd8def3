package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.otexplorer.ui.workbench.Status;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The solves of a drag take a few milliseconds each: the status bar keeps the last outcome through them instead of
 * flipping to "Computing…" and back every frame, and says "Computing…" (with the cancel button enabled) once a
 * computation has run for {@link StatusBarController#QUIET_START}.
 */
class StatusBarQuietStartTest extends ExplorerWindowTestSupport {
    @Override
    String recentFilesNode() {
        return "status-quiet";
    }

    @Test
    void aShortComputationLeavesTheLastOutcomeAndALongOneSaysItIsRunning() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1 && window.compute().isIdle());
        Status.Outcome outcome = new Status.Outcome("40 iterations", "marginal error 3.1e-10", "converged", true,
                "6.2 ms solve, 9 ms to the panels", List.of());
        interact(() -> window.statusBar().finished(outcome));
        String before = onFx(() -> window.statusBar().shownText());
        Label verdict = lookup("#converged").queryAs(Label.class);
        for (int k = 0; k < 5; k++) { // five solves of a drag, each done within a pulse
            interact(() -> {
                window.statusBar().running(() -> { });
                window.statusBar().progress("iteration 12", "error 1e-3", 0.3);
            });
            assertEquals(before, onFx(() -> window.statusBar().shownText()), "solve " + k + " starts quietly");
            assertFalse(onFx(() -> window.statusBar().isRunning()));
            interact(() -> window.statusBar().finished(outcome));
        }
        assertTrue(onFx(() -> verdict.getStyleClass().contains("status-ok")), "the verdict keeps its colour");

        interact(() -> window.statusBar().running(() -> { }));
        Thread.sleep((long) StatusBarController.QUIET_START.toMillis() + 250);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Computing…", onFx(() -> window.statusBar().messageText()));
        assertTrue(onFx(() -> window.statusBar().isRunning()), "the cancel button is enabled");
        assertEquals("computing", onFx(verdict::getText));
        assertFalse(onFx(() -> verdict.getStyleClass().contains("status-ok")), "no colour while it runs");
        interact(() -> window.statusBar().progress("iteration 12", "error 1e-3", 0.3));
        assertTrue(onFx(() -> window.statusBar().shownText()).contains("iteration 12"), "progress shows now");
        interact(() -> window.statusBar().finished(outcome));
        assertEquals(before, onFx(() -> window.statusBar().shownText()));
    }
}
