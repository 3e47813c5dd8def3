package org.otexplorer.ui.ipot;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.otexplorer.io.Scenario;
import org.otexplorer.ui.workbench.SectionControls;
import org.otexplorer.ui.workbench.SettingsGrid;
import org.otexplorer.ui.workbench.WorkbenchContext;

/**
 * The panel "Scalability" (ScalabilityPanel.fxml; thesis Fig. 2.3, math.md §16.9): seconds to relative precision
 * 1e-4 against n, log-log, one series per method, growing size by size while the study runs in the background
 * (progress bar, Cancel keeps the sizes finished); above it the thesis' observation and one line on what this run
 * shows, below it which points are missing. The sizes, seeds and cap are the scenario's ({@code ipot.scaling*}).
 */
public final class ScalabilityPanelController implements IpotPanel {
    @FXML
    private javafx.scene.layout.GridPane controls;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label progressLabel;
    @FXML
    private Button cancelButton;
    @FXML
    private Label ourRunLine;
    @FXML
    private Label thesisLine;
    @FXML
    private StackPane chartHolder;
    @FXML
    private Label noteLine;

    private final ScalabilityChart chart = new ScalabilityChart();
    private WorkbenchContext context;
    private PanelJob<ScalabilityResult> study;
    private ScalabilityResult shown;
    /** Set by Cancel until the next computation: progress still queued for the FX thread is not shown then. */
    private boolean cancelled;

    @FXML
    private void initialize() {
        chartHolder.getChildren().setAll(chart.chart());
        chartHolder.setMinSize(0, 0);
        thesisLine.setText(ScalabilityResult.THESIS);
        for (Label line : List.of(ourRunLine, thesisLine, noteLine, progressLabel)) {
            line.setMinHeight(Region.USE_PREF_SIZE);
        }
        cancelButton.setDisable(true);
    }

    /** Links the panel to the window's scenario and service (the view computes it). */
    void attach(WorkbenchContext workbench) {
        context = workbench;
        study = new PanelJob<>(context, ScalabilityResult.ANALYSIS, ScalabilityResult::inputs, this::show,
                this::showFailure, this::showRunning);
        SectionControls section = new SectionControls(context.model(), IpotSection.NAME, List.of(
                IpotSection.SCALING_SMALLEST, IpotSection.SCALING_LARGEST, IpotSection.SCALING_SEEDS,
                IpotSection.SCALING_CAP));
        SettingsGrid.fill(controls, section.nodes(), List.of());
    }

    @Override
    public List<PanelJob<?>> jobs() {
        return List.of(study);
    }

    @Override
    public void catchUp(Scenario s) {
        if (study.needsCompute(s)) {
            compute(s);
        }
    }

    @Override
    public void compute(Scenario s) {
        cancelled = false;
        progress.setProgress(0);
        progressLabel.setText("Starting…");
        cancelButton.setDisable(false);
        IpotPanel.super.compute(s);
    }

    @Override
    public void cancel() {
        boolean running = isBusy();
        IpotPanel.super.cancel();
        if (running) {
            cancelled = true;
            cancelButton.setDisable(true);
            progressLabel.setText("Cancelled; the sizes finished stay on the chart (F5 runs the study again).");
        }
    }

    @FXML
    private void cancelStudy() {
        cancel();
    }

    /** The study on display (finished or as far as it got), or {@code null}. */
    ScalabilityResult shown() {
        return shown;
    }

    ScalabilityChart scalabilityChart() {
        return chart;
    }

    String ourRunText() {
        return ourRunLine.getText();
    }

    String thesisText() {
        return thesisLine.getText();
    }

    String noteText() {
        return noteLine.getText();
    }

    Button cancelButton() {
        return cancelButton;
    }

    String progressText() {
        return progressLabel.getText();
    }

    private void show(ScalabilityResult r) {
        shown = r;
        chart.show(r.study());
        boolean done = r.running().isEmpty();
        progress.setProgress(done ? 1 : r.fraction());
        progressLabel.setText(r.progressText());
        cancelButton.setDisable(done);
        ourRunLine.setText(r.ourRun());
        noteLine.setText(r.note());
    }

    /** A partial result, unless it comes after Cancel. */
    private void showRunning(ScalabilityResult r) {
        if (!cancelled) {
            show(r);
        }
    }

    private void showFailure(String message) {
        cancelButton.setDisable(true);
        progressLabel.setText("Cannot run the study: " + message);
        context.status().error("Scalability: " + message);
    }
}
