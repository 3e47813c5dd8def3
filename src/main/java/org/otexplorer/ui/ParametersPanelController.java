package org.otexplorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.MethodCatalog;
import org.otexplorer.service.MethodCatalog.Parameter;

/**
 * The solver controls (ParametersPanel.fxml): method, ε on a log scale shown relative to mean(C) and
 * absolute, ROBOT's ρ1 and ρ2, unbalanced τ, IPOT β, tolerance and iteration limit. Controls the method
 * does not read are hidden. Every change is a scenario edit, so dragging a slider recomputes live.
 */
public final class ParametersPanelController {
    private static final List<Double> TOLERANCES = List.of(1e-3, 1e-4, 1e-6, 1e-8, 1e-9, 1e-10, 1e-12);
    private static final List<Integer> ITERATION_LIMITS = List.of(100, 1_000, 10_000, 100_000, 1_000_000);

    @FXML
    private ComboBox<String> method;
    @FXML
    private Label methodDescription;
    @FXML
    private ParameterSlider epsilon;
    @FXML
    private ParameterSlider rho1;
    @FXML
    private ParameterSlider rho2;
    @FXML
    private ParameterSlider tau;
    @FXML
    private ParameterSlider beta;
    @FXML
    private Node stopping;
    @FXML
    private ComboBox<Double> tolerance;
    @FXML
    private ComboBox<Integer> maxIterations;

    private ScenarioEditor editor;
    private double meanCost = Double.NaN;

    @FXML
    private void initialize() {
        method.getItems().setAll(MethodCatalog.methodIds());
        tolerance.getItems().setAll(TOLERANCES);
        tolerance.setConverter(numberText(v -> String.format(Locale.ROOT, "%.0e", v), Double::valueOf));
        maxIterations.getItems().setAll(ITERATION_LIMITS);
        maxIterations.setConverter(numberText(v -> String.format(Locale.ROOT, "%,d", v),
                s -> Integer.valueOf(s.replace(",", ""))));
        epsilon.setFormatter(this::describeEpsilon);
    }

    /** Links the controls to the scenario. */
    void bind(ScenarioModel model) {
        editor = new ScenarioEditor(model, this::show);
        method.valueProperty().addListener((o, a, id) -> editEngine(e -> e.withMethod(id)));
        epsilon.valueProperty().addListener((o, a, v) -> editEngine(e -> e.withEpsilon(v.doubleValue(),
                e.relativeEpsilon())));
        rho1.valueProperty().addListener((o, a, v) -> editEngine(e -> e.withRho(v.doubleValue(), e.rho2())));
        rho2.valueProperty().addListener((o, a, v) -> editEngine(e -> e.withRho(e.rho1(), v.doubleValue())));
        tau.valueProperty().addListener((o, a, v) -> editEngine(e -> e.withTau(v.doubleValue())));
        beta.valueProperty().addListener((o, a, v) -> editEngine(e -> e.withBeta(v.doubleValue())));
        tolerance.valueProperty().addListener((o, a, v) -> editEngine(e -> e.withStopping(v, e.maxIterations())));
        maxIterations.valueProperty().addListener((o, a, v) -> editEngine(e -> e.withStopping(e.tolerance(), v)));
    }

    /** The mean cost of the shown problem, so ε can be written both relative and absolute. */
    void showMeanCost(double value) {
        meanCost = value;
        epsilon.refreshText();
    }

    /** The ε slider (tests drive it). */
    ParameterSlider epsilonSlider() {
        return epsilon;
    }

    private void show(Scenario s) {
        EngineSpec e = s.engine();
        method.setValue(e.method());
        methodDescription.setText(MethodCatalog.describe(e.method()));
        epsilon.setValue(e.epsilon());
        rho1.setValue(e.rho1());
        rho2.setValue(e.rho2());
        tau.setValue(e.tau());
        beta.setValue(e.beta());
        selectOrAdd(tolerance, e.tolerance());
        selectOrAdd(maxIterations, e.maxIterations());
        Set<Parameter> used = MethodCatalog.parametersOf(e.method());
        showIf(epsilon, used.contains(Parameter.EPSILON));
        showIf(rho1, used.contains(Parameter.RHO));
        showIf(rho2, used.contains(Parameter.RHO));
        showIf(tau, used.contains(Parameter.TAU));
        showIf(beta, used.contains(Parameter.BETA));
        showIf(stopping, used.contains(Parameter.STOPPING));
        epsilon.refreshText();
    }

    private String describeEpsilon(double value) {
        boolean relative = editor == null || editor.scenario().engine().relativeEpsilon();
        if (Double.isNaN(meanCost)) {
            return String.format(Locale.ROOT, relative ? "%.3g × mean C" : "%.3g", value);
        }
        return relative
                ? String.format(Locale.ROOT, "%.3g × mean C = %.3g", value, value * meanCost)
                : String.format(Locale.ROOT, "%.3g = %.3g × mean C", value, value / meanCost);
    }

    private void editEngine(java.util.function.UnaryOperator<EngineSpec> change) {
        editor.edit(s -> s.withEngine(change.apply(s.engine())));
    }

    private static <T> void selectOrAdd(ComboBox<T> box, T value) {
        if (!box.getItems().contains(value)) {
            box.getItems().add(value);
        }
        box.setValue(value);
    }

    private static void showIf(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static <T> StringConverter<T> numberText(java.util.function.Function<T, String> format,
                                                     java.util.function.Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : format.apply(v);
            }

            @Override
            public T fromString(String s) {
                return parse.apply(s.strip());
            }
        };
    }
}
