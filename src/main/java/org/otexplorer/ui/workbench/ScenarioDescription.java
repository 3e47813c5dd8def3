package org.otexplorer.ui.workbench;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A scenario's description at the top of a side panel, cut to a few lines so that the controls below it stay on
 * screen at 1280×800 (issue 12 item 6); "more" shows the whole text, which is also the tooltip.
 */
public final class ScenarioDescription extends VBox {
    /** Descriptions longer than this many characters start folded. */
    static final int FOLD_ABOVE = 220;
    private static final String FOLDED = "folded";

    private final Label text = new Label();
    private final Hyperlink toggle = new Hyperlink("more");

    /** An empty description. */
    public ScenarioDescription() {
        text.setWrapText(true);
        text.getStyleClass().add("scenario-description");
        toggle.getStyleClass().add("description-toggle");
        toggle.setOnAction(e -> fold(!isFolded()));
        getChildren().addAll(text, toggle);
        setId("scenario-description");
    }

    /** Shows a description, folded when it is long; the same text again changes nothing (nor its folding). */
    public void show(String description) {
        String value = description == null ? "" : description;
        if (value.equals(text.getText()) && (text.getTooltip() != null) != value.isEmpty()) {
            return;
        }
        text.setText(value);
        TooltipText.show(text, value);
        boolean longText = value.length() > FOLD_ABOVE;
        toggle.setVisible(longText);
        toggle.setManaged(longText);
        fold(longText);
    }

    /** Whether only the first lines show. */
    public boolean isFolded() {
        return text.getStyleClass().contains(FOLDED);
    }

    /** The whole text (tests). */
    public String text() {
        return text.getText();
    }

    private void fold(boolean folded) {
        text.getStyleClass().remove(FOLDED);
        if (folded) {
            text.getStyleClass().add(FOLDED);
        }
        toggle.setText(folded ? "more" : "less");
    }
}
