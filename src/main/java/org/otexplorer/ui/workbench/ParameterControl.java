package org.otexplorer.ui.workbench;

import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterType;
import org.otexplorer.parameters.Scale;

/**
 * The control for one declared parameter, made from its declaration: a slider (log or linear, over the typical
 * range, for reals and ε), a spinner over the allowed range (integers), a check box (flags) or a menu
 * (choices), named by the declaration's symbol and explained by its description in the tooltip. It shows the
 * value the scenario holds and reports the user's edits; a value outside the slider's range widens it. A spinner's or
 * a menu's name sits above it, or ({@link NamePlacement#BESIDE}) on its left where the width allows.
 *
 * @param <T> the parameter's value type
 */
public final class ParameterControl<T> {
    private final Parameter<T> parameter;
    private final Node node;
    private final Consumer<T> show;

    private ParameterControl(Parameter<T> parameter, Node node, Consumer<T> show) {
        this.parameter = parameter;
        this.node = node;
        this.show = show;
    }

    /** Where a spinner's or a menu's name goes (a slider writes its name and value above its track). */
    public enum NamePlacement {
        /** On a line of its own above the control. */
        ABOVE,
        /** On the control's left, the pair wrapping onto two lines where the width runs short (presenter mode). */
        BESIDE
    }

    /**
     * A control for {@code p}, its name above it; {@code edited} receives the user's edits (not the values
     * {@link #show} writes).
     *
     * @param epsilonText how an ε slider writes its value (relative and absolute), or {@code null}
     */
    public static <T> ParameterControl<T> of(Parameter<T> p, Consumer<T> edited, DoubleFunction<String> epsilonText) {
        return of(p, edited, epsilonText, NamePlacement.ABOVE);
    }

    /**
     * A control for {@code p}, a spinner's or a menu's name placed as {@code names} says; otherwise as
     * {@link #of(Parameter, Consumer, DoubleFunction)}.
     */
    @SuppressWarnings("unchecked")
    public static <T> ParameterControl<T> of(Parameter<T> p, Consumer<T> edited, DoubleFunction<String> epsilonText,
                                             NamePlacement names) {
        ParameterType<T> type = p.type();
        if (type == Epsilon.TYPE) {
            return (ParameterControl<T>) epsilonSlider((Parameter<Epsilon>) p, (Consumer<Epsilon>) edited, epsilonText);
        }
        if (type == ParameterType.REAL) {
            return (ParameterControl<T>) realSlider((Parameter<Double>) p, (Consumer<Double>) edited);
        }
        if (type == ParameterType.INTEGER) {
            return (ParameterControl<T>) spinner((Parameter<Integer>) p, (Consumer<Integer>) edited, names);
        }
        if (type == ParameterType.FLAG) {
            return (ParameterControl<T>) checkBox((Parameter<Boolean>) p, (Consumer<Boolean>) edited);
        }
        if (!type.choices().isEmpty()) {
            return (ParameterControl<T>) menu((Parameter<String>) p, (Consumer<String>) edited, names);
        }
        throw new IllegalArgumentException("no control for parameter " + p.name() + " of type " + type);
    }

    /** The declaration behind the control. */
    public Parameter<T> parameter() {
        return parameter;
    }

    /** The node to place in a panel. */
    public Node node() {
        return node;
    }

    /** Shows a value (a scenario change); not reported as an edit. */
    public void show(T value) {
        show.accept(value);
    }

    private static ParameterSlider slider(Parameter<?> p) {
        ParameterSlider slider = new ParameterSlider();
        slider.setId("parameter-" + p.name());
        slider.setName(p.symbol());
        double[] range = p.typicalRange();
        slider.setLogScale(p.scale() == Scale.LOG);
        slider.setMin(range[0]);
        slider.setMax(range[1]);
        slider.setTip(p.description());
        return slider;
    }

