package org.otexplorer.ui.permutation;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.service.JobListener;
import org.otexplorer.ui.workbench.Dialogs;
import org.otexplorer.ui.workbench.FittedLabels;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.SectionControls;
import org.otexplorer.ui.workbench.SettingsGrid;
import org.otexplorer.ui.workbench.WorkbenchContext;

/**
 * The normalisation lab (LabPanel.fxml): the matrix as a heatmap after each half-step with play, pause, step, reset
 * and a slider over the half-steps; beside it Fig. 2's error curves for the chosen pattern with Appendix D's change
 * points and their table, and Appendix A's softmax gradient against τ. Its frames are computed in one job
 * ({@link LabResult#ANALYSIS}); playing only picks frames. A typed or imported matrix that cannot be normalised
 * is refused with a dialog and changes nothing.
 */
public final class LabPanelController {
    private static final Duration FRAME_TIME = Duration.millis(160);

    @FXML
    private GridPane controls;
    @FXML
    private GridPane softmaxControls;
    @FXML
    private TextArea matrixText;
    @FXML
    private Label title;
    @FXML
    private Button playButton;
    @FXML
    private Button pauseButton;
    @FXML
    private Button stepButton;
    @FXML
    private Button resetButton;
    @FXML
    private Slider frameSlider;
    @FXML
    private Label frameLabel;
    @FXML
    private StackPane heatmapHolder;
    @FXML
    private StackPane errorsHolder;
    @FXML
    private GridPane changeTable;
    @FXML
    private StackPane softmaxHolder;

    private final MatrixHeatmap heatmap = new MatrixHeatmap("column j", "row i", "entry");
    private final ErrorLadderChart errors = new ErrorLadderChart();
    private final SoftmaxChart softmax = new SoftmaxChart();
    private final Timeline player = new Timeline(new KeyFrame(FRAME_TIME, e -> advance()));
    private WorkbenchContext context;
    private LabResult shown;
    private Object requestedInputs;
    private Object shownInputs;
    private boolean playOnArrival;
    private String failure;

    @FXML
    private void initialize() {
        player.setCycleCount(Timeline.INDEFINITE);
        heatmapHolder.getChildren().setAll(heatmap.chart());
        errorsHolder.getChildren().setAll(errors.chart());
        softmaxHolder.getChildren().setAll(softmax.chart());
        // Appendix D's table at the figures' size where its eleven columns fit, smaller together where they do not
        // (a fixed half size left it at 10 px in presenter mode at 1920 × 1080).
        FittedLabels.follow(changeTable);
        frameSlider.valueProperty().addListener((o, a, v) -> showFrame((int) Math.round(v.doubleValue())));
        frameLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The title wraps whole ("centre-open, zeros → ε = 1e-10, 30 …" in presenter mode at 1280 × 800).
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        showPlaying(false);
    }

    /** Links the lab to the window's scenario (the view computes it). */
    void attach(WorkbenchContext workbench) {
        context = workbench;
        SectionControls section = new SectionControls(context.model(), PermutationSection.NAME,
                List.of(PermutationSection.SOURCE,
                PermutationSection.PATTERN, PermutationSection.EPSILON, PermutationSection.ITERATIONS,
                PermutationSection.SAMPLE_TEMPERATURE, PermutationSection.SAMPLE_SIZE, PermutationSection.SAMPLE_INDEX));
        SettingsGrid.fill(controls, section.nodes(), List.of());
        SectionControls softmaxSection = new SectionControls(context.model(), PermutationSection.NAME,
                List.of(PermutationSection.SOFTMAX_SIZE, PermutationSection.SOFTMAX_GAP));
        SettingsGrid.fill(softmaxControls, softmaxSection.nodes(), List.of());
        new ScenarioEditor(context.model(), s -> PermutationSection.of(s).get(PermutationSection.MATRIX),
                s -> matrixText.setText(MatrixText.format(PermutationSection.customMatrixForText(
                        PermutationSection.of(s)))));
    }

