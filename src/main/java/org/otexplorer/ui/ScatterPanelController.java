package org.otexplorer.ui;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.DataScatterChart;

/** The source/target view (ScatterPanel.fxml): the two clouds and the plan's matching lines. */
public final class ScatterPanelController {
    @FXML
    private Label summary;
    @FXML
    private StackPane chartHolder;

    private final DataScatterChart chart = new DataScatterChart();
    private SolveView view;

    @FXML
    private void initialize() {
        chartHolder.getChildren().setAll(chart.chart());
    }

    /** Shows a new solve's points and plan. */
    void show(SolveView solved) {
        view = solved;
        chart.update(solved.sourcePoints(), solved.targetPoints(), solved.plan(), 0,
                solved.sourcePoints()[0].length > 1 ? 1 : 0);
        int d = solved.sourcePoints()[0].length;
        summary.setText(String.format(Locale.ROOT, "n = %d, m = %d, d = %d%s   ε = %.3g (%.3g × mean C)",
                solved.n(), solved.m(), d, d > 2 ? " (first two coordinates)" : "", solved.epsilon(),
                solved.relativeEpsilon()));
    }

    /** The chart factory behind the panel (for export and tests). */
    DataScatterChart chart() {
        return chart;
    }

    /** The solve shown, or {@code null} before the first. */
    SolveView shown() {
        return view;
    }
}
