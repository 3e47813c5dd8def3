package org.otexplorer.ui.transport;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.service.AnnealingLadder;
import org.otexplorer.service.AnnealingView;
import org.otexplorer.service.EpsilonAnnealing;
import org.otexplorer.service.JobListener;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.workbench.ParameterControl;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.WorkbenchContext;

/**
 * ε annealing in the transport workbench (issue 14 view 2): a Play button below the ε slider, the ladder and the
 * speed behind a toggle (section {@value AnnealingLadder#SECTION}). Play solves the ladder on the compute service
 * ({@link EpsilonAnnealing}, each rung warm-started from the one before), then walks it down and back at the chosen
 * frames per second, showing each rung's plan (on the colour scale locked over the whole ladder) and matching lines
 * (their opacity on the same locked scale) while
 * the ε slider, disabled, shows the rung's ε. Stop hands the controls back with ε set to the rung on screen, in one
 * edit. A change of the data, the method or the ladder while playing solves the ladder again; the section's
 * {@code play} flag keeps whether it plays (an appearance, like the front tab: it does not mark the file unsaved).
 */
final class AnnealingPlayer {
    private final WorkbenchContext context;
    private final ParametersPanelController parameters;
    private final PlanPanelController plan;
    private final ScatterPanelController scatter;
    private final Runnable restore;
    private final EpsilonAnnealing analysis = new EpsilonAnnealing();
    private final ToggleButton play = new ToggleButton();
    private final Label state = new Label();
    private final Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> advance()));
    private final VBox node;
    private final List<ParameterControl<?>> controls;
    private final ScenarioEditor editor;
    private boolean active;
    /** Whether it plays (or solves its ladder to play it); the spectrum panel waits meanwhile. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper playing =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private AnnealingView annealing;
    private List<Object> annealedFor;
    private List<Object> solvingFor;
    private int frame;

    /**
     * @param restore shows the workbench's own newest solve in the panels again (after a stop that leaves ε as it
     *                was, so no new solve comes)
     */
    AnnealingPlayer(WorkbenchContext context, ParametersPanelController parameters, PlanPanelController plan,
            ScatterPanelController scatter, Runnable restore) {
        this.context = context;
        this.restore = restore;
        this.parameters = parameters;
        this.plan = plan;
        this.scatter = scatter;
        timeline.setCycleCount(Timeline.INDEFINITE);
        play.setId("annealing-play");
        play.setTooltip(new Tooltip("Walk ε down the annealing ladder and back, warm-started, on a locked colour "
                + "scale; Stop keeps the ε on screen."));
        play.setOnAction(e -> {
            if (play.isSelected()) {
                context.model().updateAppearance(s -> withPlay(s, true));
            } else {
                stop();
            }
        });
        state.setId("annealing-state");
        state.getStyleClass().add("hint");
        state.setMinWidth(0);
        controls = AnnealingLadder.PARAMETERS.stream().filter(p -> p != AnnealingLadder.PLAY)
                .<ParameterControl<?>>map(this::control).toList();
        VBox ladder = new VBox(8);
        ladder.setId("annealing-ladder");
        controls.forEach(c -> ladder.getChildren().add(c.node()));
        // one row until asked for: the side panel keeps every method's controls on screen at 1280x800
        ladder.setVisible(false);
        ladder.setManaged(false);
        ToggleButton ladderToggle = new ToggleButton("ladder…");
        ladderToggle.setId("annealing-ladder-toggle");
        ladderToggle.setTooltip(new Tooltip("Show or hide the annealing ladder (from, to, steps per decade) and "
                + "its speed."));
        ladder.visibleProperty().bind(ladderToggle.selectedProperty());
        ladder.managedProperty().bind(ladderToggle.selectedProperty());
        // the buttons keep their text at any side-panel width; the state has a line of its own under them (beside
        // them it was cut to "…" at 1280x800, where the buttons leave it about 13 px)
        play.setMinWidth(Region.USE_PREF_SIZE);
        ladderToggle.setMinWidth(Region.USE_PREF_SIZE);
        state.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, play, ladderToggle);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        node = new VBox(2, row, state, ladder);
        node.setId("annealing-controls");
        editor = new ScenarioEditor(context.model(), s -> s.section(AnnealingLadder.SECTION), this::showSection);
        plan.onDrawn(this::drawn);
        context.model().scenarioProperty().addListener((o, old, now) -> scenarioChanged(now));
        scenarioChanged(context.model().scenario());
    }

    private <T> ParameterControl<T> control(Parameter<T> p) {
        return ParameterControl.of(p, value -> editor.edit(s -> s.withSection(AnnealingLadder.SECTION,
                s.section(AnnealingLadder.SECTION).with(p, value))), null);
    }

    /** The controls, placed beside the ε slider by the parameters panel. */
    Node node() {
        return node;
    }

    /** Whether the annealing plays (or solves its ladder to play it). */
    boolean isPlaying() {
        return playing.get();
    }

    /** {@link #isPlaying}, to be watched. */
    javafx.beans.property.ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /**
     * Whether, while it plays, the panels show one of the frames of its ladder solved for the scenario as it is now
     * (what "idle" means for a playing window: nothing is left to compute, only frames to step through).
     */
    boolean showsFrame() {
        AnnealingView shown = shownAnnealing();
        return playing.get() && shown != null && !context.service().isBusy(EpsilonAnnealing.CHANNEL)
                && plan.shown() == shown.frame(frame) && scatter.shown() == shown.frame(frame);
    }

    /** The annealing last solved for the scenario as it is now, or {@code null}. */
    AnnealingView shownAnnealing() {
        return Objects.equals(annealedFor, key(context.model().scenario())) ? annealing : null;
    }

    /** The frame on screen (0-based, of {@link AnnealingView#frameCount()}). */
    int frame() {
        return frame;
    }

    Scenario scenario() {
        return context.model().scenario();
    }

    /** The workbench came to the front (plays if the scenario says so) or went to the back (pauses). */
    void setActive(boolean front) {
        active = front;
        if (front) {
            scenarioChanged(context.model().scenario());
        } else if (playing.get()) {
            halt(true);
        }
    }

    /** Stop: the controls come back, ε set to the rung on screen. */
    void stop() {
        boolean shown = playing.get() && annealing != null && Objects.equals(annealedFor, key(scenario()));
        if (shown) {
            double rung = annealing.rungs()[annealing.rungOfFrame(frame)];
            // a new ε brings a new solve to the panels; the same ε shows the workbench's own solve of it again
            halt(rung == scenario().engine().epsilon().value());
            context.model().update(s -> withPlay(s.withEngine(s.engine().with(SolverParameters.EPSILON,
                    s.engine().epsilon().withValue(rung))), false));
        } else {
            halt(true);
            context.model().updateAppearance(s -> withPlay(s, false));
        }
    }

    private static Scenario withPlay(Scenario s, boolean on) {
        return s.withSection(AnnealingLadder.SECTION, s.section(AnnealingLadder.SECTION).with(AnnealingLadder.PLAY, on));
    }

    /** What an annealing depends on: everything that makes the problem and the solves, except ε itself and play. */
    private static List<Object> key(Scenario s) {
        ParameterValues section = s.section(AnnealingLadder.SECTION);
        Epsilon eps = s.engine().epsilon();
        return Arrays.asList(s.data(), s.seed(), s.engine().with(SolverParameters.EPSILON, eps.withValue(1)),
                section.get(AnnealingLadder.FROM), section.get(AnnealingLadder.TO),
                section.get(AnnealingLadder.STEPS_PER_DECADE));
    }

    private void showSection(Scenario s) {
        ParameterValues section = s.section(AnnealingLadder.SECTION);
        for (ParameterControl<?> c : controls) {
            show(c, section);
        }
        timeline.setRate(section.get(AnnealingLadder.FRAMES_PER_SECOND));
        if (!playing.get()) {
            describeLadder(s);
        }
    }

    private static <T> void show(ParameterControl<T> c, ParameterValues section) {
        c.show(section.get(c.parameter()));
    }

    private void describeLadder(Scenario s) {
        try {
            AnnealingLadder ladder = AnnealingLadder.of(s.section(AnnealingLadder.SECTION));
            state.setText(String.format(Locale.ROOT, "%s → %s, %d rungs", Parameter.format(ladder.from()),
                    Parameter.format(ladder.to()), ladder.rungs().length));
        } catch (IllegalArgumentException e) {
            state.setText(e.getMessage());
        }
    }

    private void scenarioChanged(Scenario s) {
        boolean wanted = s.section(AnnealingLadder.SECTION).get(AnnealingLadder.PLAY);
        play.setSelected(wanted);
        play.setText(wanted ? "■ Stop" : "▶ Anneal ε");
        if (!wanted || !active) {
            if (playing.get()) {
                halt(true);
            }
            return;
        }
        List<Object> key = key(s);
        if (playing.get() && (key.equals(annealedFor) || key.equals(solvingFor))) {
            return;
        }
        start(s, key);
    }

    private void start(Scenario s, List<Object> key) {
        playing.set(true);
        parameters.showAnnealing(true);
        if (key.equals(annealedFor) && annealing != null) {
            begin();
            return;
        }
        timeline.stop();
        solvingFor = key;
        state.setText("solving…");
        EpsilonAnnealing.Input input;
        try {
            input = EpsilonAnnealing.Input.of(s, context.model().baseDirectory());
        } catch (IllegalArgumentException e) {
            failed(e.getMessage());
            return;
        }
        analysis.submit(context.service(), input, new JobListener<AnnealingView>() {
            @Override
            public void onPartial(AnnealingView partial) {
                state.setText(String.format(Locale.ROOT, "solving %d of %d",
                        partial.solves().size(), input.ladder().rungs().length));
            }

            @Override
            public void onResult(AnnealingView result) {
                solvingFor = null;
                annealing = result;
                annealedFor = key;
                frame = 0;
                int iterations = result.solves().stream().mapToInt(SolveView::iterations).sum();
                context.status().notice(String.format(Locale.ROOT, "ε annealing: %d rungs solved in %,d iterations "
                        + "(each warm-started from the one before)", result.rungs().length, iterations));
                if (playing.get()) {
                    begin();
                }
            }

            @Override
            public void onError(long jobId, String message) {
                solvingFor = null;
                failed(message);
            }
        });
    }

    private void failed(String message) {
        context.status().error("ε annealing: " + message);
        halt(true);
        context.model().updateAppearance(s -> withPlay(s, false));
        state.setText(message);
    }

    /** Plays the solved ladder from the frame on screen, on its locked colour scale. */
    private void begin() {
        plan.lockRange(AnnealingFigure.lockedRange(annealing, scenario().view()));
        scatter.lockLineScale(annealing.largestPlanEntry());
        showFrame();
        timeline.setRate(scenario().section(AnnealingLadder.SECTION).get(AnnealingLadder.FRAMES_PER_SECOND));
        timeline.play();
    }

    /** The next frame, once the one handed to the panels is drawn: under load the walk slows, it never skips. */
    private void advance() {
        if (playing.get() && annealing != null && plan.shown() == annealing.frame(frame)) {
            frame = (frame + 1) % annealing.frameCount();
            showFrame();
        }
    }

    /**
     * Hands the frame to the panels; the slider and the state line follow when the plan has been drawn with it
     * ({@link #drawn}), so under load they never name a rung ahead of the picture.
     */
    private void showFrame() {
        SolveView s = annealing.frame(frame);
        boolean drawnAlready = plan.shown() == s; // the rung at either end of the walk is shown twice in a row
        plan.show(s);
        scatter.show(s);
        if (drawnAlready) {
            describeFrame();
        }
    }

    private void drawn(SolveView shown) {
        if (playing.get() && annealing != null && shown == annealing.frame(frame)) {
            describeFrame();
        }
    }

    private void describeFrame() {
        double rung = annealing.rungs()[annealing.rungOfFrame(frame)];
        parameters.showAnnealedEpsilon(scenario().engine().epsilon().withValue(rung));
        boolean down = frame < annealing.rungs().length;
        state.setText(String.format(Locale.ROOT, "%s rung %d of %d", down ? "↓" : "↑",
                annealing.rungOfFrame(frame) + 1, annealing.rungs().length));
    }

    /**
     * Stops the clock and any ladder solve; the panels return to the scenario's own colour range and, with
     * {@code restoreSolve}, to the workbench's own newest solve.
     */
    private void halt(boolean restoreSolve) {
        boolean was = playing.get();
        playing.set(false);
        timeline.stop();
        solvingFor = null;
        context.service().cancel(EpsilonAnnealing.CHANNEL);
        plan.lockRange(null);
        scatter.lockLineScale(0);
        parameters.showAnnealing(false);
        describeLadder(scenario());
        if (was && restoreSolve) {
            restore.run();
        }
    }
}
