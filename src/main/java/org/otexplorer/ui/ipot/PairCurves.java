package org.otexplorer.ui.ipot;

import java.util.List;
import org.otexplorer.ipot.ProximalEntropicPairs;
import org.otexplorer.ui.charts.TraceChart;

/**
 * The pairs' difference chart: {@code max_ij |T_ij − P_ij|} against t, for IPOT with exact inner solves (round-off,
 * about 1e-14) and with one sweep per step (L = 1), up to the t on screen. Zero differences are drawn at 1e-17 so
 * the log axis holds them.
 */
final class PairCurves {
    private static final double FLOOR = 1e-17;

    private PairCurves() {
    }

    static void show(PairsResult r, int t, TraceChart chart) {
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
        chart.update("max |T − P_Sinkhorn(β/t)|", List.of(
                new TraceChart.Curve("IPOT, exact inner solves", 0, steps, exact),
                new TraceChart.Curve("IPOT, one sweep per step (L = 1)", 1, steps, oneSweep)), false);
        chart.chart().getXAxis().setName("proximal step t");
    }
}
