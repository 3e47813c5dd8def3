package org.otexplorer.ui.transport;

import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.otexplorer.io.InlinePoints;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.charts.LinePicture;
import org.otexplorer.ui.charts.MatchingLines;
import org.otexplorer.ui.charts.ScatterData;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * The source-and-target panel (ScatterPanel.fxml): the two clouds projected on two chosen coordinates, every
 * visible matching line of the plan, markers sized by the mass moved, the generator's outliers ringed, and an
 * equal-aspect switch; the coordinates ({@link CoordinateMenus}) and the switch are kept in the scenario's view
 * settings. Side by side (section {@value SplitSection#NAME}) a second chart, pane B, shows the second solve beside
 * it, zoomed with it. What each chart draws ({@link ScatterData}
 * and its {@link LinePicture}) is prepared off the FX thread by its {@link ScatterPane} on its own channel
 * ({@value #CHANNEL}, {@value #CHANNEL_B}), one job at a time, after a new solve, a new projection, or when the
 * chart's geometry changes (resize, zoom, new axis ranges).
 */
public final class ScatterPanelController {
    /** The channel the display preparation runs on. */
    static final String CHANNEL = "transport.scatterDisplay";
    /** The channel of pane B's display (side by side). */
    static final String CHANNEL_B = "transport.scatterDisplayB";
    /** How the points are edited, under the chart. */
    static final String EDIT_HINT = "Drag a point to move it · click: new source, Shift+click: new target · Delete:"
            + " remove the point under the pointer · scroll on a point: its weight";
    /** The edit hint in fewer words, for a narrow panel (longest first; the tooltip keeps {@link #EDIT_HINT}). */
    static final List<String> EDIT_HINTS = List.of(EDIT_HINT,
            "Drag: move a point · click: new source, Shift+click: new target · Delete: remove · scroll: weight",
            "drag: move · click, Shift+click: add · Delete: remove · scroll: weight",
            "drag · click · Shift+click · Delete · scroll (hover for how)",
            "editing: hover for how");
    /** What the source-and-target chart of a regression scenario shows, for the summary's tooltip. */
    static final String REGRESSION_PROBLEM = "A regression scenario's OT problem: the least-squares predictions XΘ_LS of"
            + " its training samples (source) against their shuffled responses (target), in the responses' dimension."
            + " The data panel's n and d are the generator's: its sample count (a test split may be part of it) and the"
            + " inputs' dimension.";

    /** Why the points of a regression scenario are not edited. */
    static final String NOT_EDITABLE = "The points of a regression scenario come from its data generator: they are"
            + " not edited here.";
    private static final List<String> NOT_EDITABLE_HINTS = List.of(NOT_EDITABLE,
            "The points come from the data generator: not edited here.", "points not editable (generated)");
    /** Mass differences below this fraction of Σa are rounding, not dropped mass. */
    private static final double MASS_TOLERANCE = 1e-6;

    @FXML
    private Label summary;
    @FXML
    private Tooltip summaryTip;
    @FXML
    private StackPane chartHolder;
    @FXML
    private ComboBox<String> xCoordinate;
    @FXML
    private ComboBox<String> yCoordinate;
    @FXML
    private Label editHint;
    @FXML
    private Tooltip editHintTip;
    @FXML
    private CheckBox equalAspect;

    private final Label titleA = TitledPanes.title();
    private final Label titleB = TitledPanes.title();
    private final ScatterPane paneA = new ScatterPane(CHANNEL, this::drawnA,
            message -> summary.setText("The source-and-target display failed: " + message));
    private final ScatterPane paneB = new ScatterPane(CHANNEL_B, this::drawnB,
            message -> TitledPanes.show(titleB, "B: the display failed: " + message));
    private final HBox panes = new HBox(6);
    private final VBox boxA = TitledPanes.pane(titleA, paneA.chart().chart());
    private final VBox boxB = TitledPanes.pane(titleB, paneB.chart().chart());
    private ComputeService service;
    private boolean sideBySide;
    private ScenarioModel model;
    private Scenario solvedFrom;
    private PointEditing editing;
    private CoordinateMenus coordinates;
    /** A slider of the side panel is being dragged (see {@link #draftWhile}). */
    private final javafx.beans.property.BooleanProperty sliding = new javafx.beans.property.SimpleBooleanProperty();
    /** A point or a slider is being dragged: the pictures are drafts. */
    private javafx.beans.binding.BooleanBinding gesture;

    @FXML
    private void initialize() {
        paneA.setRetry(() -> prepare(paneA));
        paneB.setRetry(() -> prepare(paneB));
        paneA.chart().link(paneB.chart());
        titleB.getTooltip().setWrapText(true);
        titleB.getTooltip().setMaxWidth(480);
        // Both panes stay in the scene: chart-fx read-locks a chart's data sets before a layout and unlocks them
        // after the pulse's drawing, so a chart taken out of the scene in between keeps its locks for ever and the
        // next new data for it blocks the FX thread. Pane B is hidden, not removed.
        panes.getChildren().setAll(boxA, boxB);
        boxB.setVisible(false);
        boxB.setManaged(false);
        titleA.setVisible(false);
        titleA.setManaged(false);
        chartHolder.getChildren().setAll(panes);
    }

    /**
     * Links the coordinate menus, the equal-aspect switch and side by side to the scenario and prepares displays on
     * {@code compute}.
     */
    void bind(ScenarioModel scenarioModel, ComputeService compute) {
        model = scenarioModel;
        service = compute;
        paneA.chart().setPictureRequests(() -> prepare(paneA));
        paneB.chart().setPictureRequests(() -> prepare(paneB));
        coordinates = new CoordinateMenus(xCoordinate, yCoordinate, model, this::prepare);
        editing = new PointEditing(paneA.chart(), model, this::editablePoints, coordinates::horizontal,
                coordinates::vertical);
        gesture = editing.moving().or(sliding);
        gesture.addListener((o, was, on) -> {
            if (paneA.setDraft(on)) {
                prepare(paneA);
            }
        });
        FittedText.follow(editHint);
        // In presenter mode a lecture has no use for "not edited here", and the plot needs the line more.
        new ScenarioEditor(model, s -> List.of(s.regression() == null, s.view().presenterMode()), s -> {
            boolean hinted = s.regression() == null || !s.view().presenterMode();
            editHint.setVisible(hinted);
            editHint.setManaged(hinted);
            FittedText.show(editHint, s.regression() == null ? EDIT_HINTS : NOT_EDITABLE_HINTS);
            editHintTip.setText(s.regression() == null ? EDIT_HINT + " · Edit → Undo (Ctrl+Z) takes an edit back;"
                    + " generated data become points written in the scenario at the first edit." : NOT_EDITABLE);
        });
        ScenarioEditor editor = new ScenarioEditor(model, s -> s.view().equalAspect(), s -> {
            equalAspect.setSelected(s.view().equalAspect());
            setEqualAspect(s.view().equalAspect()); // also before the listener below exists
        });
        equalAspect.selectedProperty().addListener((o, a, on) -> {
            setEqualAspect(on);
            editor.edit(s -> s.withView(s.view().withEqualAspect(on)));
        });
        new ScenarioEditor(model, SplitSection::enabled, s -> showSideBySide(SplitSection.enabled(s)));
    }

    private void setEqualAspect(boolean on) {
        paneA.chart().setEqualAspect(on);
        paneB.chart().setEqualAspect(on);
    }

    /** Shows pane B beside pane A (side by side) or pane A alone. */
    private void showSideBySide(boolean on) {
        sideBySide = on;
        if (!on) {
            paneB.setView(null);
        }
        titleA.setVisible(on);
        titleA.setManaged(on);
        TitledPanes.show(titleB, "B: solving…");
        boxB.setVisible(on);
        boxB.setManaged(on);
    }

    /** Records the scenario the next solve shown was made from (its generated points may become edited ones). */
    void solvedFrom(Scenario scenario) {
        solvedFrom = scenario;
    }

    /**
     * The points to edit: the scenario's own, or the generated ones of the solve shown when it was made from the
     * scenario's data and seed; {@code null} for a regression scenario (its generator is its data) or while the
     * picture is of other data.
     */
    private InlinePoints editablePoints() {
        Scenario s = model.scenario();
        if (s.regression() != null) {
            return null;
        }
        if (s.data().points() != null) {
            return s.data().points();
        }
        SolveView view = paneA.view();
        boolean current = view != null && solvedFrom != null && solvedFrom.data().equals(s.data())
                && solvedFrom.seed().equals(s.seed());
        return current ? new InlinePoints(view.sourcePoints(), view.targetPoints(), view.sourceWeights(),
                view.targetWeights()) : null;
    }

    /** The direct manipulation of the points (tests read the hovered point). */
    /**
     * Draws draft pictures while {@code dragging} holds too (a parameter slider's thumb is held: a new plan every
     * frame, as while a point moves), the full picture once it is let go.
     */
    void draftWhile(javafx.beans.value.ObservableBooleanValue dragging) {
        sliding.bind(dragging);
    }

    public PointEditing editing() {
        return editing;
    }

    /** Shows a new solve's points and plan, on the scenario's coordinates (or 1 and 2 where it lacks them). */
    void show(SolveView solved) {
        paneA.setView(solved);
        showProjection(solved);
        prepare(paneA);
    }

    /**
     * What pane A draws for the next solve, read now on the FX thread (the scenario's coordinates, geometry, line
     * scale) and run in the solve's job; it returns {@code null} before the first solve is shown and when the solve's
     * dimension is not the one shown (the picture is then prepared once the solve is on screen: a first solve handed
     * in with its picture made in the solve's job left the FX thread waiting for ever on a chart-fx data-set lock in
     * the window on Xvfb, not under Monocle).
     */
    java.util.function.Function<SolveView, ScatterPane.Prepared> displayJob() {
        SolveView shown = paneA.view();
        if (shown == null) {
            return solved -> null;
        }
        int d = shown.sourcePoints()[0].length;
        var display = paneA.displayJob(CoordinateMenus.projection(model.scenario()));
        return solved -> solved.sourcePoints()[0].length == d ? display.apply(solved) : null;
    }

    /**
     * Shows a new solve with pane A's display prepared by {@link #displayJob} ({@code null}: prepared now); prepared
     * again when the coordinates were chosen anew while it was being made.
     */
    void showPrepared(SolveView solved, ScatterPane.Prepared prepared) {
        if (prepared == null) {
            show(solved);
            return;
        }
        showProjection(solved);
        paneA.showPrepared(solved, prepared);
        if (!prepared.projection().equals(CoordinateMenus.projection(model.scenario()).apply(solved))) {
            prepare(paneA);
        }
    }

    /** The menus and the equal-aspect switch for a solve's points (before its picture is handed to the chart). */
    private void showProjection(SolveView solved) {
        coordinates.show(solved);
        equalAspect.setDisable(solved.sourcePoints()[0].length == 1);
    }

    /** Shows pane B's new solve beside pane A's (side by side). */
    void showB(SolveView solved) {
        paneB.setView(solved);
        prepare(paneB);
    }

    /**
     * Draws pane A's lines' opacity on a scale whose top is at least {@code largest} (an animation's locked scale,
     * the ε annealing's largest entry over its ladder); 0 returns to each plan's own largest entry.
     */
    void lockLineScale(double largest) {
        if (paneA.setLineScale(largest)) {
            prepare(paneA);
        }
    }

    /** Shows coordinates (x, y) of the points (0-based): a scenario edit, as a pick in the menus. */
    public void project(int x, int y) {
        coordinates.pick(x, y);
    }

    /**
     * What the panel draws for a solve on the coordinates a view chooses ({@link Projection}): points, lines, the
     * shares of mass moved and the outliers (the exported figures' pictures, so they equal the screen).
     */
    static ScatterData display(SolveView s, ViewSpec view) {
        return display(s, view, 0);
    }

    /** The same, the lines' opacity on a scale whose top is at least {@code largest} (the annealing's, locked). */
    static ScatterData display(SolveView s, ViewSpec view, double largest) {
        return display(s, Projection.of(view, s.sourcePoints()[0].length), largest);
    }

    /** The same, projected on {@code p}. */
    static ScatterData display(SolveView s, Projection p, double largest) {
        return ScatterData.of(s.sourcePoints(), s.targetPoints(), s.plan(), p.x(), p.y(), largest)
                .withMassMoved(s.rowSums(), s.columnSums(), s.sourceWeights(), s.targetWeights())
                .withOutlierTargets(s.outlierTargets());
    }

    private void prepare() {
        prepare(paneA);
        if (sideBySide) {
            prepare(paneB);
        }
    }

    private void prepare(ScatterPane pane) {
        if (model != null) {
            pane.prepare(service, CoordinateMenus.projection(model.scenario()));
        }
    }

    private void drawnA(SolveView solved, ScatterPane.Prepared prepared) {
        boolean regression = solvesRegression();
        summary.setText(summaryText(solved, prepared.data().lines(), regression));
        summaryTip.setText(linesText(prepared.data().lines(), prepared.picture())
                + (regression ? "\n" + REGRESSION_PROBLEM : ""));
        TitledPanes.showSolve(titleA, "A", solved);
    }

    private void drawnB(SolveView solved, ScatterPane.Prepared prepared) {
        TitledPanes.showSolve(titleB, "B", solved);
        titleB.getTooltip().setText(summaryText(solved, prepared.data().lines(), solvesRegression()));
    }

    /**
     * Whether the solves shown are of a regression scenario's problem: read from the scenario they were solved from,
     * not from the current one, which a newly opened file replaces before its first solve is shown (a picture of the
     * old solve redrawn meanwhile was captioned as the new file's: "60 LS predictions" over 60 blob points).
     */
    private boolean solvesRegression() {
        return (solvedFrom != null ? solvedFrom : model.scenario()).regression() != null;
    }

    /**
     * n, m, d — for a regression scenario (whose data panel counts all samples and input dimensions) the OT problem's
     * own: n least-squares predictions against m responses of dimension d —, ε (for an entropic plan; exact plans
     * and IPOT's have none), the number of lines, the mass the plan drops (Σa − ΣP) or creates when it does not move
     * all of Σa, and how much of their prescribed mass the generator's outliers receive.
     */
    static String summaryText(SolveView s, MatchingLines lines, boolean regression) {
        double prescribed = sum(s.sourceWeights());
        double moved = sum(s.rowSums());
        String sizes = String.format(Locale.ROOT, regression ? "%d LS predictions → %d responses, dim %d"
                : "n = %d, m = %d, d = %d", s.n(), s.m(), s.sourcePoints()[0].length);
        String text = String.format(Locale.ROOT, "%s%s   %,d lines", sizes, s.epsilon() > 0 ? String.format(Locale.ROOT, "   ε = %.3g (%.3g × mean C)",
                        s.epsilon(), s.relativeEpsilon()) : "", lines.count());
        double dropped = prescribed - moved;
        if (Math.abs(dropped) > MASS_TOLERANCE * prescribed) {
            text += String.format(Locale.ROOT, "   %s %.3g of Σa = %.3g (%.1f %%)", dropped > 0 ? "dropped" : "created",
                    Math.abs(dropped), prescribed, 100 * Math.abs(dropped) / prescribed);
        }
        int outliers = s.outlierTargets();
        if (outliers > 0) {
            double owed = 0;
            double received = 0;
            for (int j = 0; j < outliers; j++) {
                owed += s.targetWeights()[j];
                received += s.columnSums()[j];
            }
            text += String.format(Locale.ROOT, "   %d outliers receive %.3g of their %.3g", outliers, received, owed);
        }
        return text;
    }

    /** What the line drawing shows and leaves out, for the summary's tooltip. */
    static String linesText(MatchingLines lines, LinePicture picture) {
        String text = String.format(Locale.ROOT, "Every plan entry P_ij at least 1/255 of the largest is a line from"
                + " source i to target j, its opacity P_ij / max P: %,d lines. %,d lighter positive entries are not"
                + " drawn (each would change a pixel by less than one colour step).", lines.count(), lines.culled());
        if (picture != null && picture.reduction() > 1) {
            text += String.format(Locale.ROOT, " The %,d heaviest are sharp; the other %,d, faint, are drawn at 1/%d"
                    + " resolution.", picture.sharp(), lines.count() - picture.sharp(), picture.reduction());
        }
        return text + " Marker area: the share of the point's mass the plan moves (an empty outline moves nothing);"
                + " rings: outliers the data generator added.";
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    /** Stops preparing displays (the window is closing; its service stops). */
    void close() {
        service = null;
    }

    /** The chart of pane A, the scenario's solve (for export and tests). */
    public DataScatterChart chart() {
        return paneA.chart();
    }

    /** The chart of pane B (side by side; tests). */
    public DataScatterChart chartB() {
        return paneB.chart();
    }

    /** Whether pane B is on screen beside pane A. */
    public boolean showsPaneB() {
        return boxB.isVisible();
    }

    /** The summary line under the chart, as shown (tests). */
    public String summary() {
        return summary.getText();
    }

    /** The solve whose display is drawn, or {@code null} before the first. */
    public SolveView shown() {
        return paneA.shown();
    }

    /** Pane B's solve as drawn, or {@code null}. */
    public SolveView shownB() {
        return paneB.shown();
    }
}
