package org.otexplorer.ui.ipot;

import java.util.List;
import org.otexplorer.ipot.ProximalEntropicPairs;
import org.otexplorer.ui.charts.IndexAxis;
import org.otexplorer.ui.charts.TraceChart;

/**
 * The pairs' difference chart: {@code max_ij |T_ij − P_ij|} against t, for IPOT with exact inner solves (round-off,
 * about 1e-14) and with one sweep per step (L = 1), up to the t on screen. Zero differences are drawn at 1e-17 so
 * the log axis holds them. The axes keep the range of every computed t (0 … steps, whole-number ticks), so they do
 * not move while t plays; the metric axis' title is short enough for the chart's height in presenter mode (the
 * legend says which curve is which).
 */
final class PairCurves {
    private static final double FLOOR = 1e-17;
    /** The metric axis' title. */
    static final String METRIC = "max |T − P|";

    private PairCurves() {
    }

    /** Labels the chart's t axis with whole steps only (chart-fx ticks 0 … 30 every 2.5). */
    static void labelWholeSteps(TraceChart chart) {
        IndexAxis.labelWholeNumbers((io.fair_acc.chartfx.axes.spi.DefaultNumericAxis) chart.chart().getXAxis());
    }

    static void show(PairsResult r, int t, TraceChart chart) {
        chart.holdRanges(curves(r, r.pairs().size()));
        chart.update(METRIC, curves(r, t), false);
        chart.chart().getXAxis().setName("proximal step t");
    }

    /** The two curves up to step t. */
    private static List<TraceChart.Curve> curves(PairsResult r, int t) {
        int count = Math.max(1, Math.min(t, r.pairs().size()));
        double[] steps = new double[count];
        double[] exact = new double[count];
        double[] oneSweep = new double[count];
        for (int k = 0; k < count; k++) {
            ProximalEntropicPairs.Pair p = r.pairs().get(k);
            steps[k] = p.t();
            exact[k] = Math.max(FLOOR, p.maxDifference());
            oneSweep[k] = Math.max(FLOOR, p.oneSweepDifference());
        }
        return List.of(new TraceChart.Curve("IPOT, exact inner solves", 0, steps, exact),
                new TraceChart.Curve("IPOT, one sweep per step (L = 1)", 1, steps, oneSweep));
    }
}
