package org.otexplorer.ui.transport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.JobListener;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.MarginalKey;
import org.otexplorer.ui.charts.PlanHeatmapChart;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;

/**
 * The plan panel (PlanPanel.fxml): the plan P or the cost matrix C (section {@value PlanViewSection#NAME}), colormap,
 * log colour scale and sort-by-assignment controls, and — side by side (section {@value SplitSection#NAME}, issue 14
 * view 5) — a second pane B with the plan of another method or ε on the same data, on one colour scale shared with
 * pane A, zoomed and hovered together, and optionally a third pane with P_A − P_B. What the panes draw
 * ({@link PlanPanes}: orders, logs, the shared range, the difference) is prepared off the FX thread on the
 * {@value #CHANNEL} channel, after a new solve of either pane or a change of these settings only. Pane B's solve is
 * run by the workbench view ({@link TransportView}) on its own channel and handed in with {@link #showB}.
 */
public final class PlanPanelController {
    /** The channel the display preparation runs on. */
    static final String CHANNEL = "transport.planDisplay";
    /** The ε factors pane B's menu offers (any other the scenario holds is added). */
    private static final List<Double> FACTORS = List.of(0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0);

    @FXML
    private Label title;
    @FXML
    private ComboBox<String> matrix;
    @FXML
    private ComboBox<String> colormap;
    @FXML
    private CheckBox logScale;
    @FXML
    private ComboBox<Integer> decades;
    @FXML
    private CheckBox lockColors;
    @FXML
    private CheckBox sortByAssignment;
    @FXML
    private CheckBox split;
    @FXML
    private FlowPane splitControls;
    /** The header row the side-by-side switch sits in when it is off. */
    private FlowPane header;
    @FXML
    private ComboBox<SplitSection.Preset> preset;
    @FXML
    private ComboBox<String> methodB;
    @FXML
    private ComboBox<Double> factorB;
    @FXML
    private CheckBox difference;
    @FXML
    private HBox panes;
    @FXML
    private HBox footer;
    @FXML
    private Label summary;

    private final PlanHeatmapChart chart = new PlanHeatmapChart();
    private final PlanHeatmapChart chartB = new PlanHeatmapChart();
    private final PlanHeatmapChart differenceChart = new PlanHeatmapChart();
    private final Label titleA = TitledPanes.title();
    private final Label titleB = TitledPanes.title();
    private final Label titleDifference = TitledPanes.title();
    private final VBox paneA = pane(titleA, chart);
    private final VBox paneB = pane(titleB, chartB);
    private final VBox paneDifference = pane(titleDifference, differenceChart);
    /** Side by side, the strips' key once for the panes (their corners then give the room to the plans). */
    private final MarginalKey key = new MarginalKey(PlanPaneDrawing.PLAN_KEY);
    private ScenarioEditor editor;
    private ComputeService service;
    private SolveView view;
    private SolveView viewB;
    private String failureB;
    private SolveView displayed;
    private SolveView displayedB;
    private PlanPanes shownPanes;
    private double[] animationRange;
    private Consumer<SolveView> onDrawn = drawn -> { };

