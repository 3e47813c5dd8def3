package org.otexplorer.ui.steps;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.JobListener;
import org.otexplorer.ui.workbench.ScenarioDescription;
import org.otexplorer.ui.workbench.WorkbenchContext;
import org.otexplorer.ui.workbench.WorkbenchView;

/**
 * The step-by-step workbench in a window (StepsView.fxml): the scenario's solve recorded once
 * ({@value #RECORD_CHANNEL}, {@link StepsRun}), then play / pause / step / step back / reset and a slider over its
 * frames; each frame's arrays are rebuilt on the {@value #FRAME_CHANNEL} channel ({@link FrameView}) and handed to
 * the {@link StepsPicture}. The method and its parameters are the scenario's engine section (the transport
 * workbench's too); the frame, the half-step switch and the speed are its {@value StepsSection#NAME} section, so a
 * saved file reopens on the same frame. Only the front workbench records; live updates off (F6) wait for F5.
 */
public final class StepsView implements WorkbenchView {
    static final String RECORD_CHANNEL = "steps.record";
    static final String FRAME_CHANNEL = "steps.frame";

    /** What a recording depends on. */
    private record Inputs(DataSpec data, long seed, EngineSpec engine, Path base) {
        static Inputs of(Scenario s, Path base) {
            return new Inputs(s.data(), s.seed(), s.engine(), base);
        }
    }

    @FXML
    private BorderPane root;
    @FXML
    private ScenarioDescription scenarioDescription;
    @FXML
    private ComboBox<String> method;
    @FXML
    private Label methodDescription;
    @FXML
    private VBox methodControls;
    @FXML
    private VBox sectionControls;
    @FXML
    private Label summary;
    @FXML
    private Button playButton;
    @FXML
    private Button pauseButton;
    @FXML
    private Slider frameSlider;
    @FXML
    private StackPane pictureHolder;

    private final StepsPicture picture = new StepsPicture();
    private final Timeline player = new Timeline(new KeyFrame(Duration.seconds(1), e -> advance()));
    private WorkbenchContext context;
    private MethodControls methodControlsPanel;
    private SteppingControls steppingControls;
    private boolean active;
    private boolean syncingSlider;
    private StepsRun run;
    private Inputs requested;
    private Inputs shownInputs;
    private String failure;
    private int frame;
    private int shownFrame = -1;

    @FXML
    private void initialize() {
        player.setCycleCount(Animation.INDEFINITE);
        pictureHolder.getChildren().setAll(picture.node());
        frameSlider.valueProperty().addListener((o, was, v) -> {
            if (!syncingSlider) {
                showFrame((int) Math.round(v.doubleValue()));
            }
        });
        showPlaying(false);
    }

    /** Connects the view to the window's scenario and service (the workbench opens it). */
    void attach(WorkbenchContext workbench) {
        context = workbench;
        methodControlsPanel = new MethodControls(context.model(), method, methodDescription, methodControls);
        steppingControls = new SteppingControls(context.model(), sectionControls, speed -> {
            if (isPlaying()) {
                player.setRate(speed);
            }
        });
        context.model().scenarioProperty().addListener((o, old, now) -> changed(old, now));
        context.live().addListener((o, was, on) -> catchUp());
        scenarioDescription.show(context.model().descriptionOn(StepsWorkbench.ID));
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public List<MenuItem> computeItems() {
        return List.of(item("Step by step: play/pause", new KeyCodeCombination(KeyCode.F7), this::togglePlay),
                item("Step by step: step", new KeyCodeCombination(KeyCode.F8), this::step),
                item("Step by step: step back", new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN),
                        this::stepBack),
                item("Step by step: reset", new KeyCodeCombination(KeyCode.F9), this::reset));
    }

    @Override
    public void setActive(boolean front) {
        active = front;
        if (front) {
            catchUp();
        } else {
            cancel();
        }
    }

    @Override
    public void recompute() {
        record(context.model().scenario());
    }

    @Override
    public void cancel() {
        if (context.service().isBusy(RECORD_CHANNEL)) {
            requested = null;
        }
        context.service().cancel(RECORD_CHANNEL);
        context.service().cancel(FRAME_CHANNEL);
        pause();
    }

    @Override
    public boolean isIdle() {
        Inputs now = Inputs.of(context.model().scenario(), context.model().baseDirectory());
        boolean quiet = !context.service().isBusy(RECORD_CHANNEL) && !context.service().isBusy(FRAME_CHANNEL);
        return quiet && now.equals(shownInputs) && (failure != null || shownFrame == frame);
    }

    @Override
    public String failure() {
        return failure;
    }

    @Override
    public String primaryFigure() {
        return StepsFigures.STEPS;
    }

    @Override
    public void close() {
        player.stop();
        context.service().cancel(RECORD_CHANNEL);
        context.service().cancel(FRAME_CHANNEL);
    }

    /** The step-through as the figures export it, or null before the first recording. */
    StepsAnimation animation() {
        return run == null || failure != null ? null : new StepsAnimation(run, frame,
                speed(context.model().scenario()), picture.shown());
    }

