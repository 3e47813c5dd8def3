package org.otexplorer.ui.charts;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The key to the plan's marginal strips for a row of plans side by side, once for the panel instead of once in
 * every plan's corner: the plan marginal's line, the prescribed weights' bars, and the strips' mass scale, in the
 * strips' own colours ({@code plan-heatmap.css}, light and dark). The same keys label a single plan's corner legend.
 */
public final class MarginalKey {
    /** The style sheet of the strips' and keys' colours. */
    static final String STYLE_SHEET = MarginalKey.class.getResource("plan-heatmap.css").toExternalForm();
    /** What a mass scale means. */
    static final String SCALE_TIP = "The strips run from 0 (next to the plan) to this mass.";
    private final HBox root = new HBox(8);
    private final Label scale = new Label();

    /** A key naming the plan marginal {@code planName} (e.g. "plan marginal"). */
    public MarginalKey(String planName) {
        scale.setTooltip(new Tooltip(SCALE_TIP));
        root.getChildren().setAll(planKey(planName), weightsKey(), scale);
        root.getStyleClass().addAll("marginal-legend", "marginal-key");
        root.getStylesheets().add(STYLE_SHEET);
    }

    /** The key as a node. */
    public HBox node() {
        return root;
    }

    /** Writes the strips' mass scale(s), e.g. "strips 0 – 0.0216". */
    public void setScale(String text) {
        scale.setText(text);
    }

    /** The mass scale as written. */
    public String scaleText() {
        return scale.getText();
    }

    /** "0 – top" of strips scaled to a largest mass (with the headroom the strips leave), or "all 0". */
    public static String scale(double largest) {
        return largest > 0 ? String.format(Locale.ROOT, "0 – %.3g", PlanHeatmapChart.HEADROOM * largest) : "all 0";
    }

    static Label planKey(String name) {
        Label plan = new Label("━ " + name);
        plan.getStyleClass().add(PlanHeatmapChart.PLAN_CLASS);
        plan.setTooltip(new Tooltip("P1 (left) and Pᵀ1 (top): the mass the plan moves from each source and to each"
                + " target."));
        return plan;
    }

    static Label weightsKey() {
        Label weights = new Label("▮ a, b");
        weights.getStyleClass().add(PlanHeatmapChart.WEIGHTS_CLASS);
        weights.setTooltip(new Tooltip("The prescribed weights; robust and unbalanced plans may move less (or more)."));
        return weights;
    }
}
