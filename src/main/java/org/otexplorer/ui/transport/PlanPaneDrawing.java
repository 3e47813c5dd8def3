package org.otexplorer.ui.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.Charts;
import org.otexplorer.ui.charts.MarginalKey;
import org.otexplorer.ui.charts.PlanHeatmapChart;

/**
 * Hands a prepared {@link PlanDisplay} to a heatmap (on the FX thread, arrays only): the values on a colour range,
 * the marginals in the display's order (the plan's as lines over the prescribed weights' bars), and the
 * hover text of a cell in the original indices. The panel and the exported figure draw through it, so they agree.
 */
final class PlanPaneDrawing {
    /**
     * The solves a plan figure shows.
     *
     * @param a pane A's, the scenario's own
     * @param b pane B's (side by side), or {@code null}
     */
    record Solves(SolveView a, SolveView b) {
    }

    /** Marginal differences below this fraction of the largest marginal entry are rounding. */
    static final double ROUNDING = 1e-9;

    private PlanPaneDrawing() {
    }

    /** The colour bar's name when panes A and B share it. */
    static String sharedColorAxis(PlanPanes panes) {
        return (panes.a().logScale() ? "log10 P" : "P") + " (A and B)";
    }

    /**
     * The exported plan figure: pane A's heatmap alone, or as the panel shows the panes side by side — the strips'
     * key once above a row of equal shares of the width: A and B under their titles on one colour range (the bar
     * beside B) and one mass scale, then A − B when prepared.
     */
    static Region figure(PlanPanes panes, Solves s, String colormap) {
        PlanHeatmapChart a = new PlanHeatmapChart();
        double marginals = largestMarginal(s.a(), panes.b() == null ? null : s.b());
        if (panes.b() == null) {
            draw(a, panes.a(), s.a(), colormap, panes.colorRange(), null, marginals);
            return a.chart();
        }
        String shared = sharedColorAxis(panes);
        draw(a, panes.a(), s.a(), colormap, panes.colorRange(), shared, marginals);
        a.setColorBarVisible(false);
        PlanHeatmapChart b = new PlanHeatmapChart();
        draw(b, panes.b(), s.b(), colormap, panes.colorRange(), shared, marginals);
        List<Region> shown = new ArrayList<>(List.of(
                TitledPanes.solvePane("A", s.a(), a.chart()), TitledPanes.solvePane("B", s.b(), b.chart())));
        PlanHeatmapChart d = null;
        if (panes.difference() != null) {
            d = new PlanHeatmapChart();
            drawDifference(d, panes.difference(), s.a(), s.b(), panes.differenceRange());
            Label title = TitledPanes.title();
            showDifferenceTitle(title, d);
            shown.add(TitledPanes.pane(title, d.chart()));
        }
        for (PlanHeatmapChart c : d == null ? List.of(a, b) : List.of(a, b, d)) {
            c.setCornerLegendVisible(false);
        }
        MarginalKey key = new MarginalKey(PLAN_KEY);
        key.setScale(keyScale(a));
        HBox row = new HBox(6);
        row.getChildren().setAll(shown);
        VBox.setVgrow(row, Priority.ALWAYS);
        return new VBox(2, key.node(), row);
    }

    /** The side-by-side key's name of the plan marginal. */
    static final String PLAN_KEY = "plan";

    /** The side-by-side key's mass scale, of panes A and B (shared). */
    static String keyScale(PlanHeatmapChart ab) {
        return "strips " + ab.massScaleText();
    }

    /**
     * Shows the difference pane's title, with its strips' own mass scale: they draw |P_A1 − P_B1| and |P_Aᵀ1 − P_Bᵀ1| in
     * the plan marginal's style.
     */
    static void showDifferenceTitle(Label title, PlanHeatmapChart difference) {
        TitledPanes.show(title, "A − B   strips |Δ| " + difference.massScaleText(), "A − B");
    }

    /**
     * The largest mass in the marginals and weights of a solve and, side by side, of pane B's ({@code null}: none),
     * so that panes A and B share one mass scale, as they share one colour scale.
     */
    static double largestMarginal(SolveView a, SolveView b) {
        double top = 0;
        for (SolveView s : b == null ? List.of(a) : List.of(a, b)) {
            for (double[] v : List.of(s.rowSums(), s.columnSums(), s.sourceWeights(), s.targetWeights())) {
                top = Math.max(top, largest(v));
            }
        }
        return top;
    }

    /**
     * Draws a plan or cost display of a solve.
     *
     * @param colorAxis the colour bar's name, or {@code null} for the display's own ("P", "log10 P", "C")
     * @param marginals the largest mass the strips show ({@link #largestMarginal}: side by side, of both solves)
     */
    static void draw(PlanHeatmapChart chart, PlanDisplay d, SolveView s, String colormap, double[] range,
                     String colorAxis, double marginals) {
        chart.setColorAxisName(colorAxis != null ? colorAxis : PlanDisplay.COST.equals(d.quantity()) ? "C" : null);
        chart.update(d.rows(), d.columns(), d.values(), d.logScale(), colormap, range);
        chart.showMarginals(PlanDisplay.permuted(s.rowSums(), d.rowOrder()),
                PlanDisplay.permuted(s.columnSums(), d.columnOrder()),
                PlanDisplay.permuted(s.sourceWeights(), d.rowOrder()),
                PlanDisplay.permuted(s.targetWeights(), d.columnOrder()), marginals);
        int[] rows = d.rowOrder();
        int[] columns = d.columnOrder();
        chart.setCellText((i, jj) -> String.format(Locale.ROOT, "source i = %d, target j = %d%nP_ij = %.4g%nC_ij = %.4g",
                rows[i], columns[jj], s.planEntry(rows[i], columns[jj]), s.cost()[rows[i] * s.m() + columns[jj]]));
    }

    /** Draws the difference P_A − P_B of two solves on a diverging scale centred at 0. */
    static void drawDifference(PlanHeatmapChart chart, PlanDisplay d, SolveView a, SolveView b, double[] range) {
        chart.setColorAxisName(PlanDisplay.DIFFERENCE);
        chart.update(d.rows(), d.columns(), d.values(), false, Charts.DIVERGING, range);
        int[] rows = d.rowOrder();
        int[] columns = d.columnOrder();
        double rounding = ROUNDING * Math.max(largest(a.rowSums()), largest(a.columnSums()));
        chart.showMarginals(difference(a.rowSums(), b.rowSums(), rows, rounding), difference(a.columnSums(),
                b.columnSums(), columns, rounding), null, null);
        chart.setCellText((i, jj) -> String.format(Locale.ROOT, "source i = %d, target j = %d%nP_A − P_B = %.4g%n"
                + "P_A = %.4g, P_B = %.4g", rows[i], columns[jj], d.value(i, jj), a.planEntry(rows[i], columns[jj]),
                b.planEntry(rows[i], columns[jj])));
    }

    /**
     * |a − b| per entry in an order: how much the two plans' marginals differ; differences below {@code rounding}
     * are 0 (two balanced plans have the same marginals up to rounding, which the strip would otherwise scale up to
     * its full height as a curve of noise).
     */
    private static double[] difference(double[] a, double[] b, int[] order, double rounding) {
        double[] out = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            double d = Math.abs(a[order[k]] - b[order[k]]);
            out[k] = d < rounding ? 0 : d;
        }
        return out;
    }

    /** The largest |value|. */
    static double largest(double[] values) {
        double top = 0;
        for (double v : values) {
            top = Math.max(top, Math.abs(v));
        }
        return top;
    }
}
