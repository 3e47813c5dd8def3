package org.otexplorer.ui.transport;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.ComputeService;
import org.otexplorer.service.JobListener;
import org.otexplorer.service.SpectrumSweep;
import org.otexplorer.service.SpectrumView;
import org.otexplorer.service.SweepAnalysis;
import org.otexplorer.service.TransportInput;
import org.otexplorer.ui.charts.SpectrumChart;
import org.otexplorer.ui.charts.SweepChart;
import org.otexplorer.ui.workbench.ParameterSlider;
import org.otexplorer.ui.workbench.ScenarioEditor;
import org.otexplorer.ui.workbench.ScenarioModel;
import org.otexplorer.ui.workbench.TooltipText;

/**
 * The H-matrix panel (SpectrumPanel.fxml): λ_{2N−1}, the condition number, the Hessian's Prop. 4 marginal
 * error at the truncation threshold τ (a slider), and the closed-form unit-circle value for comparison; the chart
 * shows the plan's eigenvalues or a sweep of λ₂ₙ₋₁ and the condition number over ε or N ({@link SweepAnalysis} on
 * the compute service) against the unit-circle closed form.
 */
public final class SpectrumPanelController {
    @FXML
    private Label smallestPositive;
    @FXML
    private Label conditionNumber;
    @FXML
    private Label hessianError;
    @FXML
    private Label truncatedCount;
    @FXML
    private Label circleValue;
    @FXML
    private ParameterSlider threshold;
    @FXML
    private Label notes;
    @FXML
    private javafx.scene.layout.GridPane figures;
    @FXML
    private StackPane chartHolder;
    @FXML
    private ComboBox<String> chartKind;

    /** What the chart shows: this plan's spectrum, or a sweep (computed in the background). */
    public static final String SPECTRUM = "eigenvalues of this plan";
    /** The sweep over ε. */
    public static final String OVER_EPSILON = "sweep over ε";
    /** The sweep over N. */
    public static final String OVER_SIZE = "sweep over N";
    /** The widest figure the column shows on one line: a negative number in the figures' format. */
    static final String WIDEST_FIGURE = "-3.000e-17";

    private final SpectrumChart chart = new SpectrumChart();
    private final SweepChart sweepChart = new SweepChart();
    private final SweepAnalysis sweeps = new SweepAnalysis();
    private ComputeService service;
    private ScenarioModel model;
    private ScenarioEditor editor;
    private SpectrumView view;
    private SpectrumSweep sweep;
    private String whyNoSpectrum = "No plan yet.";
    /** The figures' and the chart's opacity while they are not of the plan on screen. */
    static final double PENDING_OPACITY = 0.35;
    /** The line over the chart while the plan on screen is analysed (or its analysis stopped). */
    private final Label pendingLine = new Label();
    /** The one line saying why the chart shows no eigenvalues, in the chart's place. */
    private final Label whyNotLine = new Label();
    private boolean pending;

    @FXML
    private void initialize() {
        holdFigureColumn();
        // the notes take the column's height left below the slider (not their text's), so FittedText can tell
        // whether they fit and give them back their whole text when the panel grows
        FittedText.follow(notes);
        notes.setMinHeight(0);
        notes.setMaxHeight(Double.MAX_VALUE);
        notes.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        javafx.scene.layout.VBox.setVgrow(notes, javafx.scene.layout.Priority.ALWAYS);
        threshold.setFormatter(v -> String.format(Locale.ROOT, "%.1e", v));
        chartKind.getItems().setAll(SPECTRUM, OVER_EPSILON, OVER_SIZE);
        chartKind.setValue(SPECTRUM);
        chartKind.valueProperty().addListener((o, a, kind) -> showChartKind());
        pendingLine.getStyleClass().add("placeholder");
        whyNotLine.setWrapText(true);
        whyNotLine.getStyleClass().add("placeholder");
        pendingLine.setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 4;");
        pendingLine.setVisible(false);
        chartHolder.getChildren().setAll(chart.chart(), pendingLine);
    }

    /** The sweep chart (for tests). */
    public SweepChart sweepChart() {
        return sweepChart;
    }

