package org.otexplorer.ui.permutation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.permutation.HeadKind;
import org.otexplorer.permutation.SortingSnapshot;
import org.otexplorer.service.JobListener;
import org.otexplorer.ui.charts.Charts;
import org.otexplorer.ui.charts.TraceChart;
import org.otexplorer.ui.workbench.ChartPlaceholder;
import org.otexplorer.ui.workbench.Dialogs;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.SectionControls;
import org.otexplorer.ui.workbench.Status;
import org.otexplorer.ui.workbench.WorkbenchContext;

/**
 * The training race (RacePanel.fxml): the chosen heads learn to sort on the same data ({@link SortingRace}, one job)
 * with play, pause, step and reset; the training loss, the test Kendall τ and the soft heads' constraint error
 * against the epoch, one curve per head in its lane colour; a test sequence with the true and the predicted order and
 * the soft permutation matrix beside the hard one for the head shown. An edit of the race's settings starts it afresh.
 */
public final class RacePanelController {
    @FXML
    private Button playButton;
    @FXML
    private Button pauseButton;
    @FXML
    private Button stepButton;
    @FXML
    private Button resetButton;
    @FXML
    private TilePane lanes;
    @FXML
    private GridPane controls;
    @FXML
    private StackPane lossHolder;
    @FXML
    private StackPane tauHolder;
    @FXML
    private StackPane constraintHolder;
    @FXML
    private StackPane sequenceHolder;
    @FXML
    private StackPane softHolder;
    @FXML
    private StackPane hardHolder;

    private final TraceChart loss = new TraceChart();
    private final TraceChart tau = new TraceChart();
    private final TraceChart constraint = new TraceChart();
    private final SequenceChart sequence = new SequenceChart();
    private final MatrixHeatmap soft = new MatrixHeatmap("position j", "input i", "P_ij");
    private final MatrixHeatmap hard = new MatrixHeatmap("position j", "input i", "P_ij");
    private final List<CheckBox> headBoxes = new ArrayList<>();
    /** What the curve charts' places say before the first epoch (one dot per head looked broken). */
    private final List<ChartPlaceholder> untrained = new ArrayList<>();
    private WorkbenchContext context;
    private SortingRace race;
    private RaceSnapshot shown;
    private Object loadedInputs;
    private HeadKind shownHead = HeadKind.SINKHORN;
    private boolean playing;
    private String failure;

    @FXML
    private void initialize() {
        untrained.add(new ChartPlaceholder(lossHolder, loss.chart(), "Press Play (F7) to train: training loss"));
        untrained.add(new ChartPlaceholder(tauHolder, tau.chart(), "Press Play (F7) to train: test Kendall τ"));
        untrained.add(new ChartPlaceholder(constraintHolder, constraint.chart(),
                "Press Play (F7) to train: constraint error"));
        sequenceHolder.getChildren().setAll(sequence.chart());
        softHolder.getChildren().setAll(soft.chart());
        hardHolder.getChildren().setAll(hard.chart());
        soft.setFormat("%.2f");
        hard.setFormat("%.0f");
        for (HeadKind h : HeadKind.values()) {
            CheckBox box = new CheckBox(RaceCurves.shortLabel(h));
            box.setId("permutation-head-" + h.id());
            box.setGraphic(new Rectangle(10, 10, Color.web(Charts.laneColor(h.ordinal()))));
            box.setTooltip(new javafx.scene.control.Tooltip(h.label() + ": races while checked"));
            headBoxes.add(box);
        }
        lanes.getChildren().setAll(headBoxes);
        // The lanes above the charts say which colour is which head.
        for (TraceChart c : List.of(loss, tau, constraint)) {
            c.chart().setLegendVisible(false);
        }
        showControls();
    }

