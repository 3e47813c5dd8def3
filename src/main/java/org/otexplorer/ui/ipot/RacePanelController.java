package org.otexplorer.ui.ipot;

import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.io.Scenario;
import org.otexplorer.ipot.ConvergenceCurve;
import org.otexplorer.ipot.ConvergenceRace;
import org.otexplorer.ipot.PlanSparsity;
import org.otexplorer.ui.charts.PlanHeatmapChart;
import org.otexplorer.ui.charts.TraceChart;
import org.otexplorer.ui.workbench.Phrases;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.SectionControls;
import org.otexplorer.ui.workbench.SettingsGrid;
import org.otexplorer.ui.workbench.WorkbenchContext;

/**
 * The panel "IPOT vs Sinkhorn" (RacePanel.fxml; thesis Fig. 2.2, 2.4): IPOT's plan and Sinkhorn's plan at the
 * iteration on screen, drawn with a and b along their axes (POT's {@code plot1D_mat}); below them
 * {@code |W − W_LP|} and the support size against the iteration for every racing method, and one verdict line per
 * method ("Sinkhorn stalls at this eps"). Play, pause, step and reset walk the iteration ladder 1, 2, 3, 5, 7, 10, …;
 * the iteration is kept in the scenario ({@code ipot.shownIteration}). The curves come from one job
 * ({@link RaceResult}), the plans from another ({@link RacePlans}), so choosing another plan to draw does not rerun
 * the race.
 */
public final class RacePanelController implements IpotPanel {
    private static final Duration FRAME_TIME = Duration.millis(300);

    @FXML
    private javafx.scene.layout.GridPane controls;
    @FXML
    private Button playButton;
    @FXML
    private Button pauseButton;
    @FXML
    private Button stepButton;
    @FXML
    private Button resetButton;
    @FXML
    private Label frameLabel;
    @FXML
    private Label ipotCaption;
    @FXML
    private Label sinkhornCaption;
    @FXML
    private StackPane ipotHolder;
    @FXML
    private StackPane sinkhornHolder;
    @FXML
    private StackPane gapHolder;
    @FXML
    private StackPane supportHolder;
    @FXML
    private javafx.scene.layout.GridPane verdicts;
    @FXML
    private javafx.scene.control.ScrollPane verdictScroll;
    @FXML
    private VBox centre;

    private final PlanHeatmapChart ipotPlan = new PlanHeatmapChart();
    private final PlanHeatmapChart sinkhornPlan = new PlanHeatmapChart();
    private final TraceChart gaps = new TraceChart();
    private final TraceChart supports = new TraceChart();
    private FramePlayer player;
    private WorkbenchContext context;
    private PanelJob<RaceResult> race;
    private PanelJob<RacePlans> plans;

    @FXML
    private void initialize() {
        ipotHolder.getChildren().setAll(ipotPlan.chart());
        sinkhornHolder.getChildren().setAll(sinkhornPlan.chart());
        gapHolder.getChildren().setAll(gaps.chart());
        supportHolder.getChildren().setAll(supports.chart());
        for (StackPane holder : List.of(ipotHolder, sinkhornHolder, gapHolder, supportHolder)) {
            holder.setMinSize(0, 0);
        }
        // The verdict lines take at most 30 % of the panel (they scroll beyond), the charts the rest.
        verdictScroll.maxHeightProperty().bind(centre.heightProperty().multiply(0.3));
        verdictScroll.prefHeightProperty().bind(verdicts.heightProperty().add(4));
        // The verdict lines below carry each curve's colour: they are the charts' legend.
        gaps.chart().setLegendVisible(false);
        supports.chart().setLegendVisible(false);
        // Captions wrap rather than end in "…" (presenter mode at 1280 × 800 needs three lines), above the charts'
        // grid rather than in it; the title and the verdicts never hide.
        WrappedLabels.keepWrappedHeight(ipotCaption, sinkhornCaption);
        frameLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // ... and get all they need up to that share, so in presenter mode they do not scroll.
        verdictScroll.minHeightProperty().bind(javafx.beans.binding.Bindings.min(verdicts.heightProperty().add(4),
                centre.heightProperty().multiply(0.3)));
        player = new FramePlayer(FRAME_TIME, new Button[] {playButton, pauseButton, stepButton, resetButton}, () -> frames().length,
                () -> frameIndex(frames()), k -> showIteration(frames()[k]));
    }