    /** The newest finished sweep, or {@code null}. */
    public SpectrumSweep sweep() {
        return sweep;
    }

    /** Chooses what the chart shows ({@link #SPECTRUM}, {@link #OVER_EPSILON}, {@link #OVER_SIZE}). */
    public void showChart(String kind) {
        chartKind.setValue(kind);
    }

    /** Stops a running sweep (the window is closing, or the panel left the screen). */
    void close() {
        if (service != null) {
            service.cancel(SweepAnalysis.CHANNEL);
        }
    }

    private void showChartKind() {
        boolean spectrum = SPECTRUM.equals(chartKind.getValue());
        javafx.scene.Node shown = spectrum ? spectrumOrWhyNot() : sweepChart.chart();
        shown.setOpacity(pending && spectrum ? PENDING_OPACITY : 1); // a sweep re-solves: not the plan's
        if (chartHolder.getChildren().size() != 2 || chartHolder.getChildren().get(0) != shown) {
            chartHolder.getChildren().setAll(shown, pendingLine); // a new child costs a layout and CSS pass
        }
        if (!spectrum) {
            startSweep();
        }
    }

    /** Recomputes the chosen sweep on the compute service; a newer request stops the running one. */
    private void startSweep() {
        if (model == null || SPECTRUM.equals(chartKind.getValue())) {
            return;
        }
        String variable = OVER_SIZE.equals(chartKind.getValue()) ? SpectrumSweep.SIZE : SpectrumSweep.EPSILON;
        showNotes("Computing the " + chartKind.getValue() + " …");
        sweeps.submit(service, new SweepAnalysis.Input(new TransportInput(model.scenario(), model.baseDirectory()),
                variable), new JobListener<SpectrumSweep>() {
                    @Override
                    public void onResult(SpectrumSweep result) {
                        sweep = result;
                        sweepChart.update(SpectrumSweep.SIZE.equals(result.variable()), result.values(),
                                result.smallestPositive(), result.conditionNumber(), result.circleSmallestPositive(),
                                result.circleConditionNumber());
                        showNotes("Markers: these data re-solved at each " + (SpectrumSweep.SIZE.equals(variable)
                                ? "N" : "ε") + "; dashed: N points on the unit circle (closed form).");
                    }

                    @Override
                    public void onError(long jobId, String message) {
                        showNotes("Sweep not available: " + message);
                    }
                });
    }

    /** The chart factory behind the panel (for export and tests). */
    public SpectrumChart chart() {
        return chart;
    }

    /** Links the τ slider to the scenario's view settings; sweeps run on {@code compute}. */
    void bind(ScenarioModel scenarioModel, ComputeService compute) {
        model = scenarioModel;
        service = compute;
        editor = new ScenarioEditor(model, s -> s.view().spectrumThreshold(), this::showThreshold);
        threshold.valueProperty().addListener((o, a, v) ->
                editor.edit(s -> s.withView(s.view().withSpectrumThreshold(v.doubleValue()))));
    }

    /** Shows a new analysis. */
    void show(SpectrumView spectrum) {
        markPending(null);
        view = spectrum;
        smallestPositive.setText(secondSmallest(spectrum));
        conditionNumber.setText(number(spectrum.conditionNumber()));
        hessianError.setText(number(spectrum.hessianMarginalError()));
        truncatedCount.setText(spectrum.eigenvalues().length == 0 ? "—"
                : spectrum.truncatedCount() + " of " + spectrum.eigenvalues().length);
        circleValue.setText(number(spectrum.circleReference()));
        chart.update(spectrum.eigenvalues(), spectrum.threshold());
        whyNoSpectrum = spectrum.eigenvalues().length == 0 ? String.join(" ", spectrum.notes()) : null;
        showChartKind();
        showNotesBesideChart(String.join("\n", spectrum.notes()));
    }

    /** The eigenvalue chart, or the one line saying why there is none (an empty axis would say nothing). */
    private javafx.scene.Node spectrumOrWhyNot() {
        if (whyNoSpectrum == null) {
            return chart.chart();
        }
        whyNotLine.setText(whyNoSpectrum);
        return whyNotLine;
    }

