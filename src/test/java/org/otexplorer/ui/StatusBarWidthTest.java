package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.otexplorer.ui.workbench.Status;

/**
 * At the lecture window size (1280 × 800) a long solver warning in the status bar gives way: the iterations, the
 * error, the verdict and the time stay whole on screen, and the message is the one cut, or left out where it would
 * show less than ten ems (its tooltip holds it all).
 */
class StatusBarWidthTest extends ExplorerWindowTestSupport {
    @Override
    String recentFilesNode() {
        return "status-width";
    }

    @Test
    void theFiguresStayWholeBesideALongWarning() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1 && window.compute().isIdle());
        String warning = "the Sinkhorn rate stalled (0.998164 per iteration after 387 iterations): switched to Newton"
                + " steps on the dual, 16 step(s) with 328 conjugate-gradient iterations in all, then polished";
        interact(() -> {
            toLectureSize();
            window.statusBar().finished(new Status.Outcome("1,234 iterations: sinkhorn 387, newton 16 (warm start)",
                    "marginal error 7.66e-10", "converged", true, "12.3 ms solve, 45 ms to the panels", List.of(warning)));
        });
        awaitFx(() -> shown("#message").endsWith("...") || shown("#message").isEmpty()); // cut, or left out
        assertReadableOrLeftOutBesideWholeFigures();
        assertTrue(onFx(() -> lookup("#message").queryAs(Label.class).getTooltip().getText()).equals(warning));
    }

    /**
     * Look-through finding: in presenter mode at 1280 × 800 the figures leave the message about four ems, and it
     * read "th…" (the one-dimensional sample's Newton warning). A message shows with room for at least ten ems of
     * text, or not at all (its tooltip and the warnings' keep it); the figures stay whole.
     */
    @Test
    void inPresenterModeTheMessageIsReadableOrLeftOutNeverAStub() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1 && window.compute().isIdle());
        String warning = "the Sinkhorn rate stalled (0.998164 per iteration after 387 iterations): switched to Newton"
                + " steps on the dual";
        interact(() -> {
            toLectureSize();
            window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(true)));
        });
        try {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
            interact(() -> window.statusBar().finished(new Status.Outcome("464 iterations: sinkhorn 449, newton 15",
                    "error 1.48e-13", "converged", true, "133.6 ms solve, 293 ms to the panels", List.of(warning))));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
            assertReadableOrLeftOutBesideWholeFigures();
            assertEquals(warning, onFx(() -> window.statusBar().messageText()));
            assertEquals(warning, onFx(() -> lookup("#message").queryAs(Label.class).getTooltip().getText()));
        } finally {
            interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(false))));
        }
    }

    /**
     * Look-through finding: in presenter mode at 1280 × 800 a solve of four phases at ε = 1e-4 × mean C ("6,436
     * iterations: sinkhorn 6390, newton 46 in 4 phases", three warnings, a long time) made the bar wider than the
     * window: its right end (the warnings, Cancel) and the window's right edge were off screen. The iterations give
     * way to their count; everything else stays whole and on screen.
     */
    @Test
    void inPresenterModeAFourPhaseSolveKeepsTheBarInsideTheWindow() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1 && window.compute().isIdle());
        interact(() -> {
            toLectureSize();
            window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(true)));
        });
        try {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
            interact(() -> window.statusBar().finished(new Status.Outcome(
                    "6,436 iterations: sinkhorn 6390, newton 46 in 4 phases", "error 4.92e-10", "converged", true,
                    "437.3 ms solve, 8833 ms to the panels", List.of("one", "two", "three"))));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents(8);
            javafx.scene.Node cancel = lookup(".status-bar .button").query();
            double right = onFx(() -> cancel.localToScene(cancel.getBoundsInLocal()).getMaxX());
            double sceneWidth = onFx(() -> cancel.getScene().getWidth());
            assertTrue(right <= sceneWidth, "Cancel ends at " + right + " px in a " + sceneWidth + " px window");
            assertEquals("6,436 iterations", onFx(() -> shown("#iterations")));
            assertReadableOrLeftOutBesideWholeFigures();
        } finally {
            interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(false))));
        }
    }

    private void toLectureSize() {
        Stage stage = (Stage) lookup(".status-bar").query().getScene().getWindow();
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    /** The message shows with ten ems of room or not at all; the figures are whole. */
    private void assertReadableOrLeftOutBesideWholeFigures() throws Exception {
        String shown = onFx(() -> shown("#message"));
        double em = onFx(() -> lookup("#message").queryAs(Label.class).getFont().getSize());
        double width = onFx(() -> lookup("#message").queryAs(Label.class).getWidth());
        assertTrue(shown.isEmpty() || width >= 10 * em, "'" + shown + "' in " + width + " px, em " + em);
        for (String id : List.of("#iterations", "#marginalError", "#converged", "#time", "#warnings")) {
            Label label = lookup(id).queryAs(Label.class);
            assertEquals(onFx(label::getText), onFx(() -> shown(id)), id + " is cut on screen");
        }
    }

    /** The text a label draws now (with its ellipsis when cut). */
    private String shown(String id) {
        Text text = (Text) lookup(id).queryAs(Label.class).lookup(".text");
        return text == null ? "" : text.getText();
    }
}
