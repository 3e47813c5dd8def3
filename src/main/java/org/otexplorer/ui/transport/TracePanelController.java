package org.otexplorer.ui.transport;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.regression.Optimizers;
import org.otexplorer.regression.LossLandscape;
import org.otexplorer.regression.RunStopReason;
import org.otexplorer.regression.TraceEntry;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.OptimizerRace;
import org.otexplorer.service.RaceView;
import org.otexplorer.service.TraceSnapshot;
import org.otexplorer.ui.charts.Charts;
import org.otexplorer.ui.charts.LandscapeChart;
import org.otexplorer.ui.charts.TraceChart;
import org.otexplorer.ui.charts.TraceCurves;
import org.otexplorer.ui.workbench.ChartPlaceholder;
import org.otexplorer.ui.workbench.FittedLabels;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;
import org.otexplorer.ui.workbench.Status;

/**
 * The optimizer-trace panel (TracePanel.fxml): races the scenario's regression optimizers
 * ({@link OptimizerRace}) with play, pause, step, reset and fast-forward (to the end, drawn once); plots the chosen
 * metric against the iteration or the wall-clock time (section {@value #SECTION}) for every run, and for two-parameter models the loss landscape with each run's path. A scenario edit that changes
 * the data or the optimizers resets the race.
 */
public final class TracePanelController implements OptimizerRace.Listener {
    /** The race's scenario section: the traces' x-axis. */
    static final String SECTION = "race";
    /** What the traces run against. */
    public static final Parameter<String> TRACE_AXIS = Parameter.choice("traceAxis", "iteration", "time")
            .symbol("trace x-axis").describe("Whether the optimizer traces run against the iteration or against the "
                    + "wall-clock time since each run started.").build();
    /** The section's parameters. */
    static final List<Parameter<?>> PARAMETERS = List.of(TRACE_AXIS);
    /** The hint's line while no landscape is shown: why there is none beside the traces. */
    static final String NO_LANDSCAPE = "A loss landscape is drawn beside the traces for linear models with two"
            + " parameters (θ1, θ2).";
    /** The traces' share of the charts' width beside a landscape. */
    private static final double TRACE_SHARE_BESIDE_LANDSCAPE = 0.55;

    @FXML
    private Button playButton;
    @FXML
    private Button fastForwardButton;
    /** Shown while a chart is zoomed in: back to the whole race ({@link ZoomReset}). */
    @FXML
    private Button unzoomButton;
    @FXML
    private ComboBox<String> traceAxis;
    @FXML
    private Button pauseButton;
    @FXML
    private Button stepButton;
    @FXML
    private Button resetButton;
    @FXML
    private ComboBox<String> metric;
    @FXML
    private CheckBox logIterations;
    @FXML
    private VBox lanes;
    /** The longest lane line's length when the lanes were last fitted to their column. */
    private int fittedLaneLength = -1;
    @FXML
    private Label hint;
    @FXML
    private ComboBox<String> addOptimizer;
    @FXML
    private StackPane traceHolder;
    /** What the race chart's place says before Play, until an optimizer has made an iteration (it looked broken). */
    private ChartPlaceholder notStarted;
    @FXML
    private SplitPane charts;

    private final TraceChart traceChart = new TraceChart();
    private final LandscapeChart landscapeChart = new LandscapeChart();
    /** The landscape's place beside the traces, in the charts' split only while the model has a landscape. */
    private final StackPane landscapeHolder = new StackPane(landscapeChart.chart());
    private OptimizerRace race;
    private ScenarioEditor editor;
    private Status status;
    private RaceView shown;
    private LossLandscape landscape;
    private ViewSpec settings = ViewSpec.defaults();
    private boolean wallClock;
    private boolean fastForward;
    private int redraws;
    private java.util.function.Consumer<RaceView> watcher = view -> { };

    @FXML
    private void initialize() {
        FittedLabels.follow(lanes);
        metric.getItems().setAll(ViewSpec.TRACE_METRICS);
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : TraceCurves.METRIC_NAMES.get(id);
            }