    /** Links the panel to the window's scenario and service (the view computes it). */
    void attach(WorkbenchContext workbench) {
        context = workbench;
        race = new PanelJob<>(context, RaceResult.ANALYSIS, RaceResult::inputs, r -> showFrame(),
                m -> showFailure("Cannot run the race: " + m));
        plans = new PanelJob<>(context, RacePlans.ANALYSIS, RacePlans::inputs, p -> showFrame(),
                m -> showFailure("Cannot draw the plans: " + m));
        ListField betas = new ListField(context.model(), IpotSection.BETAS, s -> s);
        ListField inner = new ListField(context.model(), IpotSection.INNER, s -> {
            IpotSection.ipotSettings(s);
            return s;
        });
        ListField epsilons = new ListField(context.model(), IpotSection.EPSILONS, s -> s);
        SectionControls section = new SectionControls(context.model(), IpotSection.NAME, List.of(
                IpotSection.SHOWN_IPOT, IpotSection.SHOWN_SINKHORN, IpotSection.HISTOGRAMS, IpotSection.BINS,
                IpotSection.COMPONENTS, IpotSection.ITERATIONS));
        SettingsGrid.fill(controls, section.nodes(), List.of(betas.node(), inner.node(), epsilons.node()));
        new ScenarioEditor(context.model(), s -> IpotSection.of(s).get(IpotSection.SHOWN_ITERATION), s -> showFrame());
    }

    @Override
    public List<PanelJob<?>> jobs() {
        return List.of(race, plans);
    }






    /** The race on display, or {@code null}. */
    RaceResult shownRace() {
        return race.result();
    }

    /** The plans on display, or {@code null}. */
    RacePlans shownPlans() {
        return plans.result();
    }

    /** The iteration on screen: the last frame at or before the scenario's {@code shownIteration}. */
    int iteration() {
        int[] frames = frames();
        return frames[frameIndex(frames)];
    }

    PlanHeatmapChart ipotPlan() {
        return ipotPlan;
    }

    PlanHeatmapChart sinkhornPlan() {
        return sinkhornPlan;
    }

    TraceChart gapChart() {
        return gaps;
    }

    TraceChart supportChart() {
        return supports;
    }

    /** The verdict lines on screen: Sinkhorn's (a stalled one first), then IPOT's. */
    List<String> verdictTexts() {
        return verdictLabels().stream().map(Label::getText).toList();
    }

    /** The verdict lines' labels, in the order of {@link #verdictTexts}. */
    List<Label> verdictLabels() {
        return verdicts.getChildren().stream().filter(n -> n.getStyleClass().contains("ipot-verdict")
                || n.getStyleClass().contains("ipot-stall")).map(Label.class::cast).toList();
    }

    /** The scroll pane around the verdicts (its content fits when nothing needs scrolling). */
    javafx.scene.control.ScrollPane verdictScroll() {
        return verdictScroll;
    }

    /** The plan captions. */
    List<Label> captions() {
        return List.of(ipotCaption, sinkhornCaption);
    }

    /** A verdict in its column's short form (the tooltip holds the long one of the CLI). */
    private static Label verdictLine(ConvergenceRace.Result race, ConvergenceCurve c, int lane) {
        Label line = new Label(shortVerdict(race, c), legendMark(lane));
        line.getStyleClass().add(c.converged() || !"sinkhorn".equals(c.method()) ? "ipot-verdict" : "ipot-stall");
        line.setWrapText(true);
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        line.setTooltip(new javafx.scene.control.Tooltip(IpotLabels.onScreen(race.verdict(c))));
        return line;
    }

