package org.otexplorer.ui.ipot;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Captions and titles that wrap instead of ending in "…": a wrapped label is given the height of its lines at its
 * width as its minimum, so the panel's layout never squeezes it to one line cut short (the charts give way instead).
 * A label's own {@code USE_PREF_SIZE} is not enough: its preferred height is that of one unwrapped line.
 */
final class WrappedLabels {
    private WrappedLabels() {
    }

    /** Keeps each label's minimum height at the height its wrapped lines need, as its width, text or font change. */
    static void keepWrappedHeight(Label... labels) {
        for (Label label : labels) {
            label.setWrapText(true);
            // After the pulse that changed the width, text or font: by then the label's CSS (presenter font) is applied.
            Runnable fit = () -> Platform.runLater(() -> label.setMinHeight(label.getWidth() > 0
                    ? label.prefHeight(label.getWidth()) : Region.USE_PREF_SIZE));
            label.widthProperty().addListener((o, was, now) -> fit.run());
            label.textProperty().addListener((o, was, now) -> fit.run());
            label.fontProperty().addListener((o, was, now) -> fit.run());
        }
    }
}
