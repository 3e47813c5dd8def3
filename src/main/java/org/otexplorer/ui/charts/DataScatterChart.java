package org.otexplorer.ui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Source and target points (a chosen 2-D projection) with the plan's matching lines: each pair (i, j)
 * whose mass is at least {@link #MIN_FRACTION} of the largest entry is drawn as a segment (its own
 * two-point data set, so segments never join), at most {@link #MAX_LINES} of them, the heaviest first, in
 * {@link #BANDS} opacity and width bands so that opacity follows mass.
 */
public final class DataScatterChart {
    /** Lines lighter than this fraction of the heaviest entry are not drawn. */
    static final double MIN_FRACTION = 0.05;
    /** At most this many matching lines (so n = 1000 stays fast). */
    static final int MAX_LINES = 400;
    /** Opacity bands of the matching lines. */
    static final int BANDS = 4;

    /** Space above and below the two rails of one-dimensional data, in rail heights. */
    private static final double RAIL_MARGIN = 0.15;

    private static final String[] BAND_STYLES = new String[BANDS];

    static {
        for (int b = 0; b < BANDS; b++) {
            double opacity = 0.15 + 0.7 * (b + 1) / BANDS;
            BAND_STYLES[b] = String.format(java.util.Locale.ROOT, "-fx-line-color: rgba(70,70,90,%.2f); -fx-line-width: %.1f;",
                    opacity, 0.6 + 0.6 * b);
        }
    }

    private final XYChart chart;
    private final ErrorDataSetRenderer lineRenderer = new ErrorDataSetRenderer();
    private final ErrorDataSetRenderer pointRenderer = new ErrorDataSetRenderer();
    private static final String SOURCE_STYLE =
            "-fx-marker-color: #1f77b4; -fx-marker-type: circle; -fx-marker-size: 4; -fx-line-color: #1f77b4;";
    private static final String TARGET_STYLE =
            "-fx-marker-color: #d62728; -fx-marker-type: rectangle; -fx-marker-size: 3.5; -fx-line-color: #d62728;";
    private int drawnLines;

    public DataScatterChart() {
        chart = Charts.chart(Charts.axis("coordinate 1"), Charts.axis("coordinate 2"));
        lineRenderer.setPolyLineStyle(LineStyle.NORMAL);
        lineRenderer.setDrawMarker(false);
        lineRenderer.setShowInLegend(false);
        lineRenderer.setAssumeSortedData(false);
        lineRenderer.setPointReduction(false);
        pointRenderer.setPolyLineStyle(LineStyle.NONE);
        pointRenderer.setDrawMarker(true);
        pointRenderer.setAssumeSortedData(false);
        pointRenderer.setPointReduction(false);
        chart.getRenderers().setAll(lineRenderer, pointRenderer);
        chart.setLegendVisible(true);
    }

    public XYChart chart() {
        return chart;
    }

    /** Number of matching lines drawn by the last update. */
    public int drawnLines() {
        return drawnLines;
    }

    /**
     * Shows points projected on coordinates (ax, ay) and the matching lines of a row-major n×m plan. Points in
     * one dimension lie on two rails instead, the sources at height 1 and the targets at 0, so that the matching
     * lines show who goes where (ax and ay are then ignored).
     */
    public void update(double[][] source, double[][] target, double[] plan, int ax, int ay) {
        if (source.length == 0) {
            throw new IllegalArgumentException("no source points to show");
        }
        boolean rails = source[0].length == 1;
        Axis railAxis = chart.getYAxis();
        railAxis.setAutoRanging(!rails);
        if (rails) {
            railAxis.set(-RAIL_MARGIN, 1 + RAIL_MARGIN);
            draw(column(source, 0), constant(source.length, 1), column(target, 0), constant(target.length, 0), plan);
            chart.getXAxis().setName("value");
            chart.getYAxis().setName("target (0) ↔ source (1)");
        } else {
            draw(column(source, ax), column(source, ay), column(target, ax), column(target, ay), plan);
            chart.getXAxis().setName("coordinate " + (ax + 1));
            chart.getYAxis().setName("coordinate " + (ay + 1));
        }
    }

    private void draw(double[] sx, double[] sy, double[] tx, double[] ty, double[] plan) {
        // Fresh data sets each time: the chart may still hold the old ones while it draws.
        DoubleDataSet sources = new DoubleDataSet("source x", sx, sy, sx.length, false);
        DoubleDataSet targets = new DoubleDataSet("target y", tx, ty, tx.length, false);
        sources.setStyle(SOURCE_STYLE);
        targets.setStyle(TARGET_STYLE);
        int m = tx.length;
        double max = Arrays.stream(plan).max().orElse(0);
        List<int[]> lines = new ArrayList<>();
        for (int k = 0; k < plan.length; k++) {
            if (max > 0 && plan[k] >= MIN_FRACTION * max) {
                lines.add(new int[] {k / m, k % m});
            }
        }
        lines.sort((p, q) -> Double.compare(plan[q[0] * m + q[1]], plan[p[0] * m + p[1]]));
        List<int[]> shown = lines.subList(0, Math.min(MAX_LINES, lines.size()));
        drawnLines = shown.size();
        List<DoubleDataSet> segments = new ArrayList<>();
        for (int[] pair : shown) {
            double frac = plan[pair[0] * m + pair[1]] / max;
            int band = Math.min(BANDS - 1, (int) (frac * BANDS));
            DoubleDataSet segment = new DoubleDataSet("i=" + pair[0] + " j=" + pair[1],
                    new double[] {sx[pair[0]], tx[pair[1]]}, new double[] {sy[pair[0]], ty[pair[1]]}, 2, false);
            segment.setStyle(BAND_STYLES[band]);
            segments.add(segment);
        }
        lineRenderer.getDatasets().setAll(segments);
        pointRenderer.getDatasets().setAll(sources, targets);
        chart.invalidate();
    }

    private static double[] constant(int length, double value) {
        double[] out = new double[length];
        Arrays.fill(out, value);
        return out;
    }

    private static double[] column(double[][] points, int k) {
        double[] out = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = k < points[i].length ? points[i][k] : 0;
        }
        return out;
    }
}
