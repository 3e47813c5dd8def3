package org.otexplorer.ui.ipot;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.util.ArrayList;
import java.util.List;
import org.otexplorer.ipot.ScalabilityStudy;
import org.otexplorer.ipot.ScalabilityStudy.Entry;
import org.otexplorer.ipot.ScalabilityStudy.Method;
import org.otexplorer.ui.charts.TraceChart;

/**
 * Thesis Fig. 2.3 drawn: seconds to relative precision 1e-4 against n, log-log, one line with markers per method
 * (its lane colour, in the legend even before it has a point), a marker at each n where some seed reached the
 * precision (the mean over those seeds) and none where no seed did, the line broken there (it does not bridge a
 * missing size). Both axes are fixed to the study's sizes and the
 * times drawn with a margin, so no marker sits on the frame; the n axis has a tick at every doubling.
 */
final class ScalabilityChart {
    private static final double MARGIN = 1.3;
    private final TraceChart trace = new TraceChart();

    ScalabilityChart() {
        // Missing points are NaN: chart-fx then ends the polyline there and draws no marker.
        ((ErrorDataSetRenderer) trace.chart().getRenderers().get(0)).setAllowNaNs(true);
    }

    XYChart chart() {
        return trace.chart();
    }

    void show(ScalabilityStudy.Result r) {
        List<TraceChart.Curve> curves = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Method m : Method.values()) {
            List<Entry> points = r.of(m).stream().sorted(java.util.Comparator.comparingInt(Entry::n)).toList();
            double[] n = points.stream().mapToDouble(Entry::n).toArray();
            // NaN where no seed reached the precision: the line breaks there instead of bridging the gap.
            double[] seconds = points.stream().mapToDouble(e -> e.meanSeconds().orElse(Double.NaN)).toArray();
            for (double t : seconds) {
                if (!Double.isNaN(t)) {
                    lo = Math.min(lo, t);
                    hi = Math.max(hi, t);
                }
            }
            curves.add(new TraceChart.Curve(m.label(), m.ordinal(), n, seconds));
        }
        trace.update(String.format("seconds to %.0e", ScalabilityStudy.PRECISION), curves, true,
                "n  (points on each side, 16-D uniform)");
        List<Integer> sizes = r.settings().sizes();
        double n0 = sizes.stream().mapToInt(Integer::intValue).min().orElseThrow();
        double n1 = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        fix(xAxis(), n0 / MARGIN, n1 * MARGIN);
        // Base 2: a tick at every doubling of n, written as the whole number it is.
        xAxis().setLogarithmBase(2);
        xAxis().setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return String.valueOf(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return Double.parseDouble(text);
            }
        });
        fix(yAxis(), hi > 0 ? lo / MARGIN / MARGIN : 1e-3, hi > 0 ? hi * MARGIN * MARGIN : 1);
    }

    private static void fix(DefaultNumericAxis axis, double from, double to) {
        axis.setLogAxis(true);
        axis.setAutoRanging(false);
        axis.set(from, to);
    }

    DefaultNumericAxis xAxis() {
        return (DefaultNumericAxis) trace.chart().getXAxis();
    }

    DefaultNumericAxis yAxis() {
        return (DefaultNumericAxis) trace.chart().getYAxis();
    }
}
