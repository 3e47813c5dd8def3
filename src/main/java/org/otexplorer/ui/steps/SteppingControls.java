package org.otexplorer.ui.steps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.ui.workbench.ParameterControl;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * The controls of the {@value StepsSection#NAME} section the user sets: the half-step switch and the speed (the
 * frame itself is the slider's), made from their declarations and editing the scenario.
 */
final class SteppingControls {
    private final Map<String, ParameterControl<?>> controls = new LinkedHashMap<>();
    private final ScenarioEditor editor;
    private final DoubleConsumer speedShown;

    /** Controls in {@code box}; {@code speedShown} hears the speed whenever the scenario's changes. */
    SteppingControls(ScenarioModel model, VBox box, DoubleConsumer speedShown) {
        this.speedShown = speedShown;
        for (Parameter<?> p : List.of(StepsSection.HALF_STEPS, StepsSection.SPEED)) {
            ParameterControl<?> control = control(p);
            controls.put(p.name(), control);
            box.getChildren().add(control.node());
        }
        editor = new ScenarioEditor(model, s -> List.of(StepsSection.of(s).get(StepsSection.HALF_STEPS),
                StepsSection.of(s).get(StepsSection.SPEED)), this::show);
    }

    /** The control of a section parameter by name, or null. */
    Node control(String name) {
        ParameterControl<?> c = controls.get(name);
        return c == null ? null : c.node();
    }

    private <T> ParameterControl<T> control(Parameter<T> p) {
        return ParameterControl.of(p, value -> editor.edit(s -> StepsSection.with(s, p, value)), null);
    }

    private void show(Scenario s) {
        showValue(StepsSection.HALF_STEPS, s);
        showValue(StepsSection.SPEED, s);
        speedShown.accept(StepsSection.of(s).get(StepsSection.SPEED));
    }

    @SuppressWarnings("unchecked")
    private <T> void showValue(Parameter<T> p, Scenario s) {
        ((ParameterControl<T>) controls.get(p.name())).show(StepsSection.of(s).get(p));
    }
}