    /** Whether the lab shows the scenario's newest inputs. */
    boolean isCurrent(Scenario s) {
        return LabResult.inputs(s).equals(shownInputs);
    }

    /** Whether the scenario's inputs have not been asked for yet (or their computation was cancelled). */
    boolean needsCompute(Scenario s) {
        return !LabResult.inputs(s).equals(requestedInputs);
    }

    String failure() {
        return failure;
    }

    /** Plays the lab's half-steps from the input matrix, now or once the newest request arrives. */
    void playFromStart() {
        if (shown != null && isCurrent(context.model().scenario())
                && !context.service().isBusy(LabResult.ANALYSIS.channel())) {
            reset();
            play();
        } else {
            playOnArrival = true;
        }
    }

    /** Computes the lab for the scenario. */
    void compute(Scenario s) {
        Object inputs = LabResult.inputs(s);
        requestedInputs = inputs;
        LabResult.ANALYSIS.submit(context.service(), s, new JobListener<LabResult>() {
            @Override
            public void onResult(LabResult r) {
                failure = null;
                shownInputs = inputs;
                show(r);
            }

            @Override
            public void onError(long jobId, String message) {
                failure = message;
                shownInputs = inputs;
                showFailure(message);
            }
        });
    }

    void cancel() {
        if (context.service().isBusy(LabResult.ANALYSIS.channel())) {
            requestedInputs = null;
        }
        context.service().cancel(LabResult.ANALYSIS.channel());
        pause();
    }

    /** What the lab shows (figures, tests), or {@code null}. */
    LabResult shown() {
        return shown;
    }

    /** The half-step on display. */
    int frame() {
        return (int) Math.round(frameSlider.getValue());
    }

    MatrixHeatmap heatmap() {
        return heatmap;
    }

    ErrorLadderChart errorChart() {
        return errors;
    }

    /** Appendix D's table under the error curves. */
    GridPane changeTable() {
        return changeTable;
    }

    /** The settings in the side panel (matrix, pattern, ε, L, …, then the softmax lesson's), in their two columns. */
    List<javafx.scene.Node> settings() {
        List<javafx.scene.Node> all = new java.util.ArrayList<>(controls.getChildren());
        all.addAll(softmaxControls.getChildren());
        return all;
    }

    SoftmaxChart softmaxChart() {
        return softmax;
    }

    boolean isPlaying() {
        return player.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    @FXML
    void play() {
        if (shown == null) {
            return;
        }
        if (frame() >= shown.frames().halfSteps()) {
            frameSlider.setValue(0);
        }
        player.play();
        showPlaying(true);
    }

    @FXML
    void pause() {
        player.stop();
        showPlaying(false);
    }

    @FXML
    void step() {
        pause();
        if (shown != null && frame() < shown.frames().halfSteps()) {
            frameSlider.setValue(frame() + 1);
        }
    }

    @FXML
    void reset() {
        pause();
        frameSlider.setValue(0);
        showFrame(0);
    }

    /** Play when paused, pause when playing (F7). */
    void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    @FXML
    private void applyMatrix() {
        try {
            useMatrix(MatrixText.parse(matrixText.getText()));
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
        }
    }

    @FXML
    private void importMatrix() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a matrix to normalise");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showOpenDialog(context.owner());
        if (file != null) {
            importMatrix(file.toPath());
        }
    }

    /** Reads a CSV matrix and normalises it, or says why it cannot (a dialog) and changes nothing. */
    void importMatrix(Path file) {
        try {
            double[][] m = CsvFiles.readMatrix(file, "matrix");
            useMatrix(m);
            matrixText.setText(MatrixText.format(m));
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
        }
    }

    /** Checks a matrix (square, non-negative, finite, no zero line, at most 50×50) and makes it the lab's. */
    private void useMatrix(double[][] m) {
        LabFrames.custom(m);
        context.model().update(s -> {
            Scenario next = PermutationSection.with(s, PermutationSection.MATRIX, PermutationSection.flatten(m));
            return PermutationSection.with(next, PermutationSection.SOURCE, "custom");
        });
    }

