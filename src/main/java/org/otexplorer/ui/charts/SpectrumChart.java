package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The H-matrix spectrum on a log axis: eigenvalue k (ascending) against k; eigenvalues within round-off of zero
 * (the structural zero) are drawn at the bottom of the axis as a separate marked series; eigenvalues below
 * −round-off (H of an unconverged or split plan) are drawn as |λ| with their own marker and legend entry, never
 * as positive eigenvalues; the truncation threshold τ is a horizontal line.
 */
public final class SpectrumChart {
    private final XYChart chart;
    private final ErrorDataSetRenderer points = new LegendMatchingRenderer();
    private final ErrorDataSetRenderer line = new LegendMatchingRenderer();
    private static final String POSITIVE =
            "-fx-marker-color: #1f77b4; -fx-marker-type: circle; -fx-marker-size: 3; -fx-line-color: #1f77b4;";
    private static final String ZERO =
            "-fx-marker-color: #d62728; -fx-marker-type: diamond; -fx-marker-size: 5; -fx-line-color: #d62728;";
    private static final String NEGATIVE =
            "-fx-marker-color: #9467bd; -fx-marker-type: diamond; -fx-marker-size: 5; -fx-line-color: #9467bd;";
    private static final String THRESHOLD = "-fx-line-color: #ff7f0e; -fx-line-width: 1.5;";
    private int positiveCount;
    private int negativeCount;

    public SpectrumChart() {
        DefaultNumericAxis x = IndexAxis.create("index k");
        DefaultNumericAxis y = Charts.axis("eigenvalue");
        y.logAxisProperty().set(true);
        y.setAutoRanging(false);
        chart = Charts.chart(x, y);
        points.setPolyLineStyle(LineStyle.NONE);
        points.setDrawMarker(true);
        line.setPolyLineStyle(LineStyle.NORMAL);
        line.setDrawMarker(false);
        chart.getRenderers().setAll(points, line);
    }

    public XYChart chart() {
        return chart;
    }

    /** Shows ascending eigenvalues and the threshold τ (eigenvalues ≤ max(τ, 1e-14·λ_max) count as zero). */
    public void update(double[] eigenvalues, double tau) {
        int size = eigenvalues.length;
        double lambdaMax = size == 0 ? 1 : eigenvalues[size - 1];
        double roundOff = 1e-14 * lambdaMax;
        double smallest = lambdaMax;
        for (double v : eigenvalues) {
            if (v > roundOff) {
                smallest = Math.min(smallest, v);
            }
        }
        double floor = Math.min(smallest, tau > 0 ? tau : smallest) / 10;
        Points positive = new Points(size);
        Points zero = new Points(size);
        Points negative = new Points(size);
        for (int k = 0; k < size; k++) {
            if (eigenvalues[k] > roundOff) {
                positive.add(k, eigenvalues[k]);
            } else if (eigenvalues[k] < -roundOff) {
                negative.add(k, -eigenvalues[k]);
            } else {
                zero.add(k, floor);
            }
        }
        Points threshold = new Points(2);
        if (tau > 0) {
            threshold.add(-0.5, tau);
            threshold.add(Math.max(1, size) - 0.5, tau);
        }
        frame(size, Math.min(floor, negative.extreme(Math::min, floor)),
                Math.max(lambdaMax, Math.max(tau, negative.extreme(Math::max, 0))));
        positiveCount = positive.count;
        negativeCount = negative.count;
        // changed in place while the same curves show: new data sets had the software renderer repaint the whole
        // window after every analysis (25 ms a frame at 1440 × 900)
        List<ShownCurves.Curve> drawn = new ArrayList<>(List.of(positive.curve("eigenvalues of H", POSITIVE),
                zero.curve("zero (null space)", ZERO)));
        if (negative.count > 0) {
            drawn.add(negative.curve("negative (|λ| drawn)", NEGATIVE));
        }
        ShownCurves.show(chart, points.getDatasets(), drawn);
        ShownCurves.show(chart, line.getDatasets(), List.of(threshold.curve("threshold τ", THRESHOLD)));
        chart.invalidate();
    }

    /**
     * Ranges the axes so that every marker is drawn whole: half an index beyond the first and last eigenvalue, and
     * beyond the lowest value drawn (the zero markers sit at {@code bottom}) and the highest a tenth of the
     * decades between them, at least a factor 2.
     */
    private void frame(int size, double bottom, double top) {
        DefaultNumericAxis x = (DefaultNumericAxis) chart.getXAxis();
        x.set(-0.5, Math.max(1, size) - 0.5);
        DefaultNumericAxis y = (DefaultNumericAxis) chart.getYAxis();
        double high = top > 0 ? top : 1;
        double low = Math.min(bottom, high / 10);
        LogAxisMargin.set(y, low, high);
    }

    /** Number of eigenvalues drawn as positive. */
    public int positiveCount() {
        return positiveCount;
    }

    /** Number of eigenvalues below −round-off, drawn as |λ|. */
    public int negativeCount() {
        return negativeCount;
    }

    /** The points of one curve, as they are added. */
    private static final class Points {
        private final double[] x;
        private final double[] y;
        private int count;

        Points(int capacity) {
            x = new double[capacity];
            y = new double[capacity];
        }

        void add(double px, double py) {
            x[count] = px;
            y[count] = py;
            count++;
        }

        /** {@code pick} folded over the ordinates from {@code start}. */
        double extreme(java.util.function.DoubleBinaryOperator pick, double start) {
            double value = start;
            for (int i = 0; i < count; i++) {
                value = pick.applyAsDouble(value, y[i]);
            }
            return value;
        }

        ShownCurves.Curve curve(String name, String style) {
            return new ShownCurves.Curve(name, Arrays.copyOf(x, count), Arrays.copyOf(y, count), style, null);
        }
    }
}