    /** Clears the figures when the method has no H-matrix (non-entropic plans). */
    void showNotApplicable(String why) {
        markPending(null);
        view = null;
        for (Label l : new Label[] {smallestPositive, conditionNumber, hessianError, truncatedCount, circleValue}) {
            l.setText("—");
        }
        whyNoSpectrum = why;
        showChartKind();
        showNotesBesideChart(why);
    }

    /**
     * Marks what the panel shows as not the plan's: the figures and the eigenvalue chart dimmed, {@code line} over
     * the chart (the plan on screen is being analysed, or its analysis stopped), until {@link #show} or
     * {@link #showNotApplicable}.
     */
    void showPending(String line) {
        markPending(line);
        showChartKind();
    }

    private void markPending(String line) {
        pending = line != null;
        pendingLine.setText(line == null ? "" : line);
        pendingLine.setVisible(pending);
        figures.setOpacity(pending ? PENDING_OPACITY : 1);
    }

    /** The line over the chart while the figures are dimmed as not the plan's, or {@code null} (what the user sees). */
    public String pendingLine() {
        return pendingLine.isVisible() && figures.getOpacity() < 1 ? pendingLine.getText() : null;
    }

    /** Why the chart shows no eigenvalues, or {@code null} when it shows them (tests). */
    public String whyNoSpectrum() {
        return whyNoSpectrum;
    }

    /**
     * The notes, unless the chart's place already says them (no spectrum, the eigenvalue chart chosen): said twice,
     * the column's copy was cut in presenter mode at 1280×800.
     */
    private void showNotesBesideChart(String text) {
        showNotes(whyNoSpectrum != null && SPECTRUM.equals(chartKind.getValue()) ? "" : text);
    }

    /**
     * The notes, or where they do not fit (the presenter's short bottom panel) each cut to what precedes its colon
     * ("Hessian check skipped"); the tooltip has them whole.
     */
    private void showNotes(String text) {
        String brief = java.util.Arrays.stream(text.split("\n")).map(n -> n.contains(": ") ? n.substring(0,
                n.indexOf(": ")) : n).collect(java.util.stream.Collectors.joining("\n"));
        FittedText.show(notes, brief.equals(text) ? List.of(text) : List.of(text, brief));
        TooltipText.show(notes, text);
    }

    /** The analysis shown, or {@code null}. */
    public SpectrumView shown() {
        return view;
    }

    /**
     * The figures' column keeps the width of the widest number it shows ({@value #WIDEST_FIGURE}), whatever the
     * figures are: λ₂ₙ₋₁'s "(0: split plan)" wraps onto a second line beneath it. Sized by the text, the column
     * widened as ε was dragged low and squeezed the τ slider's name onto two lines, the slider jumping under the
     * pointer.
     */
    private void holdFigureColumn() {
        Label[] values = {smallestPositive, conditionNumber, hessianError, truncatedCount, circleValue};
        smallestPositive.setWrapText(true);
        Runnable fit = () -> {
            double width = FittedText.width(WIDEST_FIGURE, smallestPositive) + 1;
            for (Label l : values) {
                l.setMinWidth(width);
                l.setPrefWidth(width);
                l.setMaxWidth(width);
            }
        };
        smallestPositive.fontProperty().addListener((o, was, font) -> fit.run());
        fit.run();
    }

    private void showThreshold(Scenario s) {
        threshold.setValue(s.view().spectrumThreshold());
    }

    /**
     * λ₂ₙ₋₁ as it is: within round-off of zero (1e-14 λ_max) it is a second zero eigenvalue (the plan's support
     * splits), below that H is not positive semi-definite (an unconverged plan) — never shown as a small positive.
     */
    static String secondSmallest(SpectrumView spectrum) {
        double[] e = spectrum.eigenvalues();
        double v = spectrum.smallestPositive();
        if (e.length == 0 || Double.isNaN(v)) {
            return number(v);
        }
        double roundOff = 1e-14 * Math.abs(e[e.length - 1]);
        if (Math.abs(v) <= roundOff) {
            return number(v) + " (0: split plan)";
        }
        return v < 0 ? number(v) + " (negative)" : number(v);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.4g", v);
    }
}
