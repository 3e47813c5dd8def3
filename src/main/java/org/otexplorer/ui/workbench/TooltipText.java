package org.otexplorer.ui.workbench;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * A control's tooltip text, changed in place. A {@link Tooltip} is a popup window with its own scene: making one
 * costs milliseconds of FX-thread time, so a view that re-shows a text on every edit of a drag must not make a new
 * one each time (issue 14: a drag redraws at 20 frames per second). The control keeps one tooltip, made on first use
 * and kept while the text is empty (uninstalled, so hovering shows nothing).
 */
public final class TooltipText {
    private static final String KEPT = TooltipText.class.getName();
    private static final double WRAP_WIDTH = 640;

    private TooltipText() {
    }

    /** Shows {@code text} (null or empty: no tooltip) as the control's tooltip, one line per line of text. */
    public static void show(Control control, String text) {
        show(control, text, false);
    }

    /** The same, wrapped at a readable width (a long description). */
    public static void showWrapped(Control control, String text) {
        show(control, text, true);
    }

    private static void show(Control control, String text, boolean wrapped) {
        if (text == null || text.isEmpty()) {
            control.setTooltip(null);
            return;
        }
        Tooltip tip = (Tooltip) control.getProperties().get(KEPT);
        if (tip == null) {
            tip = new Tooltip();
            tip.setWrapText(wrapped);
            if (wrapped) {
                tip.setMaxWidth(WRAP_WIDTH);
            }
            control.getProperties().put(KEPT, tip);
        }
        if (!text.equals(tip.getText())) {
            tip.setText(text);
        }
        if (control.getTooltip() != tip) {
            control.setTooltip(tip);
        }
    }
}
