package org.otexplorer.ui.ipot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.otexplorer.barycenter.BarycenterProblem;
import org.otexplorer.barycenter.BarycenterResult;
import org.otexplorer.io.Scenario;
import org.otexplorer.ui.workbench.Phrases;
import org.otexplorer.ui.workbench.SectionControls;
import org.otexplorer.ui.workbench.SettingsGrid;
import org.otexplorer.ui.workbench.WorkbenchContext;

/**
 * The panel "Barycenters" (BarycenterPanel.fxml; thesis §2.6, Fig. 2.8, math.md §16.3–16.5): the inputs (glyph
 * thumbnails, or the 1-D histograms), IBP's and IPOT's barycenters at the same β = ε side by side with their
 * sharpness printed (the exact 1-D barycenter overlaid dashed), and the IPOT barycenter between the first two inputs
 * at the weight s of the slider (displacement interpolation). The barycenters are one job ({@link BarycenterView}),
 * the interpolation frame another ({@link InterpolationFrame}), so moving s reruns only the frame.
 */
public final class BarycenterPanelController implements IpotPanel {
    @FXML
    private javafx.scene.layout.GridPane controls;
    @FXML
    private Label summary;
    @FXML
    private Label inputsCaption;
    @FXML
    private StackPane inputsHolder;
    @FXML
    private HBox thumbnails;
    @FXML
    private Label ibpCaption;
    @FXML
    private Label ipotCaption;
    @FXML
    private Label interpolationCaption;
    @FXML
    private StackPane ibpHolder;
    @FXML
    private StackPane ipotHolder;
    @FXML
    private StackPane interpolationHolder;

    private final GridHeatmap ibpImage = new GridHeatmap(false);
    private final GridHeatmap ipotImage = new GridHeatmap(false);
    private final GridHeatmap interpolationImage = new GridHeatmap(false);
    private final List<GridHeatmap> inputImages = new ArrayList<>();
    private final HistogramChart inputCurves = new HistogramChart();
    private final HistogramChart ibpCurves = new HistogramChart();
    private final HistogramChart ipotCurves = new HistogramChart();
    private final HistogramChart interpolationCurves = new HistogramChart();
    private WorkbenchContext context;
    private PanelJob<BarycenterView> barycenters;
    private PanelJob<InterpolationFrame> interpolation;

    @FXML
    private void initialize() {
        for (StackPane holder : List.of(inputsHolder, ibpHolder, ipotHolder, interpolationHolder)) {
            holder.setMinSize(0, 0);
        }
        thumbnails.setMinSize(0, 0);
        // Three lines at 1280 × 800 (the IPOT caption's last line lay under its heatmap with one line's height).
        WrappedLabels.keepWrappedHeight(inputsCaption, ibpCaption, ipotCaption, interpolationCaption);
    }

    /** Links the panel to the window's scenario and service (the view computes it). */
    void attach(WorkbenchContext workbench) {
        context = workbench;
        barycenters = new PanelJob<>(context, BarycenterView.ANALYSIS, BarycenterView::inputs, this::show,
                m -> showFailure("Cannot compute the barycenters: " + m));
        interpolation = new PanelJob<>(context, InterpolationFrame.ANALYSIS, InterpolationFrame::inputs,
                this::show, m -> showFailure("Cannot interpolate: " + m));
        SectionControls section = new SectionControls(context.model(), IpotSection.NAME, List.of(
                IpotSection.INTERPOLATION, IpotSection.BARYCENTER_INPUTS, IpotSection.GLYPH, IpotSection.INPUT_COUNT,
                IpotSection.GLYPH_SIDE, IpotSection.BARYCENTER_BETA, IpotSection.BARYCENTER_STEPS, IpotSection.ORDER));
        ListField weights = new ListField(context.model(), IpotSection.WEIGHTS, s -> {
            BarycenterInputs.problem(s);
            return s;
        });
        weights.field().setPromptText("equal, 1/K each"); // an empty list (the default) means equal weights
        SettingsGrid.fill(controls, section.nodes(), List.of(weights.node()));
    }

    @Override
    public List<PanelJob<?>> jobs() {
        return List.of(barycenters, interpolation);
    }







    /** The barycenters on display, or {@code null}. */
    BarycenterView shown() {
        return barycenters.result();
    }

    /** The interpolation frame on display, or {@code null}. */
    InterpolationFrame shownFrame() {
        return interpolation.result();
    }

    GridHeatmap ibpImage() {
        return ibpImage;
    }

    GridHeatmap ipotImage() {
        return ipotImage;
    }

    HistogramChart ibpCurves() {
        return ibpCurves;
    }

    /** The caption labels above the three pictures. */
    List<Label> captionLabels() {
        return List.of(ibpCaption, ipotCaption, interpolationCaption);
    }

    /** The holders of the three pictures under the captions, in the order of {@link #captionLabels}. */
    List<StackPane> pictureHolders() {
        return List.of(ibpHolder, ipotHolder, interpolationHolder);
    }

    List<String> captions() {
        return List.of(summary.getText(), inputsCaption.getText(), ibpCaption.getText(), ipotCaption.getText(),
                interpolationCaption.getText());
    }

    /** The glyph thumbnails on display. */
    List<GridHeatmap> thumbnailImages() {
        return inputImages.subList(0, thumbnails.getChildren().size());
    }