            @Override
            public String fromString(String name) {
                return null;
            }
        });
        traceAxis.getItems().setAll(TRACE_AXIS.type().choices());
        traceAxis.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : "x: " + TraceCurves.axisName("time".equals(id));
            }

            @Override
            public String fromString(String name) {
                return null;
            }
        });
        addOptimizer.getItems().setAll(Optimizers.ids());
        addOptimizer.setOnAction(e -> {
            String method = addOptimizer.getValue();
            if (method != null) {
                Platform.runLater(() -> addOptimizer.getSelectionModel().clearSelection());
                addToRace(method);
            }
        });
        notStarted = new ChartPlaceholder(traceHolder, traceChart.chart(), "Play (F7) runs every optimizer on these"
                + " data at once and draws each one's error, iteration by iteration, here.");
        landscapeHolder.getStyleClass().add("chart-holder");
        ZoomReset.follow(unzoomButton, traceChart.chart(), landscapeChart.chart());
    }

    /** Links the panel to the scenario; races run on {@code service} (nothing runs until Play or Step). */
    void attach(ScenarioModel model, Status statusBar, ComputeService service) {
        status = statusBar;
        race = new OptimizerRace(service, this);
        editor = new ScenarioEditor(model, s -> List.of(s.view().traceMetric(), s.view().traceLogIterations(),
                s.view().colormap(), s.section(SECTION)), this::showSettings);
        traceAxis.valueProperty().addListener((o, a, v) -> editor.edit(s -> s.withSection(SECTION,
                s.section(SECTION).with(TRACE_AXIS, v))));
        metric.valueProperty().addListener((o, a, v) -> editor.edit(s -> s.withView(s.view().withTraceMetric(v))));
        logIterations.selectedProperty().addListener((o, a, v) ->
                editor.edit(s -> s.withView(s.view().withTraceLogIterations(v))));
        model.scenarioProperty().addListener((o, old, now) -> {
            if (changesRace(old, now)) {
                load(now, model.baseDirectory());
            }
        });
        load(model.scenario(), model.baseDirectory());
    }

    /** Whether the scenario has optimizers to race. */
    public boolean hasOptimizers() {
        Scenario s = editor.scenario();
        return s.regression() != null && !s.regression().optimizers().isEmpty();
    }

    /** Runs (or resumes) every optimizer. */
    @FXML
    public void play() {
        race.play();
        showControls(true);
    }

    /**
     * Fast-forward: runs (or resumes) every optimizer to its end without drawing on the way; the lanes' labels count
     * the iterations, and the whole race is drawn once it has ended (or is paused).
     */
    @FXML
    public void fastForward() {
        fastForward = true;
        hint.setText("Running every optimizer to its end; the race is drawn when it has ended.");
        play();
    }

    /** Holds every run before its next iteration. */
    @FXML
    public void pause() {
        race.pause();
        endFastForward();
        showControls(false);
    }

    /** Lets every run make one more iteration. */
    @FXML
    public void step() {
        race.step();
        endFastForward();
        showControls(false);
    }

    /** Clears the traces and prepares the race afresh. */
    @FXML
    public void reset() {
        fastForward = false;
        race.reset();
        showControls(false);
    }

    private void endFastForward() {
        if (fastForward) {
            fastForward = false;
            redraw();
        }
    }

    /** Tells {@code onRaceView} of every race snapshot that reaches the panel (the moving source cloud). */
    void watchRace(java.util.function.Consumer<RaceView> onRaceView) {
        watcher = onRaceView;
    }

    /** How many times the traces were drawn (tests: a fast-forward draws once). */
    public int redraws() {
        return redraws;
    }

    /** Play when paused, pause when playing (F7). */
    public void togglePlay() {
        if (!playButton.isDisabled()) {
            play();
        } else if (!pauseButton.isDisabled()) {
            pause();
        }
    }

    /** Stops the runs (the window is closing). */
    void close() {
        if (race != null) {
            race.close();
        }
    }

    /** The newest race snapshot on display, or {@code null}. */
    public RaceView shown() {
        return shown;
    }

    /** Whether every run of the shown race has ended. */
    boolean finished() {
        return shown != null && !shown.running() && shown.lanes().stream().allMatch(l -> l.summary() != null);
    }

    /** What the panel shows, for figure export; {@code null} before the first race snapshot. */
    TraceSnapshot traceSnapshot() {
        return shown == null ? null : new TraceSnapshot(shown, landscape);
    }

    /** The trace chart (tests). */
    public TraceChart traceChart() {
        return traceChart;
    }

    /** The landscape chart (tests). */
    public LandscapeChart landscapeChart() {
        return landscapeChart;
    }

    @Override
    public void onRace(RaceView view) {
        shown = view;
        notStarted.show(view.lanes().stream().allMatch(l -> l.entries().isEmpty()));
        boolean ended = !view.running() && view.lanes().stream().allMatch(l -> l.summary() != null);
        if (fastForward && !ended) {
            showLanes(settings.traceMetric());
        } else {
            fastForward = false;
            redraw();
        }
        if (ended && playButton.isDisabled()) {
            showControls(false);
        }
        watcher.accept(view);
    }

    @Override
    public void onLandscape(long raceId, LossLandscape computed) {
        landscape = computed;
        showLandscape(true);
        landscapeChart.showSurface(computed.theta1(), computed.theta2(), computed.loss(), computed.truth(),
                settings.colormap());
        redraw();
    }

    @Override
    public void onRaceError(long raceId, String message) {
        status.error("Optimizer race: " + message);
        hint.setText(message);
    }

    /** Removes optimizer k of the scenario's race. */
    public void removeOptimizer(int k) {
        editOptimizers(list -> list.remove(k));
    }

    /** Adds an optimizer with its defaults to the scenario's race. */
    public void addToRace(String method) {
        editOptimizers(list -> list.add(OptimizerSpec.of(method)));
    }

    private void editOptimizers(java.util.function.Consumer<List<OptimizerSpec>> change) {
        editor.edit(s -> {
            if (s.regression() == null) {
                return s;
            }
            List<OptimizerSpec> list = new java.util.ArrayList<>(s.regression().optimizers());
            change.accept(list);
            return s.withRegression(s.regression().withOptimizers(list));
        });
    }

    private void load(Scenario s, Path base) {
        shown = null;
        landscape = null;
        landscapeChart.clear();
        showLandscape(false);
        lanes.getChildren().clear();
        traceChart.update(TraceCurves.METRIC_NAMES.get(s.view().traceMetric()), List.of(), s.view().traceLogIterations());
        boolean runnable = s.regression() != null && !s.regression().optimizers().isEmpty();
        fastForward = false;
        for (Button b : new Button[] {playButton, stepButton, resetButton, fastForwardButton}) {
            b.setDisable(!runnable);
        }
        addOptimizer.setDisable(s.regression() == null);
        pauseButton.setDisable(true);
        notStarted.show(runnable);
        if (runnable) {
            race.load(s, base);
            hint.setText("Press Play to race the optimizers, Step to advance each by one iteration. " + NO_LANDSCAPE);
        } else {
            hint.setText("This scenario has no regression optimizers. Open a regression sample (for example"
                    + " samples/unlabeled-sensing-robot-vs-am-vs-ls.json) to race ROBOT, AM and least squares.");
        }
    }

    /**
     * Puts the landscape beside the traces, or takes it away so that the traces have the whole width (a model without
     * a landscape had an empty half there); the hint then no longer says where the landscape would be.
     */
    private void showLandscape(boolean on) {
        if (on == charts.getItems().contains(landscapeHolder)) {
            return;
        }
        if (on) {
            charts.getItems().add(landscapeHolder);
            charts.setDividerPositions(TRACE_SHARE_BESIDE_LANDSCAPE);
            hint.setText(hint.getText().replace(" " + NO_LANDSCAPE, ""));
        } else {
            charts.getItems().remove(landscapeHolder);
        }
    }

    /** Whether the loss landscape is beside the traces (tests). */
    public boolean landscapeShown() {
        return charts.getItems().contains(landscapeHolder);
    }

    private void showControls(boolean playing) {
        playButton.setDisable(playing || !hasOptimizers());
        fastForwardButton.setDisable(playing || !hasOptimizers());
        pauseButton.setDisable(!playing);
    }

    /** Whether a scenario's traces run against the wall-clock time. */
    static boolean wallClock(Scenario s) {
        return "time".equals(s.section(SECTION).get(TRACE_AXIS));
    }

    private void showSettings(Scenario s) {
        settings = s.view();
        wallClock = wallClock(s);
        traceAxis.setValue(s.section(SECTION).get(TRACE_AXIS));
        metric.setValue(s.view().traceMetric());
        logIterations.setSelected(s.view().traceLogIterations());
        redraw();
    }

    private void redraw() {
        ViewSpec v = settings;
        if (shown == null) {
            lanes.getChildren().clear();
            return;
        }
        if (fastForward) {
            showLanes(v.traceMetric());
            return;
        }
        redraws++;
        showLanes(v.traceMetric());
        traceChart.update(TraceCurves.METRIC_NAMES.get(v.traceMetric()), TraceCurves.curves(shown, v.traceMetric(),
                wallClock), v.traceLogIterations(), TraceCurves.axisName(wallClock));
        if (landscape != null) {
            landscapeChart.showPaths(TraceCurves.paths(shown));
        }
    }

    /**
     * One label per lane: "■ robot  37 it  3.1e-02  running" (its color, iterations, latest metric value and
     * state). Labels are made once per race layout and only their texts change with each snapshot.
     */
    private void showLanes(String metricId) {
        List<RaceView.Lane> race = shown.lanes();
        boolean created = lanes.getChildren().size() != race.size();
        if (created) {
            lanes.getChildren().clear();
            for (int k = 0; k < race.size(); k++) {
                Label label = new Label("", new Rectangle(10, 10, Color.web(Charts.laneColor(k))));
                label.setTooltip(new Tooltip());
                label.getStyleClass().add("figure");
                int lane = k;
                MenuItem remove = new MenuItem("Remove " + race.get(k).label() + " from the race");
                remove.setOnAction(e -> removeOptimizer(lane));
                label.setContextMenu(new ContextMenu(remove));
                lanes.getChildren().add(label);
            }
        }
        int nameWidth = race.stream().mapToInt(l -> l.label().length()).max().orElse(0);
        for (int k = 0; k < race.size(); k++) {
            RaceView.Lane lane = race.get(k);
            List<TraceEntry> entries = lane.entries();
            Double value = entries.isEmpty() ? null : TraceCurves.value(entries.get(entries.size() - 1), metricId);
            // The state column fits six characters; the tooltip has the whole state. The lines shrink together where
            // the longest does not fit the column (FittedLabels).
            String shortState = lane.summary() == null ? (entries.isEmpty() ? "wait" : "run")
                    : shortReason(lane.summary().stopReason());
            Label label = (Label) lanes.getChildren().get(k);
            label.setText(String.format(Locale.ROOT, "%-" + nameWidth + "s %3d it %8s %s", lane.label(), entries.size(),
                    value == null ? "—" : String.format(Locale.ROOT, "%.3g", value), shortState));
            label.getTooltip().setText(lane.label() + ": " + lane.state());
        }
        // monospaced lines: their fit changes only with the longest one's length (the width listener does resizes),
        // so a snapshot, 30 a second, does not restyle the lanes
        int longest = lanes.getChildren().stream().mapToInt(n -> ((Label) n).getText().length()).max().orElse(0);
        if (longest != fittedLaneLength || created) {
            fittedLaneLength = longest;
            FittedLabels.refit(lanes);
        }
    }

    private static String shortReason(RunStopReason reason) {
        return switch (reason) {
            case CONVERGED -> "conv.";
            case TARGET_REACHED -> "target";
            case STALLED -> "stalled";
            case COMPLETED -> "done";
            case ITERATION_LIMIT -> "max it";
            case CANCELLED -> "cancel";
            case DIVERGED -> "diverg";
            case FAILED -> "failed";
        };
    }

    private static boolean changesRace(Scenario old, Scenario now) {
        if (old != null && old.regression() == null && now.regression() == null) {
            return false; // nothing to race before or after (a point drag on transport data edits the data per frame)
        }
        return old == null || !Objects.equals(old.data(), now.data()) || !Objects.equals(old.seed(), now.seed())
                || !Objects.equals(old.regression(), now.regression());
    }
}
