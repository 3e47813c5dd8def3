package org.otexplorer.ui.ipot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.ui.workbench.Dialogs;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * A text field for a list of reals of the {@code ipot} section ("1, 0.1, 0.01"): Enter or leaving the field
 * applies it; a list that is not numbers, or whose values the declaration refuses, is refused with a dialog naming
 * the field and the scenario stays as it was (the field shows its value again).
 */
final class ListField {
    private final Parameter<List<Double>> parameter;
    /** The most of the row the name takes beside its field. */
    private static final double NAME_SHARE = 0.34;
    /** Pixels kept free after the text for the caret. */
    private static final double CARET_ROOM = 3;
    private final TextField field = new TextField();
    private final Label name;
    private final HBox beside;
    private final VBox node;
    private boolean stacked;
    private final ScenarioEditor editor;
    private final UnaryOperator<Scenario> check;

    /**
     * @param check run on the edited scenario before it is applied (throws to refuse it), e.g. matching lengths
     */
    ListField(ScenarioModel model, Parameter<List<Double>> parameter, UnaryOperator<Scenario> check) {
        this.parameter = parameter;
        this.check = check;
        Label name = new Label(parameter.symbol());
        name.getStyleClass().add("parameter-name");
        Tooltip tip = new Tooltip(parameter.description() + " Numbers separated by commas; Enter applies.");
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        name.setTooltip(tip);
        field.setTooltip(tip);
        field.setId("parameter-" + parameter.name());
        // The name beside the field, wrapped within a third of the row: a row less per list, so the race's three
        // lists end above the fold in presenter mode at 1280 × 800. A list too long to show whole there takes the
        // row's width below its name: a field cut after "0.001, 1" would show a value the list does not hold.
        this.name = name;
        beside = new HBox(6);
        beside.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(2, beside);
        name.setWrapText(true);
        name.setMinWidth(0);
        field.setMinWidth(0);
        field.setPrefColumnCount(6);
        HBox.setHgrow(field, Priority.ALWAYS);
        arrange(false);
        node.widthProperty().addListener((o, a, b) -> fit());
        field.textProperty().addListener((o, a, b) -> fit());
        field.fontProperty().addListener((o, a, b) -> fit());
        editor = new ScenarioEditor(model, s -> IpotSection.of(s).get(parameter), this::show);
        field.setOnAction(e -> apply());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                apply();
            }
        });
    }

    VBox node() {
        return node;
    }

    /** Whether the field sits below its name (its list did not fit beside it). */
    boolean stacked() {
        return stacked;
    }

    /**
     * Puts the field below its name when the whole list does not fit beside it. The choice depends on the row's
     * width and the text only, not on the layout it makes, so it cannot flip back and forth.
     */
    private void fit() {
        double width = node.getWidth();
        if (width <= 0) {
            return;
        }
        javafx.scene.text.Text text = new javafx.scene.text.Text(field.getText());
        text.setFont(field.getFont());
        double padding = field.getInsets().getLeft() + field.getInsets().getRight();
        double nameWidth = Math.min(name.prefWidth(-1), NAME_SHARE * width);
        double besideRoom = width - nameWidth - beside.getSpacing() - padding - CARET_ROOM;
        arrange(text.getLayoutBounds().getWidth() > besideRoom);
    }

    private void arrange(boolean below) {
        if (below == stacked && !beside.getChildren().isEmpty()) {
            return;
        }
        stacked = below;
        name.maxWidthProperty().unbind();
        if (below) {
            name.setMaxWidth(Double.MAX_VALUE);
            beside.getChildren().clear();
            node.getChildren().setAll(name, field);
        } else {
            name.maxWidthProperty().bind(node.widthProperty().multiply(NAME_SHARE));
            node.getChildren().setAll(beside);
            beside.getChildren().setAll(name, field);
        }
    }

    TextField field() {
        return field;
    }

    /** Applies the text, or refuses it with a dialog and shows the scenario's value again. */
    void apply() {
        Scenario now = editor.scenario();
        try {
            List<Double> values = parse(field.getText());
            if (values.equals(IpotSection.of(now).get(parameter))) {
                return;
            }
            Scenario next = check.apply(IpotSection.with(now, parameter, values));
            editor.edit(s -> next);
        } catch (IllegalArgumentException e) {
            show(now);
            Dialogs.error(field.getScene() == null ? null : field.getScene().getWindow(), "Not a valid list",
                    e.getMessage());
        }
    }

    private void show(Scenario s) {
        field.setText(format(IpotSection.of(s).get(parameter)));
    }

    /** "1, 0.1, 0.01" from the values. */
    static String format(List<Double> values) {
        return String.join(", ", values.stream().map(Parameter::format).toList());
    }

    private List<Double> parse(String text) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(Double.parseDouble(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(IpotSection.field(parameter) + ": '" + part.trim()
                        + "' is not a number");
            }
        }
        return out;
    }
}