    int thumbnailCount() {
        return thumbnails.getChildren().size();
    }

    private void show(Object any) {
        Scenario s = context.model().scenario();
        BarycenterView v = barycenters.result();
        InterpolationFrame f = interpolation.result();
        if (v != null && barycenters.isCurrent(s) && barycenters.failure() == null) {
            showBarycenters(v);
        }
        if (f != null && interpolation.isCurrent(s) && interpolation.failure() == null) {
            showFrame(f);
        }
    }

    private void showBarycenters(BarycenterView v) {
        BarycenterProblem p = v.problem();
        boolean line = p.grid().isLine();
        StringBuilder weights = new StringBuilder();
        for (double w : p.weights()) {
            weights.append(weights.length() == 0 ? "" : ", ").append(org.otexplorer.parameters.Parameter.format(w));
        }
        inputsCaption.setText(String.format(Locale.ROOT, "%d inputs on a %d × %d grid, λ = (%s)", p.size(),
                p.grid().rows(), p.grid().cols(), weights));
        ibpCaption.setText(caption(v.ibp()));
        ipotCaption.setText(caption(v.ipot()));
        summary.setText(v.exactSharpness() == null
                ? String.format(Locale.ROOT, "β = ε = %s: IPOT's barycenter holds 99 %% of its mass in %d bins, IBP's"
                        + " in %d", org.otexplorer.parameters.Parameter.format(v.ibp().epsilon()),
                        v.ipot().sharpness().bins99(), v.ibp().sharpness().bins99())
                : "exact barycenter (dashed, quantile averaging): " + BarycenterView.sharpness(v.exactSharpness()));
        if (line) {
            List<HistogramChart.Curve> inputs = new ArrayList<>();
            for (int k = 0; k < p.size(); k++) {
                inputs.add(new HistogramChart.Curve("p" + k, k, p.input(k), false));
            }
            inputCurves.show(inputs);
            inputsHolder.getChildren().setAll(inputCurves.chart());
            ibpCurves.show(List.of(new HistogramChart.Curve("IBP", 1, v.ibp().barycenter(), false),
                    new HistogramChart.Curve("exact", 0, v.exact(), true)));
            ipotCurves.show(List.of(new HistogramChart.Curve("IPOT", 2, v.ipot().barycenter(), false),
                    new HistogramChart.Curve("exact", 0, v.exact(), true)));
            ibpHolder.getChildren().setAll(ibpCurves.chart());
            ipotHolder.getChildren().setAll(ipotCurves.chart());
        } else {
            while (inputImages.size() < p.size()) {
                inputImages.add(new GridHeatmap(true));
            }
            thumbnails.getChildren().clear();
            for (int k = 0; k < p.size(); k++) {
                GridHeatmap thumb = inputImages.get(k);
                thumb.show(p.grid().rows(), p.grid().cols(), p.input(k));
                HBox.setHgrow(thumb.chart(), Priority.ALWAYS);
                thumb.chart().setPrefWidth(1);
                thumbnails.getChildren().add(thumb.chart());
            }
            inputsHolder.getChildren().setAll(thumbnails);
            ibpImage.show(p.grid().rows(), p.grid().cols(), v.ibp().barycenter());
            ipotImage.show(p.grid().rows(), p.grid().cols(), v.ipot().barycenter());
            ibpHolder.getChildren().setAll(ibpImage.chart());
            ipotHolder.getChildren().setAll(ipotImage.chart());
        }
    }

    private void showFrame(InterpolationFrame f) {
        interpolationCaption.setText("IPOT between p0 and p1 at " + Phrases.unbroken(String.format(Locale.ROOT,
                "s = %.2f", f.s())) + ": " + Phrases.list(BarycenterView.sharpnessPhrases(f.sharpness())));
        if (f.exact() != null) {
            interpolationCurves.show(List.of(new HistogramChart.Curve("p0", 0, f.first(), false),
                    new HistogramChart.Curve("p1", 1, f.second(), false),
                    new HistogramChart.Curve("IPOT", 2, f.ipot(), false),
                    new HistogramChart.Curve("exact", 0, f.exact(), true)));
            interpolationHolder.getChildren().setAll(interpolationCurves.chart());
        } else {
            int side = (int) Math.round(Math.sqrt(f.ipot().length));
            interpolationImage.show(side, side, f.ipot());
            interpolationHolder.getChildren().setAll(interpolationImage.chart());
        }
    }

    /**
     * "IPOT β = 0.01, L = 1 (consensus order): 100 steps, marginal error 1.1e-02, entropy …", wrapping only between
     * its phrases ({@link Phrases}: in presenter mode at 1280 × 800 it broke "marginal error" from its figure).
     */
    private static String caption(BarycenterResult r) {
        List<String> phrases = new ArrayList<>(List.of(r.iterations() + " steps",
                String.format(Locale.ROOT, "marginal error %.1e", r.marginalError())));
        phrases.addAll(List.of(BarycenterView.sharpnessPhrases(r.sharpness())));
        return Phrases.caption(IpotLabels.onScreen(r.label()), phrases.toArray(String[]::new));
    }

    private void showFailure(String message) {
        summary.setText(message);
        context.status().error("Barycenters: " + message);
    }
}