    private void refuse(String message) {
        Dialogs.error(context.owner(), "This matrix cannot be normalised", message);
    }

    private void show(LabResult r) {
        boolean sameLength = shown != null && shown.frames().halfSteps() == r.frames().halfSteps();
        shown = r;
        int halfSteps = r.frames().halfSteps();
        frameSlider.setMax(halfSteps);
        frameSlider.setMajorTickUnit(Math.max(1, halfSteps / 10));
        title.setText(r.frames().title() + ", " + halfSteps / 2 + " iterations");
        if (r.ladder() != null) {
            errors.show(r.ladder(), PermutationSection.of(r.scenario()).get(PermutationSection.EPSILON));
            showChangeTable(r.ladder());
        } else {
            errors.showOwn(r.frames());
            changeTable.getChildren().clear();
        }
        softmax.show(r.softmax());
        if (!sameLength) {
            frameSlider.setValue(0);
        }
        showFrame(frame());
        if (playOnArrival) {
            playOnArrival = false;
            frameSlider.setValue(0);
            play();
        }
    }

    private void showFailure(String message) {
        pause();
        shown = null;
        heatmap.clear();
        title.setText("Cannot normalise: " + message);
        context.status().error("Normalisation lab: " + message);
    }

    private void showFrame(int k) {
        if (shown == null) {
            return;
        }
        LabFrames f = shown.frames();
        int frame = Math.max(0, Math.min(k, f.halfSteps()));
        heatmap.show(f.n(), f.n(), f.frames()[frame], null);
        String step = frame == 0 ? "the input matrix" : frame % 2 == 1 ? "after row step N_r" : "after column step N_c";
        frameLabel.setText(String.format(Locale.ROOT, "half-step %d of %d (iteration %d), %s%nErr_r = %.3e   Err_c = %.3e",
                frame, f.halfSteps(), (frame + 1) / 2, step, f.rowError()[frame], f.columnError()[frame]));
        errors.showHalfStep(frame);
        if (frame >= f.halfSteps() && isPlaying()) {
            pause();
        }
    }

    private void advance() {
        if (shown == null || frame() >= shown.frames().halfSteps()) {
            pause();
            return;
        }
        frameSlider.setValue(frame() + 1);
    }

    private void showPlaying(boolean playing) {
        playButton.setDisable(playing);
        pauseButton.setDisable(!playing);
    }

    /** Appendix D's table across the ladder: eq. (31), the corrected change point and the measured one. */
    private void showChangeTable(ErrorLadder ladder) {
        changeTable.getChildren().clear();
        String[] heads = {"ε", "(31) −log₂ε+2", "−log₂ε−1", "err < 1/2 at"};
        String[] tips = {"ε replacing the zeros", "Appendix D's change point, eq. (31), in half-steps",
            "the corrected change point: entry (1,1) reaches its true limit 1/4", "the measured change point: the"
                + " first half-step whose error is below 1/2"};
        for (int r = 0; r < heads.length; r++) {
            Label head = new Label(heads[r]);
            head.setTooltip(new javafx.scene.control.Tooltip(tips[r]));
            head.getStyleClass().add("parameter-name");
            changeTable.add(head, 0, r);
        }
        for (int e = 0; e < ladder.epsilons().length; e++) {
            String[] cells = {Parameter.format(ladder.epsilons()[e]), String.format(Locale.ROOT, "%.1f",
                ladder.paper()[e]), String.format(Locale.ROOT, "%.1f", ladder.corrected()[e]),
                ladder.measured()[e] > 0 ? Integer.toString(ladder.measured()[e]) : "—"};
            for (int r = 0; r < cells.length; r++) {
                Label cell = new Label(cells[r]);
                cell.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                changeTable.add(cell, e + 1, r);
            }
        }
        FittedLabels.refit(changeTable);
    }
}
