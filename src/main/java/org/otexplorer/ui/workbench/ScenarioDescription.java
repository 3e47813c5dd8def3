package org.otexplorer.ui.workbench;

import javafx.geometry.Orientation;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A scenario's description, cut to a few lines so that the controls below it stay on screen at 1280×800 (issue 12
 * item 6); "more" shows the whole text (which is also the tooltip), "less" folds it again. "more" shows whenever the
 * folded text is cut, at every width and font size: a description that fits its lines has none. In a side panel
 * "more" stands under the text; in a banner across a workbench ({@link #setBanner}) it stands at the end of the
 * text's last line, so the folded banner is no higher than its lines.
 */
public final class ScenarioDescription extends Region {
    private static final String FOLDED = "folded";

    private final Label text = new Label();
    private final Hyperlink toggle = new Hyperlink("more");
    private boolean banner;

    /** An empty description: it takes no room until {@link #show} gives it a text. */
    public ScenarioDescription() {
        text.setWrapText(true);
        text.getStyleClass().addAll("scenario-description", FOLDED);
        toggle.getStyleClass().add("description-toggle");
        toggle.setOnAction(e -> fold(!isFolded()));
        getChildren().addAll(text, toggle);
        setId("scenario-description");
        setVisible(false);
        setManaged(false);
    }

    /**
     * Shows the description across a workbench, "more" beside its last line (true), or in a side panel, "more"
     * under it (false, the default).
     */
    public void setBanner(boolean across) {
        banner = across;
        getStyleClass().remove("description-banner");
        if (across) {
            getStyleClass().add("description-banner");
        }
        requestLayout();
    }

    /** Whether the description stands across a workbench ({@link #setBanner}). */
    public boolean isBanner() {
        return banner;
    }

    /**
     * Shows a description, folded, or (empty) takes no room; the same text again changes nothing (nor its folding).
     */
    public void show(String description) {
        String value = description == null ? "" : description;
        if (value.equals(text.getText()) && (text.getTooltip() != null) != value.isEmpty()) {
            return;
        }
        text.setText(value);
        TooltipText.showWrapped(text, value);
        setVisible(!value.isEmpty());
        setManaged(!value.isEmpty());
        fold(true);
    }

    /** Whether only the first lines show. */
    public boolean isFolded() {
        return text.getStyleClass().contains(FOLDED);
    }

    /** The whole text (tests). */
    public String text() {
        return text.getText();
    }

    /** "more" or "less" (tests; hidden when the folded text is whole). */
    public Hyperlink toggle() {
        return toggle;
    }

    /** The label that shows the text (tests). */
    public Label textLabel() {
        return text;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + toggle.prefWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + text.prefWidth(-1) + (banner ? toggle.prefWidth(-1) : 0);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inside = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        double textHeight = textHeight(inside < 0 ? -1 : textWidth(inside));
        double toggleHeight = toggle.isManaged() ? toggle.prefHeight(-1) : 0;
        return snappedTopInset() + snappedBottomInset()
                + (banner ? Math.max(textHeight, toggleHeight) : textHeight + toggleHeight);
    }

    /**
     * Lays the text out at its (folded) height and "more" under it or beside its last line; then shows "more" only
     * if the folded text is cut (its lines at its width need more than its height).
     */
    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inside = getWidth() - x - snappedRightInset();
        double width = textWidth(inside);
        double height = textHeight(width);
        text.resizeRelocate(x, y, width, height);
        double toggleWidth = toggle.prefWidth(-1);
        double toggleHeight = toggle.prefHeight(-1);
        if (banner) {
            toggle.resizeRelocate(x + inside - toggleWidth, y + Math.max(0, height - toggleHeight), toggleWidth,
                    toggleHeight);
        } else {
            toggle.resizeRelocate(x, y + height, toggleWidth, toggleHeight);
        }
        boolean needed = !text.getText().isEmpty() && (!isFolded() || text.prefHeight(width) > height + 0.5);
        if (toggle.isVisible() != needed) {
            toggle.setVisible(needed);
            toggle.setManaged(needed);
            requestLayout();
        }
    }

    /** The text's width: all of the inside, less the room of "more" beside it in a banner. */
    private double textWidth(double inside) {
        return Math.max(0, banner && toggle.isManaged() ? inside - toggle.prefWidth(-1) : inside);
    }

    /** The text's height at that width: its lines, at most its (folded) maximum. */
    private double textHeight(double width) {
        return Math.min(text.prefHeight(width), text.maxHeight(width));
    }

    private void fold(boolean folded) {
        text.getStyleClass().remove(FOLDED);
        if (folded) {
            text.getStyleClass().add(FOLDED);
        }
        toggle.setText(folded ? "more" : "less");
        requestLayout();
    }
}
