package org.otexplorer.ui.transport;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.JobListener;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.PlanHeatmapChart;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * The plan panel (PlanPanel.fxml): colormap, log color scale and sort-by-assignment controls, and the plan
 * prepared for the heatmap as a {@link PlanDisplay}. The display (sorting, logs) is computed off the FX thread on
 * the {@value #CHANNEL} channel, after a new solve or a change of these three settings only.
 */
public final class PlanPanelController {
    /** The channel the display preparation runs on. */
    static final String CHANNEL = "transport.planDisplay";

    @FXML
    private ComboBox<String> colormap;
    @FXML
    private CheckBox logScale;
    @FXML
    private ComboBox<Integer> decades;
    @FXML
    private CheckBox lockColors;
    @FXML
    private CheckBox sortByAssignment;
    @FXML
    private StackPane chartHolder;
    @FXML
    private Label summary;

    private final PlanHeatmapChart chart = new PlanHeatmapChart();
    private ScenarioEditor editor;
    private ComputeService service;
    private SolveView view;
    private SolveView displayed;
    private PlanDisplay display;
    private double[] animationRange;

    @FXML
    private void initialize() {
        colormap.getItems().setAll(ViewSpec.COLORMAPS);
        decades.getItems().setAll(3, 6, 9, 12, 16);
        decades.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer d) {
                return d == null ? "" : d + " decades";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replaceAll("\\D", ""));
            }
        });
        chartHolder.getChildren().setAll(chart.chart());
    }

    /** Shows the whole plan after a zoom. */
    @FXML
    private void showWholePlan() {
        chart.resetZoom();
    }

    /** The chart factory behind the panel (for export and tests). */
    public PlanHeatmapChart chart() {
        return chart;
    }

    /** Links the controls to the scenario's plan settings; displays are prepared on {@code compute}. */
    void bind(ScenarioModel model, ComputeService compute) {
        service = compute;
        editor = new ScenarioEditor(model, PlanPanelController::settings, this::showSettings);
        colormap.valueProperty().addListener((o, a, v) -> editView(w -> w.withColormap(v)));
        // A locked range is in P or in log10 P: it does not survive a change of scale.
        logScale.selectedProperty().addListener((o, a, v) -> editView(w -> w.withLogColorScale(v).withColorRange(null)));
        decades.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                editView(w -> w.withLogColorDecades(v).withColorRange(null));
            }
        });
        lockColors.selectedProperty().addListener((o, a, v) -> editView(w -> w.withColorRange(v
                ? java.util.List.of(chart.colorRange()[0], chart.colorRange()[1]) : null)));
        sortByAssignment.selectedProperty().addListener((o, a, v) -> editView(w -> w.withSortByAssignment(v)));
    }

    private static List<Object> settings(Scenario s) {
        ViewSpec v = s.view();
        return java.util.Arrays.asList(v.colormap(), v.logColorScale(), v.sortByAssignment(), v.logColorDecades(),
                v.colorRange());
    }

    /** The locked colour range of the view settings, or {@code null} (each plan its own range). */
    static double[] lockedRange(ViewSpec v) {
        return v.colorRange() == null ? null : new double[] {v.colorRange().get(0), v.colorRange().get(1)};
    }

    /** Shows a new solve's plan (once its display is prepared). */
    void show(SolveView solved) {
        view = solved;
        prepare();
    }

    /**
     * Draws the plans on a colour range of an animation's (the ε annealing's, locked over its whole ladder) instead
     * of the view's own; {@code null} returns to the view's.
     */
    void lockRange(double[] range) {
        if (!java.util.Arrays.equals(range, animationRange)) {
            animationRange = range;
            prepare();
        }
    }

    /** The plan as currently displayed, or {@code null} before the first solve. */
    public PlanDisplay display() {
        return display;
    }

    /** The solve whose plan is displayed, or {@code null}. */
    SolveView shown() {
        return displayed;
    }

    private void showSettings(Scenario s) {
        ViewSpec v = s.view();
        colormap.setValue(v.colormap());
        logScale.setSelected(v.logColorScale());
        decades.setValue(v.logColorDecades());
        decades.setVisible(v.logColorScale());
        decades.setManaged(v.logColorScale());
        lockColors.setSelected(v.colorRange() != null);
        sortByAssignment.setSelected(v.sortByAssignment());
        prepare();
    }

    /** Prepares the display of the newest plan with the newest settings off the FX thread. */
    private void prepare() {
        if (view == null || service == null) {
            return;
        }
        SolveView solved = view;
        ViewSpec v = editor.scenario().view();
        service.submit(CHANNEL, context -> PlanDisplay.of(solved, v.sortByAssignment(), v.logColorScale(),
                v.logColorDecades()), (JobListener<PlanDisplay>) prepared -> draw(solved, prepared, v));
    }

    private void draw(SolveView solved, PlanDisplay prepared, ViewSpec v) {
        display = prepared;
        displayed = solved;
        chart.update(prepared.rows(), prepared.columns(), prepared.values(), prepared.logScale(), v.colormap(),
                animationRange != null ? animationRange : lockedRange(v));
        int[] order = prepared.columnOrder();
        chart.showMarginals(solved.rowSums(), PlanDisplay.permuted(solved.columnSums(), order),
                solved.sourceWeights(), PlanDisplay.permuted(solved.targetWeights(), order));
        chart.setCellText((i, jj) -> String.format(Locale.ROOT, "source i = %d, target j = %d%nP_ij = %.4g%nC_ij = %.4g",
                i, order[jj], solved.planEntry(i, order[jj]), solved.cost()[i * solved.m() + order[jj]]));
        summary.setText(String.format(Locale.ROOT, "%d × %d   max P = %.3g   ⟨C,P⟩ = %.5g   %s",
                solved.n(), solved.m(), Arrays.stream(solved.plan()).max().orElse(0), solved.transportCost(),
                solved.method()));
    }

    private void editView(java.util.function.UnaryOperator<ViewSpec> change) {
        editor.edit(s -> s.withView(change.apply(s.view())));
    }
}
