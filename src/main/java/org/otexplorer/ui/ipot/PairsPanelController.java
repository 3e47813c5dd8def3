package org.otexplorer.ui.ipot;

import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.otexplorer.io.Scenario;
import org.otexplorer.ipot.ProximalEntropicPairs;
import org.otexplorer.ui.charts.PlanHeatmapChart;
import org.otexplorer.ui.charts.TraceChart;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.SectionControls;
import org.otexplorer.ui.workbench.SettingsGrid;
import org.otexplorer.ui.workbench.WorkbenchContext;

/**
 * The panel "IPOT = Sinkhorn at β/t" (PairsPanel.fxml; math.md §16.1): a slider over t with IPOT's iterate t (inner
 * solves to 1e-12) and the Sinkhorn plan at ε = β/t side by side on one colour scale, and below them
 * {@code max |T − P|} against t for exact inner solves and for one sweep per step (L = 1). t is kept in the scenario
 * ({@code ipot.t}); play, step and reset move it.
 */
public final class PairsPanelController implements IpotPanel {
    private static final Duration FRAME_TIME = Duration.millis(400);

    @FXML
    private javafx.scene.layout.GridPane controls;
    @FXML
    private Slider tSlider;
    @FXML
    private Button playButton;
    @FXML
    private Button pauseButton;
    @FXML
    private Button stepButton;
    @FXML
    private Button resetButton;
    @FXML
    private Label pairLabel;
    @FXML
    private Label ipotCaption;
    @FXML
    private Label sinkhornCaption;
    @FXML
    private StackPane ipotHolder;
    @FXML
    private StackPane sinkhornHolder;
    @FXML
    private StackPane differenceHolder;

    private final PlanHeatmapChart ipotPlan = new PlanHeatmapChart();
    private final PlanHeatmapChart sinkhornPlan = new PlanHeatmapChart();
    private final TraceChart differences = new TraceChart();
    private FramePlayer player;
    private WorkbenchContext context;
    private PanelJob<PairsResult> pairs;
    private ScenarioEditor tEditor;

    @FXML
    private void initialize() {
        ipotHolder.getChildren().setAll(ipotPlan.chart());
        sinkhornHolder.getChildren().setAll(sinkhornPlan.chart());
        differenceHolder.getChildren().setAll(differences.chart());
        for (StackPane holder : List.of(ipotHolder, sinkhornHolder, differenceHolder)) {
            holder.setMinSize(0, 0);
        }
        // The title and the captions wrap whole (presenter mode at 1280 × 800 cut them to "…").
        WrappedLabels.keepWrappedHeight(pairLabel, ipotCaption, sinkhornCaption);
        PairCurves.labelWholeSteps(differences);
        // The legend beside the wide chart, not under it: the log axis keeps the height.
        differences.chart().getLegend().setSide(io.fair_acc.chartfx.ui.geometry.Side.RIGHT);
        differences.chart().getLegend().setVertical(true);
        player = new FramePlayer(FRAME_TIME, new Button[] {playButton, pauseButton, stepButton, resetButton},
                this::steps, () -> t() - 1,
                k -> showT(k + 1));
    }

    /** Links the panel to the window's scenario and service (the view computes it). */
    void attach(WorkbenchContext workbench) {
        context = workbench;
        pairs = new PanelJob<>(context, PairsResult.ANALYSIS, PairsResult::inputs, r -> show(),
                m -> showFailure("Cannot compute the pairs: " + m));
        SectionControls section = new SectionControls(context.model(), IpotSection.NAME, List.of(
                IpotSection.PAIR_BETA, IpotSection.PAIR_STEPS, IpotSection.HISTOGRAMS, IpotSection.BINS,
                IpotSection.COMPONENTS));
        SettingsGrid.fill(controls, section.nodes(), List.of());
        tEditor = new ScenarioEditor(context.model(), s -> List.of(IpotSection.of(s).get(IpotSection.PAIR_T),
                IpotSection.of(s).get(IpotSection.PAIR_STEPS)), s -> {
                    tSlider.setMax(Math.max(2, IpotSection.of(s).get(IpotSection.PAIR_STEPS)));
                    tSlider.setValue(t(s));
                    show();
                });
        tSlider.valueProperty().addListener((o, was, now) -> {
            int t = (int) Math.round(now.doubleValue());
            tEditor.edit(s -> t == IpotSection.of(s).get(IpotSection.PAIR_T) ? s
                    : IpotSection.with(s, IpotSection.PAIR_T, t));
        });
    }

    @Override
    public List<PanelJob<?>> jobs() {
        return List.of(pairs);
    }







    /** The pairs on display, or {@code null}. */
    PairsResult shown() {
        return pairs.result();
    }

    /** The t on screen (the scenario's, at most the last step computed). */
    int t() {
        return t(context.model().scenario());
    }

    PlanHeatmapChart ipotPlan() {
        return ipotPlan;
    }

    PlanHeatmapChart sinkhornPlan() {
        return sinkhornPlan;
    }

    TraceChart differenceChart() {
        return differences;
    }

    Slider slider() {
        return tSlider;
    }

    String pairText() {
        return pairLabel.getText();
    }

    /** The title and the two plan captions. */
    List<Label> captions() {
        return List.of(pairLabel, ipotCaption, sinkhornCaption);
    }

    @Override
    public FramePlayer player() {
        return player;
    }

    private void showT(int t) {
        context.model().updateAppearance(s -> IpotSection.with(s, IpotSection.PAIR_T, t));
    }

    private int steps() {
        return IpotSection.of(context.model().scenario()).get(IpotSection.PAIR_STEPS);
    }

    private static int t(Scenario s) {
        return Math.min(IpotSection.of(s).get(IpotSection.PAIR_T), IpotSection.of(s).get(IpotSection.PAIR_STEPS));
    }

    private void show() {
        if (context == null || pairs == null) {
            return;
        }
        PairsResult r = pairs.result();
        Scenario s = context.model().scenario();
        if (r == null || !pairs.isCurrent(s) || pairs.failure() != null || r.pairs().isEmpty()) {
            return;
        }
        ProximalEntropicPairs.Pair p = r.at(t(s));
        double[] range = PlanPicture.range(p.ipot(), p.sinkhorn());
        String colormap = s.view().colormap();
        PlanPicture.show(ipotPlan, p.ipot(), r.a(), r.b(), range, colormap);
        PlanPicture.show(sinkhornPlan, p.sinkhorn(), r.a(), r.b(), range, colormap);
        String epsilon = org.otexplorer.parameters.Parameter.format(p.epsilon()); // 0.01, not 0.01000
        pairLabel.setText(String.format(Locale.ROOT, "t = %d:  ε = β/t = %s/%d = %s   max |T − P| = %.1e (one"
                + " sweep per step: %.1e)", p.t(), org.otexplorer.parameters.Parameter.format(r.beta()), p.t(),
                epsilon, p.maxDifference(), p.oneSweepDifference()));
        ipotCaption.setText(String.format(Locale.ROOT, "IPOT iterate t = %d (β = %s, inner solve: %d scalings to"
                + " %.0e)", p.t(), org.otexplorer.parameters.Parameter.format(r.beta()), p.innerIterations(),
                p.innerError()));
        sinkhornCaption.setText(String.format(Locale.ROOT, "Sinkhorn at ε = %s (%s)", epsilon,
                p.sinkhornConverged() ? "converged" : "not converged"));
        PairCurves.show(r, p.t(), differences);
    }

    private void showFailure(String message) {
        player.pause();
        pairLabel.setText(message);
        context.status().error("IPOT = Sinkhorn at β/t: " + message);
    }
}