    private static ParameterControl<Double> realSlider(Parameter<Double> p, Consumer<Double> edited) {
        ParameterSlider slider = slider(p);
        Guard guard = new Guard();
        slider.valueProperty().addListener((o, a, v) -> guard.unlessShowing(() -> edited.accept(v.doubleValue())));
        return new ParameterControl<>(p, slider, v -> guard.showing(() -> slider.showValue(v)));
    }

    private static ParameterControl<Epsilon> epsilonSlider(Parameter<Epsilon> p, Consumer<Epsilon> edited,
                                                          DoubleFunction<String> text) {
        ParameterSlider slider = slider(p);
        if (text != null) {
            slider.setFormatter(text);
        }
        Guard guard = new Guard();
        Epsilon[] held = {p.defaultValue()};
        slider.valueProperty().addListener((o, a, v) -> guard.unlessShowing(
                () -> edited.accept(held[0].withValue(v.doubleValue()))));
        return new ParameterControl<>(p, slider, v -> guard.showing(() -> {
            held[0] = v;
            slider.showValue(v.value());
        }));
    }

    private static ParameterControl<Integer> spinner(Parameter<Integer> p, Consumer<Integer> edited,
                                                     NamePlacement names) {
        int lo = p.min() == null ? Integer.MIN_VALUE : (int) Math.ceil(p.min());
        int hi = p.max() == null ? Integer.MAX_VALUE : (int) Math.floor(p.max());
        WholeNumberSpinner spinner = new WholeNumberSpinner(p.symbol(), lo, hi, p.defaultValue(), 1,
                v -> edited.accept((int) v));
        spinner.setMaxWidth(Double.MAX_VALUE);
        if (names == NamePlacement.BESIDE) {
            spinner.getEditor().setPrefColumnCount(6);
        }
        spinner.setTooltip(tip(p));
        spinner.setOnRefused(message -> Dialogs.error(spinner.getScene().getWindow(), "Not a valid value", message));
        return new ParameterControl<>(p, labelled(p, spinner, names), v -> spinner.show(v));
    }

    private static ParameterControl<Boolean> checkBox(Parameter<Boolean> p, Consumer<Boolean> edited) {
        CheckBox box = new CheckBox(p.symbol());
        box.setId("parameter-" + p.name());
        box.setTooltip(tip(p));
        Guard guard = new Guard();
        box.selectedProperty().addListener((o, a, v) -> guard.unlessShowing(() -> edited.accept(v)));
        return new ParameterControl<>(p, box, v -> guard.showing(() -> box.setSelected(v)));
    }

    private static ParameterControl<String> menu(Parameter<String> p, Consumer<String> edited, NamePlacement names) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(p.type().choices());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(tip(p));
        Guard guard = new Guard();
        box.valueProperty().addListener((o, a, v) -> guard.unlessShowing(() -> edited.accept(v)));
        return new ParameterControl<>(p, labelled(p, box, names), v -> guard.showing(() -> box.setValue(v)));
    }

    private static Pane labelled(Parameter<?> p, Node control, NamePlacement names) {
        Label name = new Label(p.symbol());
        name.getStyleClass().add("parameter-name");
        name.setTooltip(tip(p));
        Pane box;
        if (names == NamePlacement.BESIDE) {
            name.setMinWidth(Label.USE_PREF_SIZE);
            FlowPane row = new FlowPane(8, 2, name, control);
            row.setAlignment(Pos.CENTER_LEFT);
            box = row;
        } else {
            box = new VBox(2, name, control);
        }
        box.setId("parameter-" + p.name());
        return box;
    }

    private static Tooltip tip(Parameter<?> p) {
        Tooltip tip = new Tooltip(p.description() + (p.rangeText().isEmpty() ? "" : " Allowed: "
                + p.rangeText() + (p.unit().isEmpty() ? "" : " " + p.unit()) + "."));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }

    /** Tells a control's own write-back from a user's edit. */
    private static final class Guard {
        private boolean showing;

        void showing(Runnable write) {
            showing = true;
            try {
                write.run();
            } finally {
                showing = false;
            }
        }

        void unlessShowing(Runnable edit) {
            if (!showing) {
                edit.run();
            }
        }
    }
}
