package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Window;
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
        Window stage = onFx(() -> window.compute().content().getScene().getWindow());
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(presenter)));
        });
        WaitForAsyncUtils.waitForFxEvents(8);
        awaitFx(() -> window.compute().isIdle());
        WaitForAsyncUtils.waitForFxEvents(8);
    }

    /** The text a label draws (its skin's Text nodes), which is "…"-shortened when the label is too narrow. */
    private String drawn(Label label) throws Exception {
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
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(true))));
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
}
