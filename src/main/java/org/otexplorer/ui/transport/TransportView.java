package org.otexplorer.ui.transport;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.EpsilonAnnealing;
import org.otexplorer.service.HSpectrum;
import org.otexplorer.service.JobListener;
import org.otexplorer.service.MovedSource;
import org.otexplorer.service.RaceView;
import org.otexplorer.service.ProgressUpdate;
import org.otexplorer.service.SolveView;
import org.otexplorer.service.SweepAnalysis;
import org.otexplorer.service.TransportInput;
import org.otexplorer.service.TransportSolve;
import org.otexplorer.ui.charts.AxisTitleFit;
import org.otexplorer.ui.workbench.ScenarioDescription;
import org.otexplorer.ui.workbench.Status;
import org.otexplorer.ui.workbench.WorkbenchContext;
import org.otexplorer.ui.workbench.WorkbenchView;
import org.otexplorer.workbench.Workbenches;

/**
 * The transport and shuffled-regression workbench in a window (TransportView.fxml): the data and solver
 * controls, the source and target, the plan, the H spectrum and the optimizer race. It runs its analyses on the
 * window's compute service: after every edit of the data, the seed or the engine while live updates are on, one job
 * ({@link SolvedPanels}) solves ({@link TransportSolve}) and prepares what the plan and source-and-target panels
 * draw; the FX thread hands them to their panels together, so that they change in the same pulse. When the spectrum
 * is on screen the H-matrix analysis ({@link HSpectrum}) follows as a second delivery ({@link SpectrumDelivery}),
 * the panel marked pending meanwhile. In the back it computes nothing; it catches up when it comes to the front.
 */
public final class TransportView implements WorkbenchView {
    /** The figures' style class while side by side. */
    private static final String SIDE_BY_SIDE_STYLE = "side-by-side";
    /** Where the view split sits when the optimizer traces come forward (they need more height). */
    private static final double TRACE_DIVIDER = 0.5;
    /**
     * The same in presenter mode, where the figures' headers, legends and captions are larger: at 1280×800 half the
     * height left the regression samples' scatter about 85 px of plot under its 140 enlarged markers.
     */
    private static final double PRESENTER_TRACE_DIVIDER = 0.55;
    /** Where the scatter and the plan divide the width (side by side: the height, the plans getting more). */
    private static final double FIGURE_DIVIDER = 0.5;
    private static final double SPLIT_FIGURE_DIVIDER = 0.45;
    /**
     * The side panel's widest share of the window, the quarter it opens with. A split pane hands a window's growth
     * to the side wanting the most (the side panel's unwrapped description) and keeps it on shrinking: opened at
     * 1920 px the panel took 598 px and kept them at 1280, leaving the figures half the window (cramped side by
     * side in presenter mode). It can still be dragged narrower, or hidden (Ctrl+B).
     */
    private static final double SIDEBAR_MAX_SHARE = 0.25;
    /** Whether the bottom panel was on before side by side took its room. */
    private boolean bottomPanelBeforeSplit = true;

    @FXML
    private BorderPane root;
    @FXML
    private ScenarioDescription scenarioDescription;
    @FXML
    private SplitPane sideSplit;
    @FXML
    private javafx.scene.control.ScrollPane sidebar;
    @FXML
    private SplitPane viewSplit;
    @FXML
    private SplitPane figureSplit;
    @FXML
    private TabPane bottomTabs;
    @FXML
    private Tab spectrumTab;
    @FXML
    private Tab traceTab;
    @FXML
    private DataPanelController dataPanelController;
    @FXML
    private ParametersPanelController parametersPanelController;
    @FXML
    private ScatterPanelController scatterPanelController;
    @FXML
    private PlanPanelController planPanelController;
    @FXML
    private SpectrumPanelController spectrumPanelController;
    @FXML
    private TracePanelController tracePanelController;