    @FXML
    void play() {
        if (run == null) {
            return;
        }
        if (frame >= run.frameCount() - 1) {
            showFrame(0);
        }
        player.setRate(speed(context.model().scenario()));
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
        if (run != null) {
            showFrame(run.next(frame, halfSteps(context.model().scenario())));
        }
    }

    @FXML
    void stepBack() {
        pause();
        if (run != null) {
            showFrame(run.previous(frame, halfSteps(context.model().scenario())));
        }
    }

    @FXML
    void reset() {
        pause();
        if (run != null) {
            showFrame(0);
        }
    }

    void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    boolean isPlaying() {
        return player.getStatus() == Animation.Status.RUNNING;
    }

    /** The frame asked for last (shown once its arrays arrive). */
    int frame() {
        return frame;
    }

    StepsRun run() {
        return run;
    }

    StepsPicture picture() {
        return picture;
    }

    Slider slider() {
        return frameSlider;
    }

    ComboBox<String> methodChoice() {
        return method;
    }

    Label summary() {
        return summary;
    }

    /** The control of a parameter of the engine or the steps section, by name (tests). */
    Node control(String name) {
        Node engine = methodControlsPanel.control(name);
        return engine != null ? engine : steppingControls.control(name);
    }

    private void advance() {
        if (run == null || frame >= run.frameCount() - 1) {
            pause();
            return;
        }
        showFrame(run.next(frame, halfSteps(context.model().scenario())));
    }

    /** Asks for frame k's arrays (clamped to the recording) and keeps k in the scenario. */
    private void showFrame(int k) {
        if (run == null) {
            return;
        }
        StepsRun current = run;
        int target = current.clamp(k);
        frame = target;
        setSlider(target);
        if (StepsSection.of(context.model().scenario()).get(StepsSection.FRAME) != target) {
            context.model().updateAppearance(s -> StepsSection.with(s, StepsSection.FRAME, target));
        }
        context.service().submit(FRAME_CHANNEL, job -> current.frame(target), new JobListener<FrameView>() {
            @Override
            public void onResult(FrameView v) {
                if (current == run) {
                    picture.showFrame(v, context.model().scenario().view().colormap());
                    shownFrame = v.frame();
                }
            }

            @Override
            public void onError(long jobId, String message) {
                failure = message;
                summary.setText("cannot show frame " + target + ": " + message);
            }
        });
    }

    private void setSlider(int k) {
        syncingSlider = true;
        try {
            frameSlider.setValue(k);
        } finally {
            syncingSlider = false;
        }
    }

    private void changed(Scenario old, Scenario now) {
        scenarioDescription.show(context.model().descriptionOn(StepsWorkbench.ID));
        if (run != null && Inputs.of(now, context.model().baseDirectory()).equals(shownInputs)) {
            int asked = run.clamp(StepsSection.of(now).get(StepsSection.FRAME));
            if (asked != frame) {
                showFrame(asked);
            } else if (old != null && !old.view().colormap().equals(now.view().colormap())
                    && picture.shown() != null) {
                picture.showFrame(picture.shown(), now.view().colormap());
            }
        }
        catchUp();
    }

    /** Records the scenario's solve if it is stale (live updates on, workbench in front). */
    private void catchUp() {
        if (!active || !context.live().get()) {
            return;
        }
        Scenario s = context.model().scenario();
        if (!Inputs.of(s, context.model().baseDirectory()).equals(requested)) {
            record(s);
        }
    }

    private void record(Scenario s) {
        Inputs inputs = Inputs.of(s, context.model().baseDirectory());
        requested = inputs;
        boolean wasPlaying = isPlaying();
        pause();
        context.service().cancel(FRAME_CHANNEL);
        summary.setText("recording the solve…");
        context.status().running(this::cancel);
        context.service().submit(RECORD_CHANNEL, job -> StepsRun.compute(s, inputs.base(), job),
                new JobListener<StepsRun>() {
                    @Override
                    public void onResult(StepsRun r) {
                        failure = null;
                        shownInputs = inputs;
                        showRun(r, wasPlaying);
                        context.status().finished(r.outcome());
                    }

                    @Override
                    public void onCancelled(long jobId) {
                        context.status().cancelled();
                    }

                    @Override
                    public void onError(long jobId, String message) {
                        failure = message;
                        shownInputs = inputs;
                        run = null;
                        shownFrame = -1;
                        summary.setText("cannot step through: " + message);
                        context.status().error(message);
                    }
                });
    }

    private void showRun(StepsRun r, boolean resume) {
        run = r;
        shownFrame = -1;
        picture.showRun(r);
        summary.setText(r.summary());
        methodControlsPanel.showMeanCost(r.meanCost());
        frameSlider.setMax(Math.max(1, r.frameCount() - 1));
        frameSlider.setDisable(r.frameCount() < 2);
        frame = -1;
        showFrame(StepsSection.of(context.model().scenario()).get(StepsSection.FRAME));
        if (resume) {
            play();
        }
    }

    private static boolean halfSteps(Scenario s) {
        return StepsSection.of(s).get(StepsSection.HALF_STEPS);
    }

    private static double speed(Scenario s) {
        return StepsSection.of(s).get(StepsSection.SPEED);
    }

    private void showPlaying(boolean playing) {
        playButton.setDisable(playing);
        pauseButton.setDisable(!playing);
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }
}