    void attach(WorkbenchContext workbench) {
        context = workbench;
        race = new SortingRace(context.service(), new JobListener<>() {
            @Override
            public void onPartial(RaceSnapshot s) {
                show(s);
            }

            @Override
            public void onResult(RaceSnapshot s) {
                show(s);
                playing = false;
                showControls();
                context.status().finished(new Status.Outcome(s.epochsDone() + " epochs", summary(s), "race done",
                        true, "", List.of()));
            }

            @Override
            public void onError(long jobId, String message) {
                failure = message;
                playing = false;
                showControls();
                context.status().error("Training race: " + message);
            }
        });
        SectionControls section = new SectionControls(context.model(), PermutationSection.NAME,
                List.of(PermutationSection.SHOWN_HEAD,
                PermutationSection.NUMBERS, PermutationSection.EPOCHS, PermutationSection.LEARNING_RATE,
                PermutationSection.SINKHORN_ITERATIONS, PermutationSection.TEMPERATURE,
                PermutationSection.NOISE_SAMPLES, PermutationSection.TRAINING, PermutationSection.TEST,
                PermutationSection.HIDDEN));
        List<javafx.scene.Node> nodes = section.nodes();
        for (int k = 0; k < nodes.size(); k++) {
            controls.add(nodes.get(k), k % 2, k / 2);
        }
        ScenarioEditor headEditor = new ScenarioEditor(context.model(),
                s -> PermutationSection.of(s).get(PermutationSection.HEADS), this::showHeads);
        for (int k = 0; k < headBoxes.size(); k++) {
            HeadKind h = HeadKind.values()[k];
            CheckBox box = headBoxes.get(k);
            box.selectedProperty().addListener((o, was, on) -> toggleHead(headEditor, box, h, on));
        }
        new ScenarioEditor(context.model(), s -> PermutationSection.of(s).get(PermutationSection.SHOWN_HEAD), s -> {
            shownHead = HeadKind.byId(PermutationSection.of(s).get(PermutationSection.SHOWN_HEAD));
            redraw();
        });
    }

    /** The part of a scenario the race depends on: its settings, heads and the seed (not the head shown). */
    static Object inputs(Scenario s) {
        ParameterValues v = PermutationSection.of(s);
        return List.of(s.seed(), v.get(PermutationSection.NUMBERS), v.get(PermutationSection.HEADS),
                v.get(PermutationSection.EPOCHS), v.get(PermutationSection.LEARNING_RATE),
                v.get(PermutationSection.SINKHORN_ITERATIONS), v.get(PermutationSection.TEMPERATURE),
                v.get(PermutationSection.NOISE_SAMPLES), v.get(PermutationSection.TRAINING),
                v.get(PermutationSection.TEST), v.get(PermutationSection.HIDDEN));
    }

    /** Prepares the scenario's race unless it is the one loaded already. */
    void load(Scenario s) {
        Object inputs = inputs(s);
        if (inputs.equals(loadedInputs)) {
            return;
        }
        loadedInputs = inputs;
        forgetInBar();
        shown = null;
        playing = false;
        failure = null;
        try {
            race.load(s);
        } catch (IllegalArgumentException e) {
            failure = e.getMessage();
            context.status().error("Training race: " + e.getMessage());
        }
        showControls();
        redraw();
    }

    boolean isLoaded(Scenario s) {
        return inputs(s).equals(loadedInputs) && (shown != null || failure != null);
    }

    String failure() {
        return failure;
    }

    RaceSnapshot shown() {
        return shown;
    }

    boolean finished() {
        return shown != null && !shown.running();
    }

    boolean isPlaying() {
        return playing;
    }

    @FXML
    void play() {
        if (shown == null || !shown.running()) {
            return;
        }
        race.play();
        playing = true;
        context.status().running(this::pause);
        showControls();
    }

    @FXML
    void pause() {
        race.pause();
        playing = false;
        if (shown != null && shown.running()) {
            showHeld(shown);
        }
        showControls();
    }

    @FXML
    void step() {
        race.step();
        playing = false;
        showControls();
    }

    @FXML
    void reset() {
        race.reset();
        forgetInBar();
        shown = null;
        playing = false;
        showControls();
        redraw();
    }

    void togglePlay() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    void close() {
        race.close();
    }

    TraceChart lossChart() {
        return loss;
    }

    TraceChart tauChart() {
        return tau;
    }

    TraceChart constraintChart() {
        return constraint;
    }

    SequenceChart sequenceChart() {
        return sequence;
    }

    MatrixHeatmap softMatrix() {
        return soft;
    }

    MatrixHeatmap hardMatrix() {
        return hard;
    }

    /** The heads' lane lines above the charts (the charts' legend), one check box per head. */
    List<CheckBox> laneLines() {
        return List.copyOf(headBoxes);
    }

    /** The race's settings in the side panel (head shown, N, epochs, …), in their two columns. */
    List<javafx.scene.Node> settings() {
        return controls.getChildren();
    }

