package org.otexplorer.ui.transport;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A label that says the same thing in fewer words when its room shrinks: it shows the longest of its forms (longest
 * first) that fits its width at its font — a wrapping label, its width and height (give it the height of its place,
 * not of its text, or it could never grow back) — so the text is never cut to "…" (a hint under a chart at 1280×800
 * or in presenter mode); the tooltip keeps the whole text. The label spans its container's width.
 */
final class FittedText {
    private static final String FORMS = "otx.fittedForms";

    private FittedText() {
    }

    /** Makes {@code label} follow its width; call once, then {@link #show}. */
    static void follow(Label label) {
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        InvalidationListener refit = o -> refit(label);
        label.widthProperty().addListener(refit);
        label.heightProperty().addListener(refit); // a wrapping label's forms fit its height
        label.fontProperty().addListener(refit);
        label.paddingProperty().addListener(refit);
    }

    /** Shows the longest of {@code forms} (ordered longest first; the last is shown if none fits) that fits. */
    static void show(Label label, List<String> forms) {
        label.getProperties().put(FORMS, List.copyOf(forms));
        refit(label);
    }

    private static void refit(Label label) {
        @SuppressWarnings("unchecked")
        List<String> forms = (List<String>) label.getProperties().get(FORMS);
        if (forms == null || forms.isEmpty()) {
            return;
        }
        double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        String chosen = forms.get(forms.size() - 1);
        double height = label.getHeight() - label.snappedTopInset() - label.snappedBottomInset();
        for (String form : forms) {
            if (label.isWrapText() ? wrappedHeight(form, label, room) <= height + 0.5 : width(form, label) <= room) {
                chosen = form;
                break;
            }
        }
        label.setText(chosen);
    }

    /** The height of a text wrapped at {@code width} at the label's font. */
    private static double wrappedHeight(String text, Label label, double width) {
        Text probe = new Text(text);
        probe.setFont(label.getFont());
        probe.setLineSpacing(label.getLineSpacing());
        probe.setWrappingWidth(width);
        return Math.ceil(probe.getLayoutBounds().getHeight());
    }

    /** The width of a text at the label's font (what the label's skin measures). */
    static double width(String text, Label label) {
        Text probe = new Text(text);
        probe.setFont(label.getFont());
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }
}
