package org.otexplorer.ui.permutation;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import org.otexplorer.permutation.SortingSnapshot;
import org.otexplorer.ui.charts.ChartScale;
import org.otexplorer.ui.charts.LegendMatchingRenderer;

/**
 * A test sequence of the sorting task: the numbers as given (grey dots, by input index), the true order, x sorted
 * (a green line), and the head's predicted order {@code x[predicted[j]]} (red squares), against the position j; where
 * the prediction is wrong the squares leave the line. The title says what is what (chart-fx's legend would draw the
 * markers in its own colours) in words, not as "x̂": a combining accent is shaped by Pango, whose shared layout two
 * threads raced on ({@link org.otexplorer.ui.export.UnsharedGlyphLayouts}).
 */
final class SequenceChart {
    private final DefaultNumericAxis xAxis = PermutationCharts.axis("position j (dots: input i)");
    private final DefaultNumericAxis yAxis = PermutationCharts.axis("value");
    private final XYChart chart;
    private final ErrorDataSetRenderer lines = new LegendMatchingRenderer();
    private final ErrorDataSetRenderer dots = new LegendMatchingRenderer();
    private int wrong;

    SequenceChart() {
        org.otexplorer.ui.charts.IndexAxis.labelWholeNumbers(xAxis); // positions, not 2.5, 7.5, …
        chart = PermutationCharts.chart(xAxis, yAxis);
        lines.setPolyLineStyle(LineStyle.NORMAL);
        lines.setDrawMarker(false);
        dots.setPolyLineStyle(LineStyle.NONE);
        dots.setDrawMarker(true);
        chart.getRenderers().setAll(lines, dots);
        chart.setLegendVisible(false);
        chart.getTitleLabel().setWrapText(true); // the key line wraps in a narrow cell instead of ending in "…"
    }

    XYChart chart() {
        return chart;
    }

    /** Positions the shown prediction gets wrong. */
    int wrongPositions() {
        return wrong;
    }

    void show(SortingSnapshot s, String headLabel) {
        double[] x = s.exampleInput();
        int n = x.length;
        double[] j = new double[n];
        double[] truth = new double[n];
        double[] predicted = new double[n];
        wrong = 0;
        for (int k = 0; k < n; k++) {
            j[k] = k;
            truth[k] = x[s.exampleTrueOrder()[k]];
            predicted[k] = x[s.examplePredictedOrder()[k]];
            wrong += s.exampleTrueOrder()[k] == s.examplePredictedOrder()[k] ? 0 : 1;
        }
        DoubleDataSet input = new DoubleDataSet("input x (in the order given)", j, x, n, true);
        DoubleDataSet sorted = new DoubleDataSet("true order: x sorted", j, truth, n, true);
        DoubleDataSet guess = new DoubleDataSet(headLabel + ": predicted order", j, predicted, n, true);
        ChartScale.style(chart, input, "-fx-marker-color: #9a9a9a; -fx-marker-type: circle;"
                + " -fx-marker-size: 2.5; -fx-line-width: 0;");
        ChartScale.style(chart, sorted, PermutationCharts.line("#2ca02c", 2, 0));
        ChartScale.style(chart, guess, "-fx-marker-color: #d62728; -fx-marker-type: rectangle;"
                + " -fx-marker-size: 4; -fx-line-width: 0;");
        lines.getDatasets().setAll(sorted);
        dots.getDatasets().setAll(input, guess);
        xAxis.setAutoRanging(false);
        xAxis.set(-0.5, n - 0.5);
        yAxis.setAutoRanging(false);
        yAxis.set(0, 1);
        chart.setTitle(headLabel + ", epoch " + s.epoch() + ": " + wrong + " of " + n + " wrong\n"
                + "line: x sorted (true), squares: predicted");
        chart.invalidate();
    }
}
