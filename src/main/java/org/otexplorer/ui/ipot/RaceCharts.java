package org.otexplorer.ui.ipot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.otexplorer.ipot.ConvergenceCurve;
import org.otexplorer.ipot.ConvergenceRace;
import org.otexplorer.ui.charts.TraceChart;

/**
 * The race's two charts (thesis Fig. 2.2 and 2.4) up to an iteration: {@code |W − W_LP|} and the support size
 * against the iteration, one curve per method (IPOT configurations first, then Sinkhorn), log axes, and the exact
 * plan's support size as a flat line. Cost gaps below {@code 1e−16 W_LP} are drawn at that floor so the log axis
 * holds them.
 */
final class RaceCharts {
    private RaceCharts() {
    }

    /** Fills the two charts with the curves up to {@code iteration}. */
    static void show(ConvergenceRace.Result race, int iteration, TraceChart gaps, TraceChart supports) {
        gaps.update("|W − W_LP|", gapCurves(race, iteration), true);
        supports.update("support size (> 1e-6)", supportCurves(race, iteration), true);
    }

    static List<TraceChart.Curve> gapCurves(ConvergenceRace.Result race, int iteration) {
        List<TraceChart.Curve> out = new ArrayList<>();
        double floor = 1e-16 * Math.abs(race.exactCost());
        int lane = 0;
        for (ConvergenceCurve c : race.curves()) {
            int count = upTo(c.iterations(), iteration);
            double[] gap = Arrays.copyOf(c.costGaps(race.exactCost()), count);
            for (int k = 0; k < count; k++) {
                gap[k] = Math.max(gap[k], floor);
            }
            out.add(new TraceChart.Curve(IpotLabels.onScreen(c.label()), lane++, iterations(c, count), gap));
        }
        return out;
    }

    static List<TraceChart.Curve> supportCurves(ConvergenceRace.Result race, int iteration) {
        List<TraceChart.Curve> out = new ArrayList<>();
        int lane = 0;
        for (ConvergenceCurve c : race.curves()) {
            int count = upTo(c.iterations(), iteration);
            double[] support = new double[count];
            for (int k = 0; k < count; k++) {
                support[k] = c.supportSizes()[k];
            }
            out.add(new TraceChart.Curve(IpotLabels.onScreen(c.label()), lane++, iterations(c, count), support));
        }
        double exact = race.exactSupportSize();
        out.add(new TraceChart.Curve("exact plan", lane, new double[] {1, Math.max(2, iteration)},
                new double[] {exact, exact}));
        return out;
    }

    /** How many of the recorded iterations are at most {@code iteration} (at least one, so a curve shows). */
    static int upTo(int[] recorded, int iteration) {
        int count = 0;
        while (count < recorded.length && recorded[count] <= iteration) {
            count++;
        }
        return Math.max(1, Math.min(count, recorded.length));
    }

    private static double[] iterations(ConvergenceCurve c, int count) {
        double[] x = new double[count];
        for (int k = 0; k < count; k++) {
            x[k] = c.iterations()[k];
        }
        return x;
    }
}