    @FXML
    private void initialize() {
        matrix.getItems().setAll(PlanViewSection.MATRIX.type().choices());
        colormap.getItems().setAll(ViewSpec.COLORMAPS);
        decades.getItems().setAll(3, 6, 9, 12, 16);
        decades.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer d) {
                return d == null ? "" : d + " decades";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replaceAll("\\D", ""));
            }
        });
        preset.getItems().setAll(SplitSection.PRESETS);
        methodB.getItems().setAll(SplitSection.METHOD.type().choices());
        factorB.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double f) {
                return f == null ? "" : String.format(Locale.ROOT, "ε × %s", org.otexplorer.parameters.Parameter.format(f));
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replaceAll("[^0-9.eE+-]", ""));
            }
        });
        chart.link(chartB);
        chart.link(differenceChart);
        chartB.link(differenceChart);
        titleA.setVisible(false);
        titleA.setManaged(false);
        // Every pane is in the scene from the start (hidden until shown), so that its charts are laid out and their
        // strips aligned with the scene's geometry when they appear.
        panes.getChildren().setAll(paneA, paneB, paneDifference);
        showPanes(List.of(paneA));
        key.node().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        footer.getChildren().add(0, key.node());
    }

    private static VBox pane(Label paneTitle, PlanHeatmapChart heatmap) {
        StackPane holder = new StackPane(heatmap.chart());
        holder.getStyleClass().add("chart-holder");
        return TitledPanes.pane(paneTitle, holder);
    }

    /** Shows the whole plan after a zoom (the panes side by side follow). */
    @FXML
    private void showWholePlan() {
        chart.resetZoom();
    }

    /** The chart of pane A, the scenario's own solve (for export and tests). */
    public PlanHeatmapChart chart() {
        return chart;
    }

    /** The chart of pane B (tests). */
    public PlanHeatmapChart chartB() {
        return chartB;
    }

    /** The chart of the difference pane (tests). */
    public PlanHeatmapChart differenceChart() {
        return differenceChart;
    }

    /** The panes on screen now: A, then B and the difference when shown (tests check what the user sees). */
    public List<PlanHeatmapChart> chartsShown() {
        List<PlanHeatmapChart> out = new ArrayList<>();
        for (var node : visiblePanes()) {
            out.add(node == paneA ? chart : node == paneB ? chartB : differenceChart);
        }
        return out;
    }

    /** The strips' key of the panes side by side (tests). */
    public MarginalKey key() {
        return key;
    }

    /** The title above each pane shown side by side, in order (empty for a single pane). */
    public List<String> paneTitles() {
        List<javafx.scene.Node> shown = visiblePanes();
        return shown.size() == 1 ? List.of()
                : shown.stream().map(n -> ((Label) ((VBox) n).getChildren().get(0)).getText()).toList();
    }

    private List<javafx.scene.Node> visiblePanes() {
        return panes.getChildren().stream().filter(javafx.scene.Node::isVisible).toList();
    }

    private void showPanes(List<VBox> shown) {
        for (VBox pane : List.of(paneA, paneB, paneDifference)) {
            pane.setVisible(shown.contains(pane));
            pane.setManaged(shown.contains(pane));
        }
    }

    /** Links the controls to the scenario's plan settings; displays are prepared on {@code compute}. */
    void bind(ScenarioModel model, ComputeService compute) {
        service = compute;
        editor = new ScenarioEditor(model, PlanPanelController::settings, this::showSettings);
        matrix.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                editor.edit(s -> PlanViewSection.with(s, v));
            }
        });
        colormap.valueProperty().addListener((o, a, v) -> editView(w -> w.withColormap(v)));
        // A locked range is in P or in log10 P: it does not survive a change of scale.
        logScale.selectedProperty().addListener((o, a, v) -> editView(w -> w.withLogColorScale(v).withColorRange(null)));
        decades.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                editView(w -> w.withLogColorDecades(v).withColorRange(null));
            }
        });
        lockColors.selectedProperty().addListener((o, a, v) -> editView(w -> w.withColorRange(v
                ? List.of(chart.colorRange()[0], chart.colorRange()[1]) : null)));
        sortByAssignment.selectedProperty().addListener((o, a, v) -> editView(w -> w.withSortByAssignment(v)));
        split.selectedProperty().addListener((o, a, v) -> editor.edit(s -> SplitSection.with(s, SplitSection.ENABLED, v)));
        preset.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                editor.edit(s -> SplitSection.with(s, v));
            }
        });
        methodB.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                editor.edit(s -> SplitSection.with(s, SplitSection.METHOD, v));
            }
        });
        factorB.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                editor.edit(s -> SplitSection.with(s, SplitSection.EPSILON_FACTOR, v));
            }
        });
        difference.selectedProperty().addListener((o, a, v) -> editor.edit(s -> SplitSection.with(s,
                SplitSection.DIFFERENCE, v)));
    }

    private static List<Object> settings(Scenario s) {
        ViewSpec v = s.view();
        return Arrays.asList(v.colormap(), v.logColorScale(), v.sortByAssignment(), v.logColorDecades(),
                v.colorRange(), SplitSection.of(s), s.section(PlanViewSection.NAME));
    }

    /** The locked colour range of the view settings, or {@code null} (each plan its own range). */
    static double[] lockedRange(ViewSpec v) {
        return v.colorRange() == null ? null : new double[] {v.colorRange().get(0), v.colorRange().get(1)};
    }

    /** Shows a new solve's plan (once its display is prepared). */
    void show(SolveView solved) {
        view = solved;
        prepare();
    }

    /**
     * Draws the plans on a colour range of an animation's (the ε annealing's, locked over its whole ladder) instead
     * of the view's own; {@code null} returns to the view's.
     */
    void lockRange(double[] range) {
        if (!java.util.Arrays.equals(range, animationRange)) {
            animationRange = range;
            editor.refresh(); // the lock box shows the animation's lock
            prepare();
        }
    }

    /** Shows pane B's new solve (side by side). */
    void showB(SolveView solved) {
        viewB = solved;
        failureB = null;
        prepare();
    }

    /** Pane B's solve failed: its pane says why and pane A is drawn alone on its own scale. */
    void showFailureB(String message) {
        viewB = null;
        failureB = message;
        prepare();
    }

    /** The plan of pane A as currently displayed, or {@code null} before the first solve. */
    public PlanDisplay display() {
        return shownPanes == null ? null : shownPanes.a();
    }

    /** Everything the panes display now, or {@code null} before the first solve. */
    public PlanPanes panes() {
        return shownPanes;
    }

    /** The solve whose plan is displayed, or {@code null}. */
    public SolveView shown() {
        return displayed;
    }

    /**
     * Called on the FX thread each time pane A has been drawn with a solve (the panes are prepared off the FX thread,
     * so a solve handed to {@link #show} reaches the screen later): what describes the picture follows this.
     */
    void onDrawn(Consumer<SolveView> listener) {
        onDrawn = listener;
    }

    /** Pane B's solve as displayed, or {@code null}. */
    public SolveView shownB() {
        return displayedB;
    }

    /**
     * Side by side, the switch leads the row of pane B's controls, so the header takes two rows, not three, in
     * presenter mode at 1280×800 (it wrapped alone onto a second one); otherwise it ends the header's row.
     */
    private void placeSplitSwitch(boolean sideBySide) {
        if (header == null) {
            header = (FlowPane) split.getParent();
        }
        FlowPane home = sideBySide ? splitControls : header;
        if (split.getParent() != home) {
            ((FlowPane) split.getParent()).getChildren().remove(split);
            if (sideBySide) {
                home.getChildren().add(0, split);
            } else {
                home.getChildren().add(split);
            }
        }
    }

    private void showSettings(Scenario s) {
        ViewSpec v = s.view();
        boolean cost = PlanViewSection.showsCost(s);
        title.setText(cost ? "Cost matrix C" : "Transport plan P");
        matrix.setValue(s.section(PlanViewSection.NAME).get(PlanViewSection.MATRIX));
        colormap.setValue(v.colormap());
        logScale.setSelected(v.logColorScale());
        logScale.setDisable(cost);
        decades.setValue(v.logColorDecades());
        decades.setVisible(v.logColorScale() && !cost);
        decades.setManaged(v.logColorScale() && !cost);
        lockColors.setSelected(v.colorRange() != null || animationRange != null);
        lockColors.setDisable(animationRange != null); // the animation holds the scale until it stops
        sortByAssignment.setSelected(v.sortByAssignment());
        var section = SplitSection.of(s);
        split.setSelected(section.get(SplitSection.ENABLED));
        split.setDisable(cost);
        boolean sideBySide = SplitSection.enabled(s) && !cost;
        splitControls.setVisible(sideBySide);
        splitControls.setManaged(sideBySide);
        placeSplitSwitch(sideBySide);
        preset.setValue(SplitSection.preset(s));
        methodB.setValue(section.get(SplitSection.METHOD));
        double factor = section.get(SplitSection.EPSILON_FACTOR);
        List<Double> factors = new ArrayList<>(FACTORS);
        if (!factors.contains(factor)) {
            factors.add(factor);
            factors.sort(Double::compare);
        }
        factorB.getItems().setAll(factors);
        factorB.setValue(factor);
        difference.setSelected(section.get(SplitSection.DIFFERENCE));
        if (!SplitSection.enabled(s)) {
            viewB = null;
            failureB = null;
        }
        prepare();
    }

    /** Prepares the panes of the newest solves with the newest settings off the FX thread. */
    private void prepare() {
        if (view == null || service == null) {
            return;
        }
        SolveView a = view;
        Display display = displayJob();
        service.submit(CHANNEL, context -> display.prepare(a), (JobListener<PlanPanes>) prepared -> {
            if (a == view) { // else a newer solve, drawn already or on its way, would be overwritten
                draw(display, a, prepared);
            }
        });
    }

    /**
     * What the panes draw for a solve with the settings of now (read on the FX thread: view settings, pane B's solve,
     * an animation's colour range); {@link Display#prepare} runs on any thread (the solve's own job).
     */
    Display displayJob() {
        Scenario s = editor.scenario();
        boolean cost = PlanViewSection.showsCost(s);
        boolean sideBySide = SplitSection.enabled(s) && !cost;
        ViewSpec v = s.view();
        double[] locked = animationRange != null ? animationRange : lockedRange(v);
        return new Display(settings(s), sideBySide ? viewB : null, v, cost, SplitSection.difference(s), locked,
                sideBySide);
    }

    /**
     * The settings a display is prepared with.
     *
     * @param settings   what {@link #settings} read (a change since asks for another preparation)
     * @param b          pane B's solve, or {@code null}
     * @param sideBySide whether pane B is shown
     */
    record Display(List<Object> settings, SolveView b, ViewSpec v, boolean cost, boolean withDifference,
                   double[] locked, boolean sideBySide) {
        /** The panes of pane A's solve {@code a} (off the FX thread). */
        PlanPanes prepare(SolveView a) {
            return PlanPanes.of(a, b, v, cost, withDifference, locked);
        }
    }

    /**
     * Shows a new solve with its panes prepared in the solve's own job from {@link #displayJob}; prepared again
     * when the settings or pane B's solve changed meanwhile.
     */
    void showPrepared(SolveView solved, Display display, PlanPanes prepared) {
        view = solved;
        draw(display, solved, prepared);
        Display now = displayJob();
        if (!now.settings().equals(display.settings()) || now.b() != display.b()
                || !Arrays.equals(now.locked(), display.locked())) {
            prepare();
        }
    }

    private void draw(Display display, SolveView a, PlanPanes prepared) {
        SolveView b = display.b();
        ViewSpec v = display.v();
        boolean sideBySide = display.sideBySide();
        shownPanes = prepared;
        displayed = a;
        displayedB = b;
        String shared = prepared.b() == null ? null : PlanPaneDrawing.sharedColorAxis(prepared);
        double marginals = PlanPaneDrawing.largestMarginal(a, prepared.b() == null ? null : b);
        PlanPaneDrawing.draw(chart, prepared.a(), a, v.colormap(), prepared.colorRange(), shared, marginals);
        // Side by side, pane B's colour bar is the one scale of both panes; pane A leaves its width to the plan.
        chart.setColorBarVisible(prepared.b() == null);
        List<VBox> shown = new ArrayList<>(List.of(paneA));
        if (sideBySide) {
            shown.add(paneB);
            TitledPanes.showSolve(titleA, "A", a);
            if (prepared.b() != null) {
                PlanPaneDrawing.draw(chartB, prepared.b(), b, v.colormap(), prepared.colorRange(), shared, marginals);
                TitledPanes.showSolve(titleB, "B", b);
            } else {
                TitledPanes.show(titleB, failureB != null ? "B failed: " + failureB : "B: solving…");
            }
            if (prepared.difference() != null) {
                PlanPaneDrawing.drawDifference(differenceChart, prepared.difference(), a, b, prepared.differenceRange());
                PlanPaneDrawing.showDifferenceTitle(titleDifference, differenceChart);
                shown.add(paneDifference);
            }
        }
        titleA.setVisible(shown.size() > 1);
        titleA.setManaged(shown.size() > 1);
        for (PlanHeatmapChart c : List.of(chart, chartB, differenceChart)) {
            c.setCornerLegendVisible(!sideBySide);
        }
        key.setScale(PlanPaneDrawing.keyScale(chart));
        key.node().setVisible(sideBySide);
        key.node().setManaged(sideBySide);
        showPanes(shown);
        summary.setText(summaryText(a, prepared.b() == null ? null : b, prepared));
        onDrawn.accept(a);
    }

    /** Method and ε of a solve, for a pane's title. */
    static String methodText(SolveView s) {
        return s.epsilon() > 0 ? String.format(Locale.ROOT, "%s, ε = %.3g·mean C", s.method(), s.relativeEpsilon())
                : s.method();
    }

    private static String summaryText(SolveView a, SolveView b, PlanPanes prepared) {
        int block = PlanHeatmapChart.drawnBlock(a.n(), a.m());
        String one = String.format(Locale.ROOT, "%d × %d%s   max P = %.3g   ⟨C,P⟩ = %.5g   %s", a.n(), a.m(),
                block == 1 ? "" : String.format(Locale.ROOT, " (%d×%d max-pooled)", block, block),
                prepared.a().largestEntry(), a.transportCost(), a.method());
        if (PlanDisplay.COST.equals(prepared.a().quantity())) {
            double[] span = prepared.colorRange();
            return String.format(Locale.ROOT, "%d × %d   C from %.3g to %.3g", a.n(), a.m(), span[0], span[1]);
        }
        if (b == null) {
            return prepared.a().logScale() ? one + lowestColour(prepared.colorRange()[0]) : one;
        }
        // The shared colour range is on pane B's colour bar; one line leaves the plans their height.
        return String.format(Locale.ROOT, "A: ⟨C,P⟩ = %.5g, moves %.4g   B: ⟨C,P⟩ = %.5g, moves %.4g",
                a.transportCost(), sum(a.rowSums()), b.transportCost(), sum(b.rowSums()));
    }

    /** What the bottom of a log colour bar means: every entry up to its value, the zeros among them. */
    static String lowestColour(double lowLog10) {
        return String.format(Locale.ROOT, "   colour bar bottom: P ≤ %.2g or 0", Math.pow(10, lowLog10));
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }

    private void editView(java.util.function.UnaryOperator<ViewSpec> change) {
        editor.edit(s -> s.withView(change.apply(s.view())));
    }
}