    /**
     * "β 0.01, L 10: error 1.3e-07, gap 3.4e-07", "ε 1e-4: stalls, error 1.1e-02, gap 2.0e-02", "ε 0.01: converged
     * at 111, gap 4.8e-01": one line in half the panel in presenter mode at 1280 × 800 (the column headers say IPOT
     * or Sinkhorn, that error is the marginal error and that a converged Sinkhorn sits at its entropic bias; the exact
     * row what the gap is).
     */
    static String shortVerdict(ConvergenceRace.Result race, ConvergenceCurve c) {
        boolean sinkhorn = "sinkhorn".equals(c.method());
        String who = sinkhorn ? "ε " + org.otexplorer.parameters.Parameter.format(c.parameter())
                : "β " + org.otexplorer.parameters.Parameter.format(c.parameter()) + ", L " + c.inner();
        double gap = Math.abs(c.finalTransportCost() - race.exactCost()) / Math.abs(race.exactCost());
        if (c.converged()) {
            return String.format(Locale.ROOT, "%s: converged at %d, gap %.1e", who, c.finalIteration(), gap);
        }
        return String.format(Locale.ROOT, "%s: %serror %.1e, gap %.1e", who, sinkhorn ? "stalls, " : "",
                c.finalMarginalError(), gap);
    }

    private static Label header(String text) {
        Label h = new Label(text);
        h.getStyleClass().add("ipot-verdict-header");
        return h;
    }

    /** A short line in lane k's colour (the charts' colour of curve k). */
    private static javafx.scene.Node legendMark(int lane) {
        javafx.scene.shape.Rectangle mark = new javafx.scene.shape.Rectangle(16, 3);
        mark.setFill(javafx.scene.paint.Color.web(org.otexplorer.ui.charts.Charts.laneColor(lane)));
        return mark;
    }

    String frameText() {
        return frameLabel.getText();
    }

    Label frameTitle() {
        return frameLabel;
    }

    boolean isPlaying() {
        return player.isPlaying();
    }

