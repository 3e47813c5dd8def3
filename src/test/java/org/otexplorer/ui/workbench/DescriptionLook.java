package org.otexplorer.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a workbench's description looks like on screen, for UI tests: the whole text can be read, either because it
 * shows whole or because an obvious "more" beside it unfolds it whole inside the window ("less" folds it again).
 */
public final class DescriptionLook {
    private DescriptionLook() {
    }

    /**
     * Checks the description as the window shows it now (call on the test thread, the layout done).
     *
     * @return whether the folded description was cut (and "more" then unfolded it whole)
     */
    public static boolean assertReadableWhole(ScenarioDescription d, String where) throws Exception {
        Labeled text = onFx(d::textLabel);
        assertTrue(onFx(d::isFolded), where + ": folded at first");
        boolean cut = !onFx(() -> shownText(text).equals(text.getText()));
        Node toggle = onFx(d::toggle);
        assertEquals(cut, onFx(toggle::isVisible), where + ": \"more\" shows exactly when the text is cut, shown \""
                + onFx(() -> shownText(text)) + "\"");
        if (!cut) {
            assertInsideTheWindow(text, where + ", whole");
            return false;
        }
        assertInsideTheWindow(toggle, where + ": \"more\"");
        if (onFx(d::isBanner)) {
            assertTrue(onFx(() -> scene(toggle).getMaxY() <= scene(text).getMaxY() + 1), where
                    + ": \"more\" beside the last line " + onFx(() -> scene(text)) + ", not under it: "
                    + onFx(() -> scene(toggle)));
        }
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ButtonBase) toggle).fire()).get();
        WaitForAsyncUtils.waitForFxEvents(4);
        assertEquals(onFx(text::getText), onFx(() -> shownText(text)), where + ": \"more\" shows all of it");
        assertInsideTheWindow(text, where + ", unfolded");
        assertEquals("less", onFx(() -> ((Labeled) toggle).getText()), where);
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ButtonBase) toggle).fire()).get();
        WaitForAsyncUtils.waitForFxEvents(4);
        assertTrue(onFx(d::isFolded), where + ": \"less\" folds it again");
        return true;
    }

    /** The text a label shows (ends in "…" when it is cut), not the text it holds. */
    public static String shownText(Labeled label) {
        Node text = label.lookup(".text");
        return text instanceof javafx.scene.text.Text t ? t.getText() : "";
    }

    private static void assertInsideTheWindow(Node node, String where) throws Exception {
        Bounds b = onFx(() -> scene(node));
        double[] window = onFx(() -> new double[] {node.getScene().getWidth(), node.getScene().getHeight()});
        assertTrue(onFx(node::isVisible) && b.getWidth() > 0 && b.getMinX() >= -1 && b.getMinY() >= -1
                && b.getMaxX() <= window[0] + 1 && b.getMaxY() <= window[1] + 1, where + ": " + b
                + " inside the window " + window[0] + " × " + window[1]);
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