    private final TransportSolve solve = new TransportSolve();
    /** Pane B's solve side by side (its own warm start), on {@value #SOLVE_B_CHANNEL}. */
    private final TransportSolve solveB = new TransportSolve();
    /** The channel of pane B's solve, beside pane A's. */
    static final String SOLVE_B_CHANNEL = "transport.solveB";
    /** The spectrum panel's line while a dragged point moves. */
    static final String SPECTRUM_WHILE_MOVING = "While the point is dragged the spectrum waits: it is computed for the"
            + " plan when the point rests or is let go.";
    /** The spectrum panel's line while ε anneals (its frames are not the workbench's solve). */
    static final String SPECTRUM_WHILE_ANNEALING = "While ε anneals the spectrum waits: it is computed for the plan at"
            + " the ε the annealing stops at.";
    private final HSpectrum spectrum = new HSpectrum(solve);
    private final CheckMenuItem bottomPanelItem = new CheckMenuItem("_Bottom panel (H spectrum, optimizer traces)");
    private final CheckMenuItem sidePanelItem = new CheckMenuItem("_Side panel (solver and data controls)");
    private final BooleanProperty spectrumVisible = new SimpleBooleanProperty(this, "spectrumVisible");
    private WorkbenchContext context;
    private SpectrumDelivery spectrumDelivery;
    private boolean active;
    private boolean stale = true;
    private long submittedNanos;
    /** How long a running solve may go on after a newer request before it is cut short (see attach). */
    static final java.time.Duration SOLVE_PATIENCE = java.time.Duration.ofMillis(150);
    private double firstError = Double.NaN;
    private double lastLatencyMillis = Double.NaN;
    private Stages lastStages;
    private long solvedCount;
    private String failure;
    private SolveView solved;
    private SolveView solvedB;
    private boolean raceForFigure;
    private AnnealingPlayer annealing;
    private final MovingSource movingSource = new MovingSource();
    /** The scatter's moved cloud and the solve it moved (a registration race), or {@code null}. */
    private SolveView moved;
    private SolveView movedFrom;

