package org.otexplorer.ui.steps;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.otexplorer.ui.charts.PlanHeatmapChart;

/**
 * The step-by-step picture, in the view and in its exported figure: a caption naming the frame (k, iteration,
 * half-step, phase), the plan after k (half-)steps as a heatmap on a colour scale locked over the solve, with its row
 * and column sums against a and b in the strips beside it (entries above the scale, as the start's kernel may have,
 * are drawn at its top colour and the caption says so) ({@link PlanHeatmapChart}), the potentials f and g as bar
 * strips under it, and the marginal error against the iteration with the frame marked. FX thread only; it is handed
 * prepared arrays ({@link FrameView}).
 */
final class StepsPicture {
    private final PlanHeatmapChart plan = new PlanHeatmapChart();
    private final PotentialStrips potentials = new PotentialStrips();
    private final ErrorChart errors = new ErrorChart();
    private final Label caption = new Label();
    private final GridPane grid = new GridPane();
    /**
     * The caption above the grid, not in a grid row: a grid sizes a wrapped label spanning two columns for one
     * line, so a caption wrapping to two (presenter mode) overlapped the plan's legend.
     */
    private final VBox root = new VBox(4, caption, grid);
    private double[] colourRange = {0, 1};
    private FrameView shown;
    private String colormap = "viridis";

    StepsPicture() {
        caption.getStyleClass().add("steps-caption");
        caption.setStyle("-fx-font-weight: bold;");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        HBox strips = new HBox(8, potentials.fChart(), potentials.gChart());
        HBox.setHgrow(potentials.fChart(), Priority.ALWAYS);
        HBox.setHgrow(potentials.gChart(), Priority.ALWAYS);
        potentials.fChart().setPrefWidth(10);
        potentials.gChart().setPrefWidth(10);
        strips.setMinHeight(120);
        strips.setPrefHeight(170);
        Region heatmap = plan.chart();
        heatmap.setMinSize(0, 0);
        errors.chart().setMinSize(0, 0);
        errors.chart().setPrefWidth(10);
        grid.add(heatmap, 0, 0);
        grid.add(strips, 0, 1);
        grid.add(errors.chart(), 1, 0, 1, 2);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(62);
        left.setHgrow(Priority.ALWAYS);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(38);
        right.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(left, right);
        RowConstraints top = new RowConstraints();
        top.setVgrow(Priority.ALWAYS);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(24);
        grid.getRowConstraints().setAll(top, bottom);
        grid.setHgap(8);
        grid.setVgap(4);
        VBox.setVgrow(grid, Priority.ALWAYS);
        root.setPadding(new Insets(4));
        root.getStyleClass().add("steps-picture");
    }

    Region node() {
        return root;
    }

    /** Shows a new solve: its error history, its locked colour range, fresh potential ranges. */
    void showRun(StepsRun run) {
        colourRange = run.colourRange();
        potentials.lock(run.fRange(), run.gRange());
        errors.show(run.recording().errorHistory(), run.recording().result().phases());
    }

    /** Shows one frame of the solve last given to {@link #showRun}, in a colormap of {@code ViewSpec.COLORMAPS}. */
    void showFrame(FrameView v, String colormapId) {
        colormap = colormapId;
        showFrame(v);
    }

    /** Shows one frame in the colormap last given. */
    void showFrame(FrameView v) {
        shown = v;
        double[] shownPlan = v.plan();
        boolean clipped = false;
        for (double x : shownPlan) {
            clipped |= x > colourRange[1];
        }
        if (clipped) {
            shownPlan = shownPlan.clone();
            for (int k = 0; k < shownPlan.length; k++) {
                shownPlan[k] = Math.min(shownPlan[k], colourRange[1]);
            }
        }
        plan.update(v.n(), v.m(), shownPlan, false, colormap, colourRange);
        plan.showMarginals(v.rowSums(), v.columnSums(), v.a(), v.b());
        potentials.show(v.f(), v.g());
        errors.mark(v.iteration(), v.marginalError());
        caption.setText(v.caption() + String.format(java.util.Locale.ROOT, " · marginal error %.3g",
                v.marginalError()) + (clipped ? " · colours clipped at the locked scale" : ""));
    }

    /** The frame on display, or null. */
    FrameView shown() {
        return shown;
    }

    String caption() {
        return caption.getText();
    }

    PlanHeatmapChart plan() {
        return plan;
    }

    PotentialStrips potentials() {
        return potentials;
    }

    ErrorChart errors() {
        return errors;
    }
}
