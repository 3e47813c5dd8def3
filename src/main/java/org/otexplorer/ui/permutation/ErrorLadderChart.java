package org.otexplorer.ui.permutation;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.ui.charts.ChartScale;
import org.otexplorer.ui.charts.EdgeAwareXIndicator;
import org.otexplorer.ui.charts.LegendMatchingRenderer;

/**
 * Fig. 2 for one pattern: the constraint error against the half-step on a log axis, one curve per ε of the ladder
 * (a colour per decade from 1e-1 to 1e-10, the theme's: {@code error-ladder.css}), and Appendix D's change points as
 * markers on the error level 1/2: the paper's eq. (31), the corrected {@code −log₂ε − 1} and the measured first
 * half-step below 1/2. A vertical line marks the half-step the lab shows. Errors below {@value #FLOOR} (rounding) are drawn at it.
 */
final class ErrorLadderChart {
    /** Errors below this are rounding; the log axis stops here. */
    static final double FLOOR = 1e-16;
    private static final String PAPER = "#d62728";
    private static final String CORRECTED = "#2ca02c";
    private static final String MEASURED = "#7f7f7f";

    private final DefaultNumericAxis xAxis = PermutationCharts.axis("half-step k");
    private final DefaultNumericAxis yAxis = PermutationCharts.axis("constraint error");
    private final XYChart chart;
    private final ErrorDataSetRenderer curves = new LegendMatchingRenderer();
    private final ErrorDataSetRenderer markers = new LegendMatchingRenderer();
    private final XValueIndicator current;
    private int curveCount;

    ErrorLadderChart() {
        yAxis.setLogAxis(true);
        yAxis.setAutoRanging(false);
        yAxis.set(FLOOR / 2, 3);
        chart = PermutationCharts.chart(xAxis, yAxis);
        chart.getStyleClass().add("error-ladder");
        chart.getStylesheets().add(ErrorLadderChart.class.getResource("error-ladder.css").toExternalForm());
        curves.setPolyLineStyle(LineStyle.NORMAL);
        curves.setDrawMarker(false);
        curves.setAssumeSortedData(true);
        markers.setPolyLineStyle(LineStyle.NONE);
        markers.setDrawMarker(true);
        chart.getRenderers().setAll(curves, markers);
        chart.setLegendVisible(true);
        chart.getLegend().setSide(io.fair_acc.chartfx.ui.geometry.Side.RIGHT);
        chart.getLegend().setVertical(true);
        current = new EdgeAwareXIndicator(xAxis, 0, "lab", javafx.geometry.HPos.CENTER);
        current.setEditable(false);
        chart.getPlugins().add(current);
    }

    XYChart chart() {
        return chart;
    }

    /** Curves drawn (one per ε). */
    int curveCount() {
        return curveCount;
    }

    /** The colours the error curves are drawn in, as styled (their theme's), in the order of the ladder. */
    List<javafx.scene.paint.Paint> curveColours() {
        return curves.getDatasets().stream().map(set -> curves.getStyleableNode(set).getLineColor()).toList();
    }

    /** Marks the half-step the lab shows. */
    void showHalfStep(int k) {
        current.setValue(k);
    }

    /** Shows a ladder; {@code highlighted} is the ε the lab uses (drawn thicker), or NaN. */
    void show(ErrorLadder ladder, double highlighted) {
        List<DoubleDataSet> sets = new ArrayList<>();
        int steps = ladder.halfSteps();
        double[] k = new double[steps];
        for (int s = 0; s < steps; s++) {
            k[s] = s + 1;
        }
        for (int e = 0; e < ladder.epsilons().length; e++) {
            double[] y = new double[steps];
            for (int s = 0; s < steps; s++) {
                y[s] = Math.max(FLOOR, ladder.errors()[e][s]);
            }
            double eps = ladder.epsilons()[e];
            boolean thick = Math.abs(eps / highlighted - 1) < 1e-9;
            DoubleDataSet set = new DoubleDataSet("ε = " + Parameter.format(eps), k, y, steps, true);
            set.addStyleClasses(styleClass(eps));
            ChartScale.style(chart, set, String.format(Locale.ROOT, "-fx-line-width: %.1f; -fx-marker-size: 0;",
                    thick ? 3.5 : 1.3));
            sets.add(set);
        }
        curveCount = sets.size();
        curves.getDatasets().setAll(sets);
        markers.getDatasets().setAll(
                markerSet("eq. (31): −log₂ε + 2", ladder.paper(), PAPER, "diamond"),
                markerSet("corrected: −log₂ε − 1", ladder.corrected(), CORRECTED, "rectangle"),
                markerSet("measured: error < 1/2", toDouble(ladder.measured()), MEASURED, "circle"));
        xAxis.setAutoRanging(false);
        xAxis.set(0, steps + 1);
        chart.setTitle("Fig. 2: " + PermutationSection.patternId(ladder.pattern()));
        chart.invalidate();
    }

    /** Shows the error curve of the lab's own matrix (a random or typed one: the ladder is about the patterns). */
    void showOwn(LabFrames frames) {
        int steps = frames.halfSteps();
        double[] k = new double[steps];
        double[] y = new double[steps];
        for (int s = 0; s < steps; s++) {
            k[s] = s + 1;
            y[s] = Math.max(FLOOR, frames.error(s + 1));
        }
        DoubleDataSet set = new DoubleDataSet("this matrix", k, y, steps, true);
        ChartScale.style(chart, set, PermutationCharts.line("#1f77b4", 2.5, steps <= 60 ? 3 : 0));
        curveCount = 1;
        curves.getDatasets().setAll(set);
        markers.getDatasets().clear();
        xAxis.setAutoRanging(false);
        xAxis.set(0, steps + 1);
        chart.setTitle("constraint error of " + frames.title());
        chart.invalidate();
    }

    private DoubleDataSet markerSet(String name, double[] x, String colour, String shape) {
        List<double[]> points = new ArrayList<>();
        for (double v : x) {
            if (v > 0) {
                points.add(new double[] {v, 0.5});
            }
        }
        double[] px = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] py = points.stream().mapToDouble(p -> p[1]).toArray();
        DoubleDataSet set = new DoubleDataSet(name, px, py, px.length, true);
        ChartScale.style(chart, set, String.format(Locale.ROOT,
                "-fx-marker-color: %s; -fx-marker-type: %s; -fx-marker-size: 4; -fx-line-width: 0;", colour, shape));
        return set;
    }

    /**
     * The style class of a curve's colour ({@code error-ladder.css}, light and dark): {@code ladder-0} for ε = 1e-1 to
     * {@code ladder-9} for 1e-10, an ε off the ladder taking its nearest decade's.
     */
    static String styleClass(double eps) {
        double t = Math.min(1, Math.max(0, (-Math.log10(eps) - 1) / 9));
        return "ladder-" + Math.round(9 * t);
    }

    private static double[] toDouble(int[] v) {
        double[] d = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            d[k] = v[k];
        }
        return d;
    }
}
