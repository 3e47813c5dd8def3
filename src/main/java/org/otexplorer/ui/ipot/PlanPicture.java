package org.otexplorer.ui.ipot;

import org.otexplorer.engine.TransportPlan;
import org.otexplorer.ui.charts.PlanHeatmapChart;

/**
 * A plan as the IPOT panels draw it: {@code log10 P} on a colour range of {@value #DECADES} decades below the largest
 * entry of the plans drawn side by side, so a blurred plan's wide band and a sharp plan's thin line are seen on one
 * scale, with the plan's marginals over the prescribed a and b in the strips (POT's {@code plot1D_mat} layout).
 */
final class PlanPicture {
    /** Decades of the colour range. */
    static final int DECADES = 6;

    private PlanPicture() {
    }

    /** The colour range [log10 max − decades, log10 max] shared by the plans. */
    static double[] range(TransportPlan... plans) {
        double max = Double.MIN_NORMAL;
        for (TransportPlan p : plans) {
            for (double v : p.values()) {
                max = Math.max(max, v);
            }
        }
        double top = Math.log10(max);
        return new double[] {top - DECADES, top};
    }

    /** Draws the plan with its marginals over a and b, on the given colour range. */
    static void show(PlanHeatmapChart chart, TransportPlan plan, double[] a, double[] b, double[] range,
                     String colormap) {
        double[] values = plan.values();
        double[] logs = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            logs[k] = Math.max(range[0], Math.log10(Math.max(values[k], Double.MIN_VALUE)));
        }
        chart.update(plan.n(), plan.m(), logs, true, colormap, range);
        chart.showMarginals(plan.rowSums(), plan.columnSums(), a, b);
        chart.setCellText((i, j) -> String.format(java.util.Locale.ROOT, "i = %d, j = %d, P = %.3e", i, j,
                plan.get(i, j)));
    }
}
