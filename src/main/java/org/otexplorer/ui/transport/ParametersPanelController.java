package org.otexplorer.ui.transport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.engine.Solver;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterType;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.workbench.EpsilonText;
import org.otexplorer.ui.workbench.ParameterControl;
import org.otexplorer.ui.workbench.ParameterSlider;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * The solver controls (ParametersPanel.fxml): the method, its one-sentence description and one control per
 * parameter the method declares ({@link Solver#parameters()}), made from the declarations
 * ({@link ParameterControl}); ε is written both relative to mean(C) and absolute. Controls of other methods are
 * hidden, their values kept in the scenario. Every change is a scenario edit, so dragging a slider recomputes
 * live. Below the ε slider sit the ε annealing's controls ({@link AnnealingPlayer}).
 */
public final class ParametersPanelController {
    @FXML
    private ComboBox<String> method;
    @FXML
    private Label methodDescription;
    @FXML
    private VBox controls;
    @FXML
    private FlowPane flags;

    private final Map<String, ParameterControl<?>> byName = new LinkedHashMap<>();
    private ScenarioEditor editor;
    private double meanCost = Double.NaN;
    private double[] weightNorms;
    private Node annealingControls;

    @FXML
    private void initialize() {
        method.getItems().setAll(SolverFactory.methodIds());
        for (Parameter<?> p : SolverFactory.allParameters()) {
            ParameterControl<?> control = control(p);
            byName.put(p.name(), control);
            box(p).getChildren().add(control.node());
        }
        radiusSlider(SolverParameters.RHO1).setFormatter(v -> describeRadius(v, 0));
        radiusSlider(SolverParameters.RHO2).setFormatter(v -> describeRadius(v, 1));
    }

    /** Where a parameter's control sits: on/off flags in a row of their own, the others one per line. */
    private Pane box(Parameter<?> p) {
        return p.type() == ParameterType.FLAG ? flags : controls;
    }

    private <T> ParameterControl<T> control(Parameter<T> p) {
        return ParameterControl.of(p, value -> editEngine(e -> e.with(p, value)), this::describeEpsilon,
                ParameterControl.NamePlacement.BESIDE);
    }

    /** Links the controls to the scenario. */
    void bind(ScenarioModel model) {
        editor = new ScenarioEditor(model, Scenario::engine, this::show);
        method.valueProperty().addListener((o, a, id) -> editEngine(e -> e.withMethod(id)));
    }

    /**
     * The scales of the shown problem, so ε can be written both relative and absolute (mean C) and the radii ρ1, ρ2
     * both as fractions of ‖a‖₂, ‖b‖₂ and as the absolute radii the solve used.
     */
    void showScales(SolveView view) {
        meanCost = view.meanCost();
        weightNorms = new double[] {norm(view.sourceWeights()), norm(view.targetWeights())};
        epsilonSlider().refreshText();
        radiusSlider(SolverParameters.RHO1).refreshText();
        radiusSlider(SolverParameters.RHO2).refreshText();
    }

    private static double norm(double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private ParameterSlider radiusSlider(Parameter<Double> rho) {
        return (ParameterSlider) byName.get(rho.name()).node();
    }

    private String describeRadius(double value, int side) {
        boolean relative = editor == null || editor.scenario().engine().get(SolverParameters.RELATIVE_RHO);
        String norm = side == 0 ? "‖a‖₂" : "‖b‖₂";
        if (weightNorms == null) {
            return String.format(Locale.ROOT, relative ? "%.3g %s" : "%.3g", value, norm);
        }
        return relative
                ? String.format(Locale.ROOT, "%.3g %s = %.3g", value, norm, value * weightNorms[side])
                : String.format(Locale.ROOT, "%.3g = %.3g %s", value, value / weightNorms[side], norm);
    }

    /** Places the ε annealing's controls right below the ε slider (shown for the entropic methods). */
    void setAnnealingControls(Node node) {
        annealingControls = node;
        show(editor.scenario());
    }

    /** While ε anneals the ε slider shows the ladder's ε and takes no edits; after it, the scenario's ε again. */
    void showAnnealing(boolean annealing) {
        epsilonSlider().setDisable(annealing);
        if (!annealing) {
            showValue(byName.get(SolverParameters.EPSILON.name()), editor.scenario().engine());
        }
    }

    /** Shows the ε on the ladder's rung on screen (not an edit). */
    void showAnnealedEpsilon(Epsilon epsilon) {
        @SuppressWarnings("unchecked")
        ParameterControl<Epsilon> control = (ParameterControl<Epsilon>) byName.get(SolverParameters.EPSILON.name());
        control.show(epsilon);
    }

    /** The controls of the method's parameters, in the order shown (tests). */
    public List<Node> visibleControls() {
        return java.util.stream.Stream.concat(controls.getChildren().stream(), flags.getChildren().stream())
                .filter(Node::isVisible).toList();
    }

    /** Whether the thumb of one of the method's sliders is held (a drag: a new solve every frame). */
    javafx.beans.binding.BooleanBinding sliding() {
        javafx.beans.Observable[] changing = byName.values().stream().map(ParameterControl::node)
                .filter(ParameterSlider.class::isInstance).map(n -> ((ParameterSlider) n).getSlider()
                        .valueChangingProperty()).toArray(javafx.beans.Observable[]::new);
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> java.util.Arrays.stream(changing)
                .anyMatch(c -> ((javafx.beans.value.ObservableBooleanValue) c).get()), changing);
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
        Map<Pane, List<Node>> order = Map.of(controls, new java.util.ArrayList<>(), flags, new java.util.ArrayList<>());
        for (Parameter<?> p : used) {
            order.get(box(p)).add(byName.get(p.name()).node());
            if (p == SolverParameters.EPSILON && annealingControls != null && solver.isEntropic()) {
                order.get(controls).add(annealingControls);
            }
        }
        for (ParameterControl<?> control : byName.values()) {
            showValue(control, e);
            Node node = control.node();
            boolean visible = used.contains(control.parameter());
            node.setVisible(visible);
            node.setManaged(visible);
            if (!visible) {
                order.get(box(control.parameter())).add(node);
            }
        }
        if (annealingControls != null && !order.get(controls).contains(annealingControls)) {
            order.get(controls).add(annealingControls);
        }
        if (annealingControls != null) {
            boolean anneals = solver.isEntropic() && used.contains(SolverParameters.EPSILON);
            annealingControls.setVisible(anneals);
            annealingControls.setManaged(anneals);
        }
        // The method's own order: its characteristic parameters first, the stopping rule last.
        order.forEach((box, nodes) -> {
            if (!box.getChildren().equals(nodes)) {
                box.getChildren().setAll(nodes);
            }
        });
        epsilonSlider().refreshText();
        radiusSlider(SolverParameters.RHO1).refreshText();
        radiusSlider(SolverParameters.RHO2).refreshText();
    }

    private static <T> void showValue(ParameterControl<T> control, EngineSpec e) {
        control.show(e.get(control.parameter()));
    }

    private String describeEpsilon(double value) {
        Epsilon eps = editor == null ? SolverParameters.EPSILON.defaultValue() : editor.scenario().engine().epsilon();
        return EpsilonText.describe(value, eps.reference(), meanCost);
    }

    private void editEngine(java.util.function.UnaryOperator<EngineSpec> change) {
        editor.edit(s -> s.withEngine(change.apply(s.engine())));
    }
}
