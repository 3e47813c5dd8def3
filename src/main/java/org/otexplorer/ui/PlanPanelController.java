package org.otexplorer.ui;

import java.util.Arrays;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.PlanHeatmapChart;

/**
 * The plan panel (PlanPanel.fxml): colormap, log color scale and sort-by-assignment controls, and the plan
 * prepared for the heatmap as a {@link PlanDisplay}.
 */
public final class PlanPanelController {
    @FXML
    private ComboBox<String> colormap;
    @FXML
    private CheckBox logScale;
    @FXML
    private CheckBox sortByAssignment;
    @FXML
    private StackPane chartHolder;
    @FXML
    private Label summary;

    private final PlanHeatmapChart chart = new PlanHeatmapChart();
    private ScenarioEditor editor;
    private SolveView view;
    private PlanDisplay display;

    @FXML
    private void initialize() {
        colormap.getItems().setAll(ViewSpec.COLORMAPS);
        chartHolder.getChildren().setAll(chart.chart());
    }

    /** The chart factory behind the panel (for export and tests). */
    PlanHeatmapChart chart() {
        return chart;
    }

    /** Links the controls to the scenario's view settings. */
    void bind(ScenarioModel model) {
        editor = new ScenarioEditor(model, this::showSettings);
        colormap.valueProperty().addListener((o, a, v) -> editView(w -> w.withColormap(v)));
        logScale.selectedProperty().addListener((o, a, v) -> editView(w -> w.withLogColorScale(v)));
        sortByAssignment.selectedProperty().addListener((o, a, v) -> editView(w -> w.withSortByAssignment(v)));
    }

    /** Shows a new solve's plan. */
    void show(SolveView solved) {
        view = solved;
        redisplay();
    }

    /** The plan as currently displayed, or {@code null} before the first solve. */
    PlanDisplay display() {
        return display;
    }

    private void showSettings(Scenario s) {
        ViewSpec v = s.view();
        colormap.setValue(v.colormap());
        logScale.setSelected(v.logColorScale());
        sortByAssignment.setSelected(v.sortByAssignment());
        redisplay();
    }

    private void redisplay() {
        if (view == null) {
            return;
        }
        ViewSpec v = editor.scenario().view();
        display = PlanDisplay.of(view, v.sortByAssignment(), v.logColorScale());
        chart.update(display.rows(), display.columns(), display.values(), display.logScale(), v.colormap());
        int[] order = display.columnOrder();
        chart.showMarginals(view.rowSums(), permuted(view.columnSums(), order), view.sourceWeights(),
                permuted(view.targetWeights(), order));
        SolveView solved = view;
        chart.setCellText((i, jj) -> String.format(Locale.ROOT, "source i = %d, target j = %d%nP_ij = %.4g%nC_ij = %.4g",
                i, order[jj], solved.planEntry(i, order[jj]), solved.cost()[i * solved.m() + order[jj]]));
        summary.setText(String.format(Locale.ROOT, "%d × %d   max P = %.3g   ⟨C,P⟩ = %.5g   %s",
                view.n(), view.m(), Arrays.stream(view.plan()).max().orElse(0), view.transportCost(), view.method()));
    }

    private static double[] permuted(double[] values, int[] order) {
        double[] out = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = values[order[k]];
        }
        return out;
    }

    private void editView(java.util.function.UnaryOperator<ViewSpec> change) {
        editor.edit(s -> s.withView(change.apply(s.view())));
    }
}