    private void toggleHead(ScenarioEditor editor, CheckBox box, HeadKind h, boolean on) {
        List<String> ids = new ArrayList<>(PermutationSection.of(editor.scenario()).get(PermutationSection.HEADS));
        if (on == ids.contains(h.id())) {
            return;
        }
        if (on) {
            ids.add(h.id());
        } else {
            ids.remove(h.id());
        }
        if (ids.isEmpty()) {
            box.setSelected(true);
            Dialogs.error(context.owner(), "The race needs a head", "Choose at least one permutation head to train.");
            return;
        }
        List<String> ordered = java.util.Arrays.stream(HeadKind.values()).map(HeadKind::id).filter(ids::contains)
                .toList();
        editor.edit(s -> PermutationSection.with(s, PermutationSection.HEADS, ordered));
    }

    private void showHeads(Scenario s) {
        List<String> ids = PermutationSection.of(s).get(PermutationSection.HEADS);
        for (int k = 0; k < headBoxes.size(); k++) {
            headBoxes.get(k).setSelected(ids.contains(HeadKind.values()[k].id()));
        }
    }

    private void show(RaceSnapshot s) {
        shown = s;
        if (playing) {
            context.status().progress(epochText(s), summary(s), s.epochsDone() / (double) s.epochs());
        } else if (s.running() && s.epochsDone() > 0) {
            showHeld(s); // the epoch a pause let finish, or a step's
        }
        if (!s.running()) {
            playing = false;
        }
        showControls();
        redraw();
    }

    /** Tells the bar the race stands at {@code s} until Play: it no longer shows it computing. */
    private void showHeld(RaceSnapshot s) {
        context.status().finished(new Status.Outcome(epochText(s), summary(s), "paused", true, "", List.of()));
    }

    /**
     * Before a new or reset race replaces the one the bar shows running or paused: the bar says so instead of
     * keeping the old race's epoch and a Cancel that has nothing to cancel.
     */
    private void forgetInBar() {
        if (playing || shown != null && shown.epochsDone() > 0) {
            context.status().finished(new Status.Outcome("", "", "", true, "", List.of()));
            context.status().notice("A new training race, at epoch 0: press Play (F7) to train.");
        }
    }

    private static String epochText(RaceSnapshot s) {
        return String.format(Locale.ROOT, "epoch %d of %d", s.epochsDone(), s.epochs());
    }

    private static String summary(RaceSnapshot s) {
        StringBuilder b = new StringBuilder();
        for (RaceSnapshot.HeadTrace h : s.heads()) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s any wrong %.1f",
                    h.head().id(), h.latest().test().proportionAnyWrong()));
        }
        return b.toString();
    }

    private void showControls() {
        boolean ready = shown != null && shown.running();
        playButton.setDisable(playing || !ready);
        pauseButton.setDisable(!playing);
        stepButton.setDisable(!ready);
        resetButton.setDisable(loadedInputs == null);
    }

    private void redraw() {
        RaceCurves.show(shown, loss, tau, constraint);
        boolean untrainedYet = failure == null && (shown == null || shown.epochsDone() == 0);
        untrained.forEach(p -> p.show(untrainedYet));
        showLanes();
        if (shown == null) {
            return;
        }
        RaceSnapshot.HeadTrace trace = shown.trace(shownHead);
        if (trace == null) {
            trace = shown.heads().get(0);
        }
        SortingSnapshot latest = trace.latest();
        sequence.show(latest, RaceCurves.shortLabel(trace.head()));
        int n = latest.exampleInput().length;
        soft.show(n, n, flat(latest.softPermutation()), new double[] {0, 1});
        hard.show(n, n, flat(latest.hardPermutation()), new double[] {0, 1});
        soft.chart().setTitle(RaceCurves.shortLabel(trace.head()) + ": soft matrix" + (trace.head().isNoisy()
                ? " (mean of samples)" : ""));
        hard.chart().setTitle("hard permutation H(χ/τ)");
    }

    /** Each head's lane line: its short name, and while it races its epoch, loss, τ and error rate. */
    private void showLanes() {
        for (int k = 0; k < headBoxes.size(); k++) {
            HeadKind head = HeadKind.values()[k];
            RaceSnapshot.HeadTrace h = shown == null ? null : shown.trace(head);
            String text = RaceCurves.shortLabel(head);
            if (h != null) {
                SortingSnapshot s = h.latest();
                text += String.format(Locale.ROOT, ": epoch %d  loss %.2e  τ %.2f  any wrong %.1f", s.epoch(),
                        s.loss(), s.test().kendallTau(), s.test().proportionAnyWrong());
            }
            headBoxes.get(k).setText(text);
        }
    }

    private static double[] flat(double[][] m) {
        int n = m.length;
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, out, i * n, n);
        }
        return out;
    }
}
