package org.otexplorer.ui;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.SpectrumView;
import org.otexplorer.ui.charts.SpectrumChart;

/**
 * The H-matrix panel (SpectrumPanel.fxml): λ_{2N−1}, the condition number, the Hessian's Prop. 4 marginal
 * error at the truncation threshold τ (a slider), and the closed-form unit-circle value for comparison.
 */
public final class SpectrumPanelController {
    @FXML
    private Label smallestPositive;
    @FXML
    private Label conditionNumber;
    @FXML
    private Label hessianError;
    @FXML
    private Label truncatedCount;
    @FXML
    private Label circleValue;
    @FXML
    private ParameterSlider threshold;
    @FXML
    private Label notes;
    @FXML
    private StackPane chartHolder;

    private final SpectrumChart chart = new SpectrumChart();
    private ScenarioEditor editor;
    private SpectrumView view;

    @FXML
    private void initialize() {
        threshold.setFormatter(v -> String.format(Locale.ROOT, "%.1e", v));
        chartHolder.getChildren().setAll(chart.chart());
    }

    /** The chart factory behind the panel (for export and tests). */
    SpectrumChart chart() {
        return chart;
    }

    /** Links the τ slider to the scenario's view settings. */
    void bind(ScenarioModel model) {
        editor = new ScenarioEditor(model, this::showThreshold);
        threshold.valueProperty().addListener((o, a, v) ->
                editor.edit(s -> s.withView(s.view().withSpectrumThreshold(v.doubleValue()))));
    }

    /** Shows a new analysis. */
    void show(SpectrumView spectrum) {
        view = spectrum;
        smallestPositive.setText(number(spectrum.smallestPositive()));
        conditionNumber.setText(number(spectrum.conditionNumber()));
        hessianError.setText(number(spectrum.hessianMarginalError()));
        truncatedCount.setText(spectrum.eigenvalues().length == 0 ? "—"
                : spectrum.truncatedCount() + " of " + spectrum.eigenvalues().length);
        circleValue.setText(number(spectrum.circleReference()));
        chart.update(spectrum.eigenvalues(), spectrum.threshold());
        showNotes(String.join("\n", spectrum.notes()));
    }

    /** Clears the figures when the method has no H-matrix (non-entropic plans). */
    void showNotApplicable(String why) {
        view = null;
        for (Label l : new Label[] {smallestPositive, conditionNumber, hessianError, truncatedCount, circleValue}) {
            l.setText("—");
        }
        showNotes(why);
    }

    /** Notes can be long (a derivative's warning quotes numbers): the tooltip holds the full text. */
    private void showNotes(String text) {
        notes.setText(text);
        notes.setTooltip(text.isEmpty() ? null : new Tooltip(text));
    }

    /** The analysis shown, or {@code null}. */
    SpectrumView shown() {
        return view;
    }

    private void showThreshold(Scenario s) {
        threshold.setValue(s.view().spectrumThreshold());
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.4g", v);
    }
}