    @FXML
    private void importHistograms() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Import the histograms a and b");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV files", "*.csv"));
        java.io.File file = chooser.showOpenDialog(context.owner());
        if (file != null) {
            importHistograms(file.toPath());
        }
    }

    /**
     * Reads a and b from a two-column CSV file and races them, or says why it cannot (a dialog: a negative, NaN or
     * missing entry, zero mass, another column count) and changes nothing.
     */
    void importHistograms(java.nio.file.Path file) {
        try {
            double[][] rows = org.otexplorer.io.CsvFiles.readMatrix(file, "histograms a, b");
            if (rows[0].length != 2) {
                throw new IllegalArgumentException("histograms a, b file " + file + ": needs two columns (a and b),"
                        + " has " + rows[0].length);
            }
            double[] a = new double[rows.length];
            double[] b = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                a[i] = rows[i][0];
                b[i] = rows[i][1];
            }
            IpotSection.custom(a, b);
            context.model().update(s -> {
                Scenario next = IpotSection.with(s, IpotSection.SOURCE_HISTOGRAM, list(a));
                next = IpotSection.with(next, IpotSection.TARGET_HISTOGRAM, list(b));
                return IpotSection.with(next, IpotSection.HISTOGRAMS, "custom");
            });
        } catch (IllegalArgumentException e) {
            org.otexplorer.ui.workbench.Dialogs.error(context.owner(), "These histograms cannot be raced",
                    e.getMessage());
        }
    }

    private static List<Double> list(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    @Override
    public FramePlayer player() {
        return player;
    }

    private void showIteration(int iteration) {
        context.model().updateAppearance(s -> IpotSection.with(s, IpotSection.SHOWN_ITERATION, iteration));
    }

    private int[] frames() {
        return ConvergenceRace.ladder(IpotSection.of(context.model().scenario()).get(IpotSection.ITERATIONS));
    }

    private int frameIndex(int[] frames) {
        int shown = IpotSection.of(context.model().scenario()).get(IpotSection.SHOWN_ITERATION);
        int k = 0;
        while (k + 1 < frames.length && frames[k + 1] <= shown) {
            k++;
        }
        return k;
    }

    /** Draws the race and the plans at the iteration on screen, once both are current. */
    private void showFrame() {
        if (context == null) {
            return;
        }
        Scenario s = context.model().scenario();
        RaceResult r = race.result();
        RacePlans p = plans.result();
        if (r == null || p == null || !race.isCurrent(s) || !plans.isCurrent(s) || failure() != null) {
            return;
        }
        int[] frames = p.frames();
        int k = frameIndex(frames);
        int iteration = frames[k];
        frameLabel.setText(String.format(Locale.ROOT, "Iteration %d of %d:  W_LP = %.6g, exact support %d",
                iteration, frames[frames.length - 1], r.race().exactCost(), r.race().exactSupportSize()));
        String colormap = s.view().colormap();
        double[] range = PlanPicture.range(p.ipot()[k], p.sinkhorn()[k]);
        PlanPicture.show(ipotPlan, p.ipot()[k], r.a(), r.b(), range, colormap);
        PlanPicture.show(sinkhornPlan, p.sinkhorn()[k], r.a(), r.b(), range, colormap);
        TransportProblem problem = p.problem();
        ipotCaption.setText(caption(p.ipotLabel(), p.ipot()[k], problem, r.race()));
        sinkhornCaption.setText(caption(p.sinkhornLabel(), p.sinkhorn()[k], problem, r.race()));
        ipotCaption.setTooltip(new javafx.scene.control.Tooltip(ipotCaption.getText()));
        sinkhornCaption.setTooltip(new javafx.scene.control.Tooltip(sinkhornCaption.getText()));
        RaceCharts.show(r.race(), iteration, gaps, supports);
        verdicts.getChildren().clear();
        verdicts.add(header("IPOT (β, L; error = marginal error)"), 0, 0);
        verdicts.add(header("Sinkhorn (ε; converged = at its entropic bias)"), 1, 0);
        List<ConvergenceCurve> curves = r.race().curves();
        int ipotCount = (int) curves.stream().filter(c -> "ipot".equals(c.method())).count();
        int sinkhornRow = 1;
        // A stalled Sinkhorn run heads its column, so its verdict is on screen even when the lines scroll.
        for (boolean stalledFirst : new boolean[] {true, false}) {
            for (int lane = ipotCount; lane < curves.size(); lane++) {
                if (curves.get(lane).converged() != stalledFirst) {
                    verdicts.add(verdictLine(r.race(), curves.get(lane), lane), 1, sinkhornRow++);
                }
            }
        }
        for (int lane = 0; lane < ipotCount; lane++) {
            verdicts.add(verdictLine(r.race(), curves.get(lane), lane), 0, lane + 1);
        }
        Label exact = new Label("exact support; gap = |W − W_LP| / W_LP",
                legendMark(curves.size()));
        exact.getStyleClass().add("ipot-verdict-header");
        exact.setWrapText(true);
        exact.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        verdicts.add(exact, 1, sinkhornRow);
    }

    /**
     * "IPOT beta = 0.01, L = 10: support 182 (exact 182), |W − W_LP| = 3.1e-11, marginal error 1e-9", wrapping only
     * between its phrases ({@link Phrases}).
     */
    static String caption(String label, TransportPlan plan, TransportProblem problem, ConvergenceRace.Result race) {
        return Phrases.caption(label,
                String.format(Locale.ROOT, "support %d (exact %d)", PlanSparsity.supportSize(plan,
                        race.supportThreshold()), race.exactSupportSize()),
                String.format(Locale.ROOT, "|W − W_LP| = %.1e", Math.abs(plan.transportCost(problem)
                        - race.exactCost())),
                String.format(Locale.ROOT, "marginal error %.0e", plan.marginalError(problem)));
    }

    private void showFailure(String message) {
        player.pause();
        frameLabel.setText(message);
        context.status().error("IPOT vs Sinkhorn: " + message);
    }
}
