package org.otexplorer.ui.steps;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import org.otexplorer.engine.SolverPhase;
import org.otexplorer.ui.charts.ChartScale;
import org.otexplorer.ui.charts.Charts;
import org.otexplorer.ui.charts.EdgeAwareXIndicator;

/**
 * The marginal error against the iteration on a log axis, as the solver measured it at every iteration (for robust:
 * against its relaxed marginals; for unbalanced: its optimality residual), the Newton steps where the solver switched
 * to them (math.md §2.4) drawn again in orange with markers, with a vertical line at the iteration of
 * the frame shown and a dot at that frame's own marginal error against a and b (so a column half-step shows the
 * row error it leaves). Errors below {@value #FLOOR} are drawn at it.
 */
final class ErrorChart {
    /** The log axis' floor (rounding level). */
    static final double FLOOR = 1e-17;
    private static final String CURVE = "-fx-stroke: #1f77b4; -fx-line-color: #1f77b4; -fx-line-width: 2;";
    private static final String NEWTON = "-fx-stroke: #ff7f0e; -fx-line-color: #ff7f0e; -fx-line-width: 2.5;"
            + " -fx-marker-color: #ff7f0e; -fx-marker-type: diamond; -fx-marker-size: 4;";
    private static final String DOT = "-fx-marker-color: #d62728; -fx-marker-type: circle; -fx-marker-size: 5;"
            + " -fx-line-width: 0;";

    private final DefaultNumericAxis iterations = Charts.axis("iteration");
    private final DefaultNumericAxis errors = Charts.axis("marginal error");
    private final XYChart chart;
    private final ErrorDataSetRenderer curve = new ErrorDataSetRenderer();
    private final ErrorDataSetRenderer newtonCurve = new ErrorDataSetRenderer();
    private final ErrorDataSetRenderer dot = new ErrorDataSetRenderer();
    private final XValueIndicator current;

    ErrorChart() {
        errors.setLogAxis(true);
        chart = Charts.zoomableChart(iterations, errors);
        curve.setPolyLineStyle(LineStyle.NORMAL);
        curve.setDrawMarker(false);
        newtonCurve.setPolyLineStyle(LineStyle.NORMAL);
        newtonCurve.setDrawMarker(true);
        dot.setPolyLineStyle(LineStyle.NONE);
        dot.setDrawMarker(true);
        chart.getRenderers().setAll(curve, newtonCurve, dot);
        chart.setLegendVisible(false);
        current = new EdgeAwareXIndicator(iterations, 0, "k", javafx.geometry.HPos.LEFT);
        current.setEditable(false);
        chart.getPlugins().add(current);
    }

    XYChart chart() {
        return chart;
    }

    /** Shows a solve's error history (iteration t at x = t) and which iterations were Newton steps. */
    void show(double[] history, List<SolverPhase> phases) {
        int count = history.length;
        double[] x = new double[count];
        double[] y = new double[count];
        double low = 1;
        double high = FLOOR;
        for (int t = 0; t < count; t++) {
            x[t] = t + 1;
            y[t] = Math.max(FLOOR, history[t]);
            low = Math.min(low, y[t]);
            high = Math.max(high, y[t]);
        }
        DoubleDataSet set = new DoubleDataSet("Sinkhorn", x, y, count, true);
        ChartScale.style(chart, set, CURVE);
        DoubleDataSet newton = newtonSteps(x, y, phases);
        curve.getDatasets().setAll(set);
        newtonCurve.getDatasets().setAll(newton.getDataCount() == 0 ? List.of() : List.of(newton));
        chart.setTitle(newton.getDataCount() == 0 ? null : "Newton steps (orange) from iteration "
                + (int) newton.get(DoubleDataSet.DIM_X, 0));
        iterations.setAutoRanging(false);
        iterations.set(0, Math.max(count, 1) + 0.5);
        errors.setAutoRanging(false);
        errors.set(low / 3, Math.max(high * 3, low * 10));
        chart.invalidate();
    }

    /** The points of the history that are Newton steps (phases in order, their iterations adding up). */
    private DoubleDataSet newtonSteps(double[] x, double[] y, List<SolverPhase> phases) {
        DoubleDataSet newton = new DoubleDataSet("Newton steps");
        int t = 0;
        for (SolverPhase phase : phases) {
            for (int k = 0; k < phase.iterations() && t < x.length; k++, t++) {
                if (SolverPhase.NEWTON.equals(phase.name())) {
                    newton.add(x[t], y[t]);
                }
            }
        }
        ChartScale.style(chart, newton, NEWTON);
        return newton;
    }

    /** Curves drawn: 1, or 2 with Newton steps (tests). */
    int curveCount() {
        return curve.getDatasets().size() + newtonCurve.getDatasets().size();
    }

    /** Marks frame {@code iteration} and its own marginal error. */
    void mark(int iteration, double frameError) {
        current.setValue(iteration);
        // The label sits on the side of the line with room: right of it in the first half, left in the second.
        current.setLabelHorizontalAnchor(iteration < 0.5 * iterations.getMax() ? javafx.geometry.HPos.LEFT
                : javafx.geometry.HPos.RIGHT);
        current.setText("iteration " + iteration);
        DoubleDataSet set = new DoubleDataSet("frame", new double[] {Math.max(iteration, 0.5)},
                new double[] {Math.max(FLOOR, frameError)}, 1, true);
        ChartScale.style(chart, set, DOT);
        dot.getDatasets().setAll(set);
        // The axes keep their fixed ranges, so chart-fx would not measure their labels again once the window's
        // stylesheet changed their font: the labels then overlapped the tick labels.
        errors.forceRedraw();
        iterations.forceRedraw();
        chart.invalidate();
    }

    /** The iteration marked. */
    double marked() {
        return current.getValue();
    }

    /** The log axis' range [low, high] (tests). */
    double[] errorRange() {
        return new double[] {errors.getMin(), errors.getMax()};
    }

    boolean isLogErrorAxis() {
        return errors.isLogAxis();
    }
}
