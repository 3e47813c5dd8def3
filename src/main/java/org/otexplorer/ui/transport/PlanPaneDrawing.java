package org.otexplorer.ui.transport;

import java.util.Locale;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.Charts;
import org.otexplorer.ui.charts.PlanHeatmapChart;

/**
 * Hands a prepared {@link PlanDisplay} to a heatmap (on the FX thread, arrays only): the values on a colour range,
 * the marginals in the display's order (the prescribed weights as histogram bars for one-dimensional data), and the
 * hover text of a cell in the original indices. The panel and the exported figure draw through it, so they agree.
 */
final class PlanPaneDrawing {
    private PlanPaneDrawing() {
    }

    /**
     * Draws a plan or cost display of a solve.
     *
     * @param colorAxis the colour bar's name, or {@code null} for the display's own ("P", "log10 P", "C")
     */
    static void draw(PlanHeatmapChart chart, PlanDisplay d, SolveView s, String colormap, double[] range,
                     String colorAxis) {
        chart.setColorAxisName(colorAxis != null ? colorAxis : PlanDisplay.COST.equals(d.quantity()) ? "C" : null);
        chart.update(d.rows(), d.columns(), d.values(), d.logScale(), colormap, range);
        marginals(chart, d, s);
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
        chart.showMarginals(difference(a.rowSums(), b.rowSums(), rows), difference(a.columnSums(), b.columnSums(),
                columns), null, null);
        chart.setCellText((i, jj) -> String.format(Locale.ROOT, "source i = %d, target j = %d%nP_A − P_B = %.4g%n"
                + "P_A = %.4g, P_B = %.4g", rows[i], columns[jj], d.value(i, jj), a.planEntry(rows[i], columns[jj]),
                b.planEntry(rows[i], columns[jj])));
    }

    private static void marginals(PlanHeatmapChart chart, PlanDisplay d, SolveView s) {
        boolean oneDimensional = s.sourcePoints()[0].length == 1;
        chart.showMarginals(PlanDisplay.permuted(s.rowSums(), d.rowOrder()),
                PlanDisplay.permuted(s.columnSums(), d.columnOrder()),
                PlanDisplay.permuted(s.sourceWeights(), d.rowOrder()),
                PlanDisplay.permuted(s.targetWeights(), d.columnOrder()), oneDimensional);
    }

    /** |a − b| per entry in an order: how much the two plans' marginals differ. */
    private static double[] difference(double[] a, double[] b, int[] order) {
        double[] out = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = Math.abs(a[order[k]] - b[order[k]]);
        }
        return out;
    }
}
