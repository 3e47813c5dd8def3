package org.otexplorer.ui.permutation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import org.otexplorer.permutation.HeadKind;
import org.otexplorer.ui.charts.TraceChart;

/**
 * The race's three curve charts, the same in the panel and the exported figure: the training loss (log axis; a loss
 * of exactly 0, which a hard head reaches once it sorts every training sequence, is drawn at {@value #FLOOR}), the
 * test Kendall τ, and the soft heads' mean constraint error, one curve per head in its lane colour.
 */
final class RaceCurves {
    /** Where values of exactly 0 are drawn on the log axes. */
    static final double FLOOR = 1e-12;

    private RaceCurves() {
    }

    /** A head's name short enough for a legend. */
    static String shortLabel(HeadKind h) {
        return switch (h) {
            case SINKHORN -> "Sinkhorn";
            case GUMBEL_SINKHORN -> "Gumbel-Sinkhorn";
            case HUNGARIAN -> "Hungarian-STE";
            case HUNGARIAN_GUMBEL -> "Hungarian-STE + Gumbel";
        };
    }

    /** Shows a race snapshot, or empty charts for {@code null}; the epoch axes and the τ axis ([−1, 1]) are fixed. */
    static void show(RaceSnapshot race, TraceChart loss, TraceChart tau, TraceChart constraint) {
        update(race, loss, tau, constraint);
        for (TraceChart c : List.of(loss, tau, constraint)) {
            c.chart().getXAxis().setName("epoch");
        }
        DefaultNumericAxis tauAxis = (DefaultNumericAxis) tau.chart().getYAxis();
        tauAxis.setAutoRanging(false);
        tauAxis.set(-1.05, 1.05);
    }

    private static void update(RaceSnapshot race, TraceChart loss, TraceChart tau, TraceChart constraint) {
        if (race == null) {
            loss.update("training loss", List.of(), false);
            tau.update("test Kendall τ", List.of(), false);
            constraint.update("constraint error", List.of(), false);
            return;
        }
        // Short axis titles: six charts share the panel, and in presenter mode a chart's axis is about 150 px high.
        // A loss of exactly 0 is drawn at the floor, and the lanes print it as 0.00e+00.
        loss.update("training loss", curves(race, RaceSnapshot.HeadTrace::loss, false, true), false);
        tau.update("test Kendall τ", curves(race, RaceSnapshot.HeadTrace::kendallTau, false, false),
                false);
        constraint.update("constraint error", curves(race, RaceSnapshot.HeadTrace::constraintMean, true, true),
                false);
    }

    private static List<TraceChart.Curve> curves(RaceSnapshot race, Function<RaceSnapshot.HeadTrace, double[]> metric,
                                                 boolean softOnly, boolean floor) {
        List<TraceChart.Curve> out = new ArrayList<>();
        for (RaceSnapshot.HeadTrace h : race.heads()) {
            if (softOnly && !h.head().isSoft()) {
                continue;
            }
            double[] v = metric.apply(h).clone();
            if (floor) {
                for (int k = 0; k < v.length; k++) {
                    v[k] = Math.max(v[k], FLOOR);
                }
            }
            out.add(new TraceChart.Curve(shortLabel(h.head()), h.head().ordinal(), h.epoch(), v));
        }
        return out;
    }
}
