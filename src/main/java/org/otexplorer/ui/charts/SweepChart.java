package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;

/**
 * The H-matrix conditioning against ε or N on log–log axes: the measured smallest positive eigenvalue and
 * condition number of the scenario's data (markers) with the unit-circle closed forms (math.md §10) as lines.
 */
public final class SweepChart {
    private static final String MEASURED_LAMBDA = "-fx-marker-color: #1f77b4; -fx-marker-type: circle;"
            + " -fx-marker-size: 4; -fx-line-color: #1f77b4; -fx-line-width: 1.5;";
    private static final String MEASURED_CONDITION = "-fx-marker-color: #d62728; -fx-marker-type: rectangle;"
            + " -fx-marker-size: 4; -fx-line-color: #d62728; -fx-line-width: 1.5;";
    private static final String CIRCLE_LAMBDA = "-fx-line-color: #1f77b4; -fx-line-width: 1.5;"
            + " -fx-line-dash-array: 6,4; -fx-stroke-dash-array: 6,4;";
    private static final String CIRCLE_CONDITION = "-fx-line-color: #d62728; -fx-line-width: 1.5;"
            + " -fx-line-dash-array: 6,4; -fx-stroke-dash-array: 6,4;";

    private final XYChart chart;
    private final DefaultNumericAxis xAxis = Charts.axis("relative ε");
    private final ErrorDataSetRenderer measured = new LegendMatchingRenderer();
    private final ErrorDataSetRenderer closedForm = new LegendMatchingRenderer();
    private int pointCount;

    public SweepChart() {
        DefaultNumericAxis y = Charts.axis("λ₂ₙ₋₁ and condition number");
        xAxis.setLogAxis(true);
        y.setLogAxis(true);
        chart = Charts.chart(xAxis, y);
        measured.setPolyLineStyle(LineStyle.NORMAL);
        measured.setDrawMarker(true);
        closedForm.setPolyLineStyle(LineStyle.NORMAL);
        closedForm.setDrawMarker(false);
        chart.getRenderers().setAll(closedForm, measured);
        chart.setLegendVisible(true);
    }

    public XYChart chart() {
        return chart;
    }

    /** Points drawn by the last update (measured and closed form). */
    public int pointCount() {
        return pointCount;
    }

    /**
     * Shows a sweep.
     *
     * @param overSize x is N (else the relative ε)
     */
    public void update(boolean overSize, double[] x, double[] lambda, double[] condition, double[] circleLambda,
                       double[] circleCondition) {
        xAxis.setName(overSize ? "number of points N" : "relative ε");
        // N doubles from 8 and often spans less than a decade: base-2 ticks label every grid value.
        xAxis.setLogarithmBase(overSize ? 2 : 10);
        measured.getDatasets().setAll(set("λ₂ₙ₋₁ of these data", x, lambda, MEASURED_LAMBDA),
                set("condition number of these data", x, condition, MEASURED_CONDITION));
        closedForm.getDatasets().setAll(set("λ₂ₙ₋₁ unit circle (closed form)", x, circleLambda, CIRCLE_LAMBDA),
                set("condition number unit circle", x, circleCondition, CIRCLE_CONDITION));
        pointCount = 4 * x.length;
        chart.invalidate();
    }

    private DoubleDataSet set(String name, double[] x, double[] y, String style) {
        DoubleDataSet set = new DoubleDataSet(name, x, y, x.length, true);
        ChartScale.style(chart, set, style);
        return set;
    }
}
