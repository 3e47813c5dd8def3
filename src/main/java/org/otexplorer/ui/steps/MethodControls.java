package org.otexplorer.ui.steps;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.engine.Solver;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.engine.StepThrough;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.ui.workbench.EpsilonText;
import org.otexplorer.ui.workbench.ParameterControl;
import org.otexplorer.ui.workbench.ParameterSlider;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * The method of the step-through (the methods {@link StepThrough} records) and a control per parameter it reads
 * ({@link Solver#parameters()}, made from the declarations; ε-scaling and the robust scheme left out, the recording
 * runs without the one and with ROBOT's scheme, {@code robustScheme = "robot"}), all
 * editing the scenario's shared {@code engine} section. A method that cannot be stepped through (exact, assignment)
 * leaves the choice empty and says so.
 */
final class MethodControls {
    private final ComboBox<String> method;
    private final Label description;
    private final VBox box;
    private final Map<String, ParameterControl<?>> controls = new LinkedHashMap<>();
    private final ScenarioEditor editor;
    private String controlsMethod;
    private double meanCost = Double.NaN;
    private Epsilon.Reference epsilonReference = Epsilon.Reference.MEAN_COST;

    MethodControls(ScenarioModel model, ComboBox<String> method, Label description, VBox box) {
        this.method = method;
        this.description = description;
        this.box = box;
        method.getItems().setAll(StepThrough.METHODS);
        editor = new ScenarioEditor(model, Scenario::engine, s -> show(s.engine()));
        method.valueProperty().addListener((o, was, id) -> {
            if (id != null) {
                editor.edit(s -> s.withEngine(s.engine().withMethod(id)));
            }
        });
    }

    /** The control of an engine parameter by name, or null when the method does not read it. */
    Node control(String name) {
        ParameterControl<?> c = controls.get(name);
        return c == null ? null : c.node();
    }

    private void show(EngineSpec e) {
        epsilonReference = e.epsilon().reference();
        if (!StepThrough.METHODS.contains(e.method())) {
            method.setValue(null);
            description.setText("'" + e.method() + "' has no iterations to step through: choose a method.");
            box.getChildren().clear();
            controls.clear();
            controlsMethod = null;
            return;
        }
        method.setValue(e.method());
        if (!e.method().equals(controlsMethod)) {
            controlsMethod = e.method();
            Solver solver = SolverFactory.create(e.method());
            description.setText(solver.description());
            controls.clear();
            box.getChildren().clear();
            for (Parameter<?> p : solver.parameters()) {
                if (p != SolverParameters.EPSILON_SCALING && p != SolverParameters.ROBUST_SCHEME) {
                    ParameterControl<?> control = control(p);
                    controls.put(p.name(), control);
                    box.getChildren().add(control.node());
                }
            }
        }
        for (ParameterControl<?> control : controls.values()) {
            showValue(control, e);
        }
    }

    /** The recorded problem's mean cost, so the ε slider reads "0.0200 × mean C = 0.00213" as the solve used it. */
    void showMeanCost(double mean) {
        meanCost = mean;
        ParameterControl<?> epsilon = controls.get(SolverParameters.EPSILON.name());
        if (epsilon != null && epsilon.node() instanceof ParameterSlider slider) {
            slider.refreshText();
        }
    }

    private <T> ParameterControl<T> control(Parameter<T> p) {
        return ParameterControl.of(p, value -> editor.edit(s -> s.withEngine(s.engine().with(p, value))),
                value -> EpsilonText.describe(value, epsilonReference, meanCost));
    }

    private static <T> void showValue(ParameterControl<T> control, EngineSpec e) {
        control.show(e.get(control.parameter()));
    }
}
