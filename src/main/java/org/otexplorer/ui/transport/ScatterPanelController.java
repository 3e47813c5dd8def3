package org.otexplorer.ui.transport;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.ComboBox;
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
    @FXML
    private ComboBox<String> xCoordinate;
    @FXML
    private ComboBox<String> yCoordinate;

    private final DataScatterChart chart = new DataScatterChart();
    private SolveView view;

    @FXML
    private void initialize() {
        chartHolder.getChildren().setAll(chart.chart());
        xCoordinate.valueProperty().addListener((o, a, v) -> redraw());
        yCoordinate.valueProperty().addListener((o, a, v) -> redraw());
    }

    /** Shows a new solve's points and plan, keeping the chosen projection when the dimension allows. */
    void show(SolveView solved) {
        view = solved;
        int d = solved.sourcePoints()[0].length;
        if (xCoordinate.getItems().size() != d) {
            List<String> names = IntStream.rangeClosed(1, d).mapToObj(k -> "coordinate " + k).toList();
            xCoordinate.getItems().setAll(names);
            yCoordinate.getItems().setAll(names);
            xCoordinate.getSelectionModel().select(0);
            yCoordinate.getSelectionModel().select(d > 1 ? 1 : 0);
        }
        xCoordinate.setVisible(d > 2);
        yCoordinate.setVisible(d > 2);
        redraw();
        summary.setText(String.format(Locale.ROOT, "n = %d, m = %d, d = %d   ε = %.3g (%.3g × mean C)",
                solved.n(), solved.m(), d, solved.epsilon(), solved.relativeEpsilon()));
    }

    /** Shows coordinates (x, y) of the points (0-based). */
    public void project(int x, int y) {
        xCoordinate.getSelectionModel().select(x);
        yCoordinate.getSelectionModel().select(y);
    }

    private void redraw() {
        int x = xCoordinate.getSelectionModel().getSelectedIndex();
        int y = yCoordinate.getSelectionModel().getSelectedIndex();
        if (view == null || x < 0 || y < 0) {
            return;
        }
        chart.update(view.sourcePoints(), view.targetPoints(), view.plan(), x, y);
    }

    /** The chart factory behind the panel (for export and tests). */
    public DataScatterChart chart() {
        return chart;
    }

    /** The solve shown, or {@code null} before the first. */
    public SolveView shown() {
        return view;
    }
}