    /** Connects the panels to the window's scenario, service and status bar (the workbench opens it). */
    void attach(WorkbenchContext workbench) {
        context = workbench;
        // During a drag of solves slower than its events, a superseded solve may finish within the patience, and is
        // cut short after it, showing the iterate it reached: a picture at least every ~patience (issue 12 item 13).
        context.service().setPatience(TransportSolve.CHANNEL, SOLVE_PATIENCE);
        var model = context.model();
        dataPanelController.bind(model, context.service());
        parametersPanelController.bind(model);
        scatterPanelController.bind(model, context.service());
        scatterPanelController.draftWhile(parametersPanelController.sliding());
        planPanelController.bind(model, context.service());
        spectrumPanelController.bind(model, context.service());
        spectrumDelivery = new SpectrumDelivery(context.service(), spectrum, spectrumPanelController,
                () -> context.model().scenario().view().spectrumThreshold(), this::analyseSpectrum);
        tracePanelController.attach(model, context.status(), context.service());
        annealing = new AnnealingPlayer(context, parametersPanelController, planPanelController,
                scatterPanelController, this::showSolvedInPanels);
        parametersPanelController.setAnnealingControls(annealing.node());
        annealing.playingProperty().addListener((o, was, on) -> analyseSpectrum());
        tracePanelController.watchRace(this::moveSource);
        bottomPanelItem.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));
        bottomPanelItem.setSelected(true);
        bottomPanelItem.selectedProperty().addListener((o, was, on) -> showBottomPanel(on));
        spectrumVisible.bind(bottomPanelItem.selectedProperty().and(spectrumTab.selectedProperty()));
        sidebar.maxWidthProperty().bind(sideSplit.widthProperty().multiply(SIDEBAR_MAX_SHARE));
        // side by side, a change of the window's height keeps the scatter's share (the split pane gave it all to the plans)
        figureSplit.heightProperty().addListener((o, was, now) -> {
            if (figureSplit.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                figureSplit.setDividerPositions(SPLIT_FIGURE_DIVIDER);
            }
        });
        sidePanelItem.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        sidePanelItem.setSelected(true);
        sidePanelItem.selectedProperty().addListener((o, was, on) -> showSidePanel(on));
        spectrumVisible.addListener((o, was, on) -> analyseSpectrum());
        scatterPanelController.editing().moving().addListener((o, was, on) -> analyseSpectrum());
        model.scenarioProperty().addListener((o, old, now) -> scenarioChanged(old, now));
        context.live().addListener((o, was, on) -> {
            if (on && active && stale) {
                recompute();
            }
        });
        showScenario(null, model.scenario());
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public List<MenuItem> computeItems() {
        MenuItem play = item("Optimizer race: play/pause", KeyCode.F7, () -> {
            showTraces();
            tracePanelController.togglePlay();
        });
        MenuItem step = item("Optimizer race: step", KeyCode.F8, () -> {
            showTraces();
            tracePanelController.step();
        });
        MenuItem reset = item("Optimizer race: reset", KeyCode.F9, tracePanelController::reset);
        return List.of(play, step, reset);
    }

    @Override
    public List<MenuItem> viewItems() {
        return List.of(sidePanelItem, bottomPanelItem);
    }

    private static MenuItem item(String text, KeyCode key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(new KeyCodeCombination(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    @Override
    public void setActive(boolean front) {
        active = front;
        annealing.setActive(front);
        if (front && stale && context.live().get()) {
            recompute();
        } else if (!front) {
            cancel();
        }
    }

    @Override
    public void recompute() {
        stale = false;
        submittedNanos = System.nanoTime();
        firstError = Double.NaN;
        context.status().running(this::cancel);
        Scenario s = context.model().scenario();
        boolean analyse = spectrumVisible.get() && !scatterPanelController.editing().moving().get()
                && !annealing.isPlaying();
        double threshold = s.view().spectrumThreshold();
        spectrumDelivery.cancel(); // its plan is about to be replaced
        context.service().submit(TransportSolve.CHANNEL, SolvedPanels.job(solve,
                new TransportInput(s, context.model().baseDirectory()), planPanelController.displayJob(),
                scatterPanelController.displayJob(), analyse ? view -> spectrumDelivery.analyse(view, threshold) : null),
                new JobListener<SolvedPanels>() {
                    @Override
                    public void onProgress(ProgressUpdate update) {
                        showProgress(update);
                    }

                    @Override
                    public void onResult(SolvedPanels panels) {
                        scatterPanelController.solvedFrom(s);
                        showSolved(panels);
                    }

                    @Override
                    public void onCancelled(long jobId) {
                        stale = true;
                        context.status().cancelled();
                    }

                    @Override
                    public void onError(long jobId, String message) {
                        failure = message;
                        context.status().error(message);
                    }
                });
        recomputeB();
    }

    /** Solves pane B (side by side) on its own channel: the same data with {@link SplitSection#engineB}. */
    private void recomputeB() {
        Scenario s = context.model().scenario();
        if (!SplitSection.enabled(s)) {
            return;
        }
        solvedB = null;
        Scenario paneB;
        try {
            paneB = SplitSection.paneB(s);
        } catch (IllegalArgumentException e) {
            planPanelController.showFailureB(e.getMessage());
            return;
        }
        context.service().submit(SOLVE_B_CHANNEL, solveB.job(new TransportInput(paneB, context.model().baseDirectory())),
                new JobListener<SolveView>() {
                    @Override
                    public void onResult(SolveView view) {
                        solvedB = view;
                        planPanelController.showB(view);
                        scatterPanelController.showB(view);
                    }

                    @Override
                    public void onError(long jobId, String message) {
                        planPanelController.showFailureB(message);
                    }
                });
    }

    @Override
    public void cancel() {
        for (String channel : List.of(TransportSolve.CHANNEL, SOLVE_B_CHANNEL, HSpectrum.CHANNEL, SweepAnalysis.CHANNEL)) {
            if (context.service().isBusy(channel)) {
                stale |= TransportSolve.CHANNEL.equals(channel) || SOLVE_B_CHANNEL.equals(channel);
                context.service().cancel(channel);
            }
        }
    }

    @Override
    public void completeForFigure() {
        if (tracePanelController.hasOptimizers()) {
            raceForFigure = true;
            tracePanelController.play();
        }
    }

    @Override
    public boolean isIdle() {
        if (raceForFigure && !tracePanelController.finished()) {
            return false;
        }
        if (annealing.isPlaying()) {
            // the panels show the annealing's frames: idle once its ladder is solved and the frame on screen drawn
            return solvedCount > 0 && !stale && annealing.showsFrame()
                    && !context.service().isBusy(TransportSolve.CHANNEL) && !context.service().isBusy(HSpectrum.CHANNEL)
                    && !context.service().isBusy(PlanPanelController.CHANNEL)
                    && !context.service().isBusy(ScatterPanelController.CHANNEL);
        }
        return solvedCount > 0 && planPanelController.shown() == solved && !stale
                && !context.service().isBusy(TransportSolve.CHANNEL) && !context.service().isBusy(HSpectrum.CHANNEL)
                && !context.service().isBusy(PlanPanelController.CHANNEL)
                && (scatterPanelController.shown() == solved
                        || scatterPanelController.shown() == moved && movedFrom == solved)
                && !context.service().isBusy(ScatterPanelController.CHANNEL)
                && !context.service().isBusy(MovingSource.CHANNEL)
                && !context.service().isBusy(SOLVE_B_CHANNEL)
                && (!SplitSection.enabled(context.model().scenario()) || solvedB == null
                        || planPanelController.shownB() == solvedB && scatterPanelController.shownB() == solvedB
                        && !context.service().isBusy(ScatterPanelController.CHANNEL_B));
    }

    @Override
    public String failure() {
        return context.service().isBusy(TransportSolve.CHANNEL) ? null : failure;
    }

    @Override
    public String primaryFigure() {
        return tracePanelController.hasOptimizers() ? TransportFigures.TRACE : TransportFigures.PLAN;
    }

    @Override
    public void close() {
        annealing.setActive(false);
        cancel();
        tracePanelController.close();
        spectrumPanelController.close();
        scatterPanelController.close();
    }

    /** Milliseconds from the newest finished request's submission to its panels being updated. */
    public double lastLatencyMillis() {
        return lastLatencyMillis;
    }

    /** How many solves have reached the panels (tests wait on it). */
    public long solvedCount() {
        return solvedCount;
    }

    /** The scrolling side panel of controls (tests check what fits on screen). */
    public javafx.scene.control.ScrollPane sidebar() {
        return sidebar;
    }

    public DataPanelController dataPanel() {
        return dataPanelController;
    }

    public ParametersPanelController parametersPanel() {
        return parametersPanelController;
    }

    public PlanPanelController planPanel() {
        return planPanelController;
    }

    public ScatterPanelController scatterPanel() {
        return scatterPanelController;
    }

    public SpectrumPanelController spectrumPanel() {
        return spectrumPanelController;
    }

    public TracePanelController tracePanel() {
        return tracePanelController;
    }

    /** The ε annealing's player. */
    AnnealingPlayer annealing() {
        return annealing;
    }

    /** Regenerates the data with the next seed (the data panel's button, Ctrl+R). */
    public void regenerate() {
        dataPanelController.regenerate();
    }

    private void scenarioChanged(Scenario old, Scenario now) {
        showScenario(old, now);
        if (changesSolve(old, now)) {
            stale = true;
            if (active && context.live().get()) {
                recompute();
            }
        } else {
            if (changesPaneB(old, now) && active && context.live().get()) {
                recomputeB();
            }
            if (!Objects.equals(old.view().spectrumThreshold(), now.view().spectrumThreshold())) {
                analyseSpectrum();
            }
        }
    }

    private void showScenario(Scenario old, Scenario now) {
        scenarioDescription.show(context.model().descriptionOn(Workbenches.DEFAULT));
        boolean split = SplitSection.enabled(now);
        if (old == null || split != SplitSection.enabled(old)) {
            showSideBySide(split, old != null);
        }
        if (now.regression() != null && (old == null || old.regression() == null)) {
            showTraces();
        }
    }

    private void showProgress(ProgressUpdate update) {
        double tolerance = Math.max(context.model().scenario().engine().tolerance(), 1e-300);
        if (Double.isNaN(firstError)) {
            firstError = update.marginalError();
        }
        // Sinkhorn's error decays geometrically: the bar fills as log(error) falls from the first report to the tol.
        double span = Math.log(firstError / tolerance);
        double done = Math.log(firstError / update.marginalError());
        context.status().progress(String.format(Locale.ROOT, "iteration %,d", update.iteration()),
                String.format(Locale.ROOT, "error %.2e", update.marginalError()), span > 0 ? done / span : Double.NaN);
    }

    /** A solve and its panels' displays, prepared in its job: every panel takes its part now; the analysis follows. */
    private void showSolved(SolvedPanels panels) {
        long applying = System.nanoTime();
        SolveView view = panels.view();
        solved = view;
        failure = null;
        if (!annealing.isPlaying()) {
            scatterPanelController.showPrepared(view, panels.scatter());
            planPanelController.showPrepared(view, panels.planSettings(), panels.plan());
        }
        parametersPanelController.showScales(view);
        if (panels.analysing()) {
            spectrumDelivery.planShown(view);
        } else {
            spectrumDelivery.planWithoutAnalysis(view);
            if (view.f() == null) {
                spectrumPanelController.showNotApplicable("The H-matrix belongs to entropic plans; " + view.method()
                        + " has none.");
            } else if (panels.noSpectrum() != null) {
                spectrumPanelController.showNotApplicable(panels.noSpectrum());
            } else {
                analyseSpectrum(); // it was not on screen, or a point is dragged
            }
        }
        lastLatencyMillis = (System.nanoTime() - submittedNanos) * 1e-6;
        context.status().finished(new Status.Outcome(iterationsText(view),
                String.format(Locale.ROOT, "%s %.2e", view.errorName(), view.stoppingError()), view.stopReason(), view.converged(),
                String.format(Locale.ROOT, "%.1f ms solve, %.0f ms to the panels", view.solveSeconds() * 1e3, lastLatencyMillis),
                view.warnings()));
        solvedCount++;
        SolvedPanels.Stages job = panels.stages();
        long applied = System.nanoTime();
        lastStages = new Stages(job.solve(), job.solveCpu(), job.plan(), job.scatter(), job.scatterCpu(), job.job(),
                (applying - job.finishedNanos()) * 1e-6, (applied - applying) * 1e-6, view.requestId(), applied);
    }

    /**
     * Where the newest request's time went, in milliseconds (the latency benchmark prints it).
     *
     * @param solve        the solve, in the job
     * @param solveCpu     its thread's CPU time
     * @param plan         the plan's panes, in the job
     * @param picture      the source-and-target picture, in the job beside the plan
     * @param pictureCpu   its thread's CPU time
     * @param job          the whole job
     * @param toFx         from the job's end to the FX thread taking its result
     * @param apply        the FX thread handing everything to the panels
     * @param requestId    the solve shown
     * @param appliedNanos {@link System#nanoTime} when the panels had it all (the pulses that draw it follow)
     */
    public record Stages(double solve, double solveCpu, double plan, double picture, double pictureCpu, double job,
                         double toFx, double apply, long requestId, long appliedNanos) {
    }

    /** Where the newest shown request's time went, or {@code null} before the first. */
    public Stages lastStages() {
        return lastStages;
    }

    /**
     * Where the newest analysis shown spent its time (its second delivery), in milliseconds.
     *
     * @param analysis     the analysis on the spectrum channel
     * @param analysisCpu  its thread's CPU time
     * @param toFx         from its end to the FX thread taking it
     * @param apply        the FX thread handing it to the panel
     * @param requestId    the solve it analysed
     * @param appliedNanos {@link System#nanoTime} when the panel had it
     */
    public record SpectrumStages(double analysis, double analysisCpu, double toFx, double apply, long requestId,
                                 long appliedNanos) {
    }

    /** Where the newest analysis shown spent its time, or {@code null} before the first. */
    public SpectrumStages lastSpectrumStages() {
        return spectrumDelivery.lastStages();
    }

    /**
     * For a registration scenario, the scatter's source cloud moved by the followed optimizer's newest iterate
     * ({@link MovingSource}); a race without iterations yet shows the solve's own cloud.
     */
    private void moveSource(RaceView race) {
        Scenario s = context.model().scenario();
        int lane = MovedSource.followedLane(s);
        if (!MovedSource.applies(s) || solved == null || lane < 0 || lane >= race.lanes().size()
                || annealing.isPlaying()) {
            return;
        }
        List<double[][]> iterates = race.lanes().get(lane).iterates();
        if (iterates.isEmpty() || iterates.get(iterates.size() - 1) == null) {
            scatterPanelController.show(solved);
            return;
        }
        SolveView base = solved;
        double[][] theta = iterates.get(iterates.size() - 1);
        Path directory = context.model().baseDirectory();
        context.service().submit(MovingSource.CHANNEL, job -> movingSource.move(base, s, directory, theta),
                (JobListener<SolveView>) view -> {
                    moved = view;
                    movedFrom = base;
                    scatterPanelController.show(view);
                });
    }

    /** The newest solve in the scatter and plan panels (the ε annealing shows its own while it plays). */
    private void showSolvedInPanels() {
        if (solved != null) {
            scatterPanelController.show(solved);
            planPanelController.show(solved);
        }
    }

    private static String iterationsText(SolveView view) {
        String count = String.format(Locale.ROOT, "%,d %s", view.iterations(),
                view.iterations() == 1 ? "iteration" : "iterations");
        String phases = view.phases().isEmpty() ? "" : ": " + view.phases();
        return count + phases + (view.warmStarted() ? " (warm start)" : "");
    }

    /**
     * The H-matrix analysis of the shown solve, when the spectrum is on screen and the plan is entropic; not while a
     * dragged point moves (an eigen-decomposition per plan would take the frames' CPU), but when it rests; not while
     * ε anneals (the panels show the ladder's frames, not this solve), but when it stops.
     */
    private void analyseSpectrum() {
        if (solved == null || solved.f() == null || !spectrumVisible.get() || !active) {
            return;
        }
        if (scatterPanelController.editing().moving().get() || annealing.isPlaying()) {
            spectrumDelivery.cancel();
            spectrumPanelController.showNotApplicable(annealing.isPlaying() ? SPECTRUM_WHILE_ANNEALING
                    : SPECTRUM_WHILE_MOVING);
            return;
        }
        spectrumDelivery.analyse(solved, context.model().scenario().view().spectrumThreshold());
        spectrumDelivery.planShown(solved);
    }

    /** Brings the trace tab forward with room for its charts. */
    private void showTraces() {
        bottomPanelItem.setSelected(true);
        if (bottomTabs.getSelectionModel().getSelectedItem() != traceTab) {
            bottomTabs.getSelectionModel().select(traceTab);
            viewSplit.setDividerPositions(context.model().scenario().view().presenterMode() ? PRESENTER_TRACE_DIVIDER
                    : TRACE_DIVIDER);
        }
    }

    /**
     * Side by side, the scatter charts (A | B) go above the plans (A | B | A − B) and the bottom panel gives them
     * its height (the View menu brings it back); switched off, the scatter and the plan are beside each other again
     * and the bottom panel as it was.
     */
    private void showSideBySide(boolean on, boolean restoreBottom) {
        figureSplit.getStyleClass().removeAll(SIDE_BY_SIDE_STYLE, AxisTitleFit.GROUP_STYLE);
        if (on) {
            // presenter mode keeps its legends smaller there, and its five charts' axis titles at one size
            figureSplit.getStyleClass().addAll(SIDE_BY_SIDE_STYLE, AxisTitleFit.GROUP_STYLE);
        }
        figureSplit.setOrientation(on ? javafx.geometry.Orientation.VERTICAL : javafx.geometry.Orientation.HORIZONTAL);
        figureSplit.setDividerPositions(on ? SPLIT_FIGURE_DIVIDER : FIGURE_DIVIDER);
        if (on) {
            bottomPanelBeforeSplit = bottomPanelItem.isSelected();
            bottomPanelItem.setSelected(false);
        } else if (restoreBottom) {
            bottomPanelItem.setSelected(bottomPanelBeforeSplit);
        }
    }

    /** Hides the controls so the figures get the whole width (teaching), or shows them again. */
    private void showSidePanel(boolean on) {
        if (on && !sideSplit.getItems().contains(sidebar)) {
            sideSplit.getItems().add(0, sidebar);
            sideSplit.setDividerPositions(0.25);
        } else if (!on) {
            sideSplit.getItems().remove(sidebar);
        }
    }

    private void showBottomPanel(boolean on) {
        if (on && !viewSplit.getItems().contains(bottomTabs)) {
            viewSplit.getItems().add(bottomTabs);
            viewSplit.setDividerPositions(0.68);
        } else if (!on) {
            viewSplit.getItems().remove(bottomTabs);
        }
    }

    /** Pane B is solved again when side by side is switched on or its method or ε changes. */
    private static boolean changesPaneB(Scenario old, Scenario now) {
        return SplitSection.enabled(now) && (!SplitSection.enabled(old)
                || !Objects.equals(SplitSection.engineB(old), SplitSection.engineB(now)));
    }

    /** View-only edits (colormap, theme, …) redraw without solving again. */
    private static boolean changesSolve(Scenario old, Scenario now) {
        return old == null || !Objects.equals(old.data(), now.data()) || !Objects.equals(old.seed(), now.seed())
                || !Objects.equals(old.engine(), now.engine());
    }
}
