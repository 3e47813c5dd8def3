package org.otexplorer.ui.transport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.engine.Solver;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.ui.workbench.ParameterControl;
import org.otexplorer.ui.workbench.ParameterSlider;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * The solver controls (ParametersPanel.fxml): the method, its one-sentence description and one control per
 * parameter the method declares ({@link Solver#parameters()}), made from the declarations
 * ({@link ParameterControl}); ε is written both relative to mean(C) and absolute. Controls of other methods are
 * hidden, their values kept in the scenario. Every change is a scenario edit, so dragging a slider recomputes
 * live.
 */
public final class ParametersPanelController {
    @FXML
    private ComboBox<String> method;
    @FXML
    private Label methodDescription;
    @FXML
    private VBox controls;

    private final Map<String, ParameterControl<?>> byName = new LinkedHashMap<>();
    private ScenarioEditor editor;
    private double meanCost = Double.NaN;

    @FXML
    private void initialize() {
        method.getItems().setAll(SolverFactory.methodIds());
        for (Parameter<?> p : SolverFactory.allParameters()) {
            ParameterControl<?> control = control(p);
            byName.put(p.name(), control);
            controls.getChildren().add(control.node());
        }
    }

    private <T> ParameterControl<T> control(Parameter<T> p) {
        return ParameterControl.of(p, value -> editEngine(e -> e.with(p, value)), this::describeEpsilon);
    }

    /** Links the controls to the scenario. */
    void bind(ScenarioModel model) {
        editor = new ScenarioEditor(model, Scenario::engine, this::show);
        method.valueProperty().addListener((o, a, id) -> editEngine(e -> e.withMethod(id)));
    }

    /** The mean cost of the shown problem, so ε can be written both relative and absolute. */
    void showMeanCost(double value) {
        meanCost = value;
        epsilonSlider().refreshText();
    }

    /** The controls of the method's parameters, in the order shown (tests). */
    public List<Node> visibleControls() {
        return controls.getChildren().stream().filter(Node::isVisible).toList();
    }

    /** The ε slider (tests drive it). */
    public ParameterSlider epsilonSlider() {
        return (ParameterSlider) byName.get(SolverParameters.EPSILON.name()).node();
    }

    private void show(Scenario s) {
        EngineSpec e = s.engine();
        method.setValue(e.method());
        Solver solver = SolverFactory.create(e.method());
        methodDescription.setText(solver.description());
        List<Parameter<?>> used = solver.parameters();
        List<Node> order = new java.util.ArrayList<>();
        for (Parameter<?> p : used) {
            order.add(byName.get(p.name()).node());
        }
        for (ParameterControl<?> control : byName.values()) {
            showValue(control, e);
            Node node = control.node();
            boolean visible = used.contains(control.parameter());
            node.setVisible(visible);
            node.setManaged(visible);
            if (!visible) {
                order.add(node);
            }
        }
        // The method's own order: its characteristic parameters first, the stopping rule last.
        if (!controls.getChildren().equals(order)) {
            controls.getChildren().setAll(order);
        }
        epsilonSlider().refreshText();
    }

    private static <T> void showValue(ParameterControl<T> control, EngineSpec e) {
        control.show(e.get(control.parameter()));
    }

    private String describeEpsilon(double value) {
        Epsilon eps = editor == null ? SolverParameters.EPSILON.defaultValue() : editor.scenario().engine().epsilon();
        String reference = switch (eps.reference()) {
            case ABSOLUTE -> "";
            case MEAN_COST -> " × mean C";
            case MAX_COST -> " × max C";
        };
        if (Double.isNaN(meanCost) || eps.reference() == Epsilon.Reference.MAX_COST) {
            return String.format(Locale.ROOT, "%.3g%s", value, reference);
        }
        return eps.isRelative()
                ? String.format(Locale.ROOT, "%.3g × mean C = %.3g", value, value * meanCost)
                : String.format(Locale.ROOT, "%.3g = %.3g × mean C", value, value / meanCost);
    }

    private void editEngine(java.util.function.UnaryOperator<EngineSpec> change) {
        editor.edit(s -> s.withEngine(change.apply(s.engine())));
    }
}
