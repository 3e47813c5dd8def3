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
 * error, the verdict and the time stay whole on screen, and the message is the one cut (its tooltip holds it all).
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
            Stage stage = (Stage) lookup(".status-bar").query().getScene().getWindow();
            stage.setWidth(1280);
            stage.setHeight(800);
            window.statusBar().finished(new Status.Outcome("1,234 iterations: sinkhorn 387, newton 16 (warm start)",
                    "marginal error 7.66e-10", "converged", true, "12.3 ms solve, 45 ms to screen", List.of(warning)));
        });
        awaitFx(() -> shown("#message").endsWith("...")); // JavaFX's ellipsis
        for (String id : List.of("#iterations", "#marginalError", "#converged", "#time", "#warnings")) {
            Label label = lookup(id).queryAs(Label.class);
            assertEquals(onFx(label::getText), onFx(() -> shown(id)), id + " is cut on screen");
        }
        assertTrue(onFx(() -> lookup("#message").queryAs(Label.class).getTooltip().getText()).equals(warning));
    }

    /** The text a label draws now (with its ellipsis when cut). */
    private String shown(String id) {
        Text text = (Text) lookup(id).queryAs(Label.class).lookup(".text");
        return text == null ? "" : text.getText();
    }
}
