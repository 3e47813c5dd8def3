package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.GridDataSet;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The chart factories headless: each shows the data it was given. */
class ChartFactoriesTest extends ApplicationTest {
    private PlanHeatmapChart heatmap;
    private SpectrumChart spectrum;

    @Override
    public void start(Stage stage) {
        org.otexplorer.ui.export.UnsharedGlyphLayouts.checkOutSharedLayout(); // as the window does: no text race
        heatmap = new PlanHeatmapChart();
        spectrum = new SpectrumChart();
        stage.setScene(new Scene(new HBox(heatmap.chart(), spectrum.chart()), 800, 400));
        stage.show();
    }

    @Test
    void heatmapHoldsTheWholePlanWithItsColormap() {
        double[] plan = {0.5, 0, 0, 0.25, 0.25, 0};
        interact(() -> heatmap.update(2, 3, plan, false, "magma"));
        GridDataSet ds = (GridDataSet) heatmap.dataSet();
        assertEquals(3, ds.getShape()[0], "columns along x");
        assertEquals(2, ds.getShape()[1], "rows along y");
        // Row i is drawn at grid row n − 1 − i, so that row 0 is on top (see PlanHeatmapChart).
        assertEquals(0.25, ds.get(DataSet.DIM_Z, 1, 0), 0.0, "P[1][1]");
        assertEquals(0.5, ds.get(DataSet.DIM_Z, 0, 1), 0.0, "P[0][0]");
    }

    /** Marginals that are all zero (the A − B pane of two balanced plans) read "all 0", not "0 – 2.4e-308". */
    @Test
    void allZeroMarginalsSayZeroOnTheMassScale() {
        double[] zeros = new double[3];
        interact(() -> heatmap.showMarginals(new double[2], zeros, new double[2], zeros));
        assertEquals("all 0", heatmap.massScaleText());
        interact(() -> heatmap.showMarginals(new double[] {0.5, 0.5}, zeros, null, null));
        assertEquals("0 – 0.540", heatmap.massScaleText());
    }

    /**
     * A layout that squeezes the heatmap's plot under two pixels (seen switching from the side-by-side sample to the
     * one-dimensional one) drew nothing instead of throwing chart-fx's "/ by zero" from its data reduction in the
     * pulse, which left the whole window's pulse broken.
     */
    @Test
    void aHeatmapSqueezedToNothingDrawsNothingAndThrowsNothing() throws Exception {
        double[] plan = new double[60 * 50];
        java.util.Arrays.fill(plan, 1.0 / plan.length);
        java.util.List<Throwable> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = WaitForAsyncUtils.asyncFx(() -> Thread.currentThread()
                .getUncaughtExceptionHandler()).get();
        try {
            interact(() -> {
                Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
                heatmap.update(60, 50, plan, false, "viridis");
            });
            WaitForAsyncUtils.waitForFxEvents(4);
            for (double width = 1; width <= 400; width += width < 200 ? 1 : 200) {
                double w = width;
                interact(() -> {
                    heatmap.chart().setMinWidth(w);
                    heatmap.chart().setPrefWidth(w);
                    heatmap.chart().setMaxWidth(w);
                });
                WaitForAsyncUtils.waitForFxEvents(4);
            }
        } finally {
            interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
        }
        assertEquals(java.util.List.of(), thrown.stream().map(Throwable::toString).toList());
        assertTrue(heatmap.stripPlotSizes()[1] > 2, "drawn again once it has room");
    }

    /** Issue 12 item 1: after resizing, the heatmap still shows every row and column, and the strips line up. */
    @Test
    void theHeatmapShowsTheWholePlanAtEverySizeWithItsMarginalStripsAligned() throws Exception {
        double[] plan = new double[60 * 50];
        java.util.Arrays.fill(plan, 1.0 / plan.length);
        double[] rows = new double[60];
        double[] columns = new double[50];
        java.util.Arrays.fill(rows, 1.0 / 60);
        java.util.Arrays.fill(columns, 1.0 / 50);
        interact(() -> {
            heatmap.update(60, 50, plan, false, "viridis");
            heatmap.showMarginals(rows, columns, rows, columns);
        });
        for (double[] size : new double[][] {{1280, 800}, {1920, 1080}, {900, 500}}) {
            interact(() -> {
                javafx.stage.Window w = heatmap.chart().getScene().getWindow();
                w.setWidth(size[0]);
                w.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents(8);
            var x = heatmap.heatmap().getXAxis();
            var y = heatmap.heatmap().getYAxis();
            assertEquals(-0.5, x.getMin(), 1e-12, "first column at " + size[0]);
            assertEquals(49.5, x.getMax(), 1e-12, "last column at " + size[0]);
            // row i is drawn at y = −i (row 0 on top)
            assertEquals(-59.5, y.getMin(), 1e-12, "last row at " + size[0]);
            assertEquals(0.5, y.getMax(), 1e-12, "first row at " + size[0]);
            assertEquals(y.getMax(), heatmap.rowStrip().getYAxis().getMax(), 1e-12);
            assertEquals(x.getMax(), heatmap.columnStrip().getXAxis().getMax(), 1e-12);
            // both strips on one mass scale from 0 to a little above the largest mass, written in the legend
            assertEquals(0, heatmap.columnStrip().getYAxis().getMin(), 1e-15, "column strip from 0 at " + size[0]);
            assertEquals(1.08 / 50, heatmap.columnStrip().getYAxis().getMax(), 1e-12, "column strip top at " + size[0]);
            assertEquals(-1.08 / 50, heatmap.rowStrip().getXAxis().getMin(), 1e-12, "row strip end at " + size[0]);
            assertEquals(0, heatmap.rowStrip().getXAxis().getMax(), 1e-15, "row strip from 0 at " + size[0]);
            javafx.geometry.Bounds plot = sceneBounds(heatmap.heatmap());
            javafx.geometry.Bounds left = sceneBounds(heatmap.rowStrip());
            javafx.geometry.Bounds top = sceneBounds(heatmap.columnStrip());
            assertEquals(plot.getMinY(), left.getMinY(), 1.5, "row strip top at " + size[0]);
            assertEquals(plot.getMaxY(), left.getMaxY(), 1.5, "row strip bottom at " + size[0]);
            assertEquals(plot.getMinX(), top.getMinX(), 1.5, "column strip left at " + size[0]);
            assertEquals(plot.getMaxX(), top.getMaxX(), 1.5, "column strip right at " + size[0]);
        }
    }

    /**
     * A drag shows a new plan of the same size in every frame; the heatmap and its strips change their data in place
     * (no new data sets, whose styled nodes cost the FX thread a frame's time) and the pixels follow: the bright cell
     * moves from the top-left corner to the bottom-right one, and the column strip's curve is the new one.
     */
    @Test
    void aNewPlanOfTheSameSizeRedrawsTheCellsAndTheStrips() {
        int n = 4;
        double[] first = new double[n * n];
        double[] second = new double[n * n];
        first[0] = 1;
        second[n * n - 1] = 1;
        double[] top = {1, 0, 0, 0};
        double[] bottom = {0, 0, 0, 1};
        interact(() -> {
            heatmap.update(n, n, first, false, "viridis");
            heatmap.showMarginals(top, top, null, null);
        });
        WaitForAsyncUtils.waitForFxEvents(8);
        double[] before = {brightness(cellColour(0, 0, n)), brightness(cellColour(n - 1, n - 1, n))};
        DataSet columnCurve = planMarginal(heatmap.columnStrip());
        interact(() -> {
            heatmap.update(n, n, second, false, "viridis");
            heatmap.showMarginals(bottom, bottom, null, null);
        });
        WaitForAsyncUtils.waitForFxEvents(8);
        double[] after = {brightness(cellColour(0, 0, n)), brightness(cellColour(n - 1, n - 1, n))};
        assertTrue(before[0] > before[1] + 0.3, "first plan: the top-left cell is the bright one " + java.util.Arrays
                .toString(before));
        assertTrue(after[1] > after[0] + 0.3, "second plan: the bottom-right cell is " + java.util.Arrays
                .toString(after));
        DataSet shownCurve = planMarginal(heatmap.columnStrip());
        assertTrue(shownCurve == columnCurve, "the strip keeps its data set");
        assertEquals(1, shownCurve.get(DataSet.DIM_Y, n - 1), 0, "and shows the new column sums");
        assertEquals(0, shownCurve.get(DataSet.DIM_Y, 0), 0);
    }

    /**
     * A data set left read-locked (chart-fx keeps a chart's data sets locked from its pre- to its post-layout, so a
     * chart taken out of the scene in between keeps them locked): the next plan is shown at once in a new data set
     * instead of the FX thread waiting for ever on the lock.
     */
    @Test
    void aPlanWhoseDataSetIsStillLockedIsShownInANewOneWithoutWaiting() {
        interact(() -> heatmap.update(2, 2, new double[] {0.5, 0, 0, 0.5}, false, "viridis"));
        DataSet held = heatmap.dataSet();
        held.lock().readLock();
        try {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () ->
                    interact(() -> heatmap.update(2, 2, new double[] {0, 0.5, 0.5, 0}, false, "viridis")));
            assertTrue(heatmap.dataSet() != held, "a new data set");
            assertEquals(0.5, ((GridDataSet) heatmap.dataSet()).get(DataSet.DIM_Z, 1, 1), 0.0, "P[0][1] at grid row 1");
        } finally {
            held.lock().readUnLock();
        }
    }

    private static DataSet planMarginal(io.fair_acc.chartfx.XYChart strip) {
        return strip.getRenderers().stream().flatMap(r -> r.getDatasets().stream())
                .filter(d -> "plan marginal".equals(d.getName())).findFirst().orElseThrow();
    }

    /** The colour drawn at the centre of plan cell (i, j) of an n × n plan on the heatmap's canvas. */
    private javafx.scene.paint.Color cellColour(int i, int j, int n) {
        javafx.scene.paint.Color[] c = new javafx.scene.paint.Color[1];
        interact(() -> {
            var chart = heatmap.heatmap();
            javafx.scene.image.WritableImage shot = chart.getCanvas().snapshot(null, null);
            double x = chart.getXAxis().getDisplayPosition(j);
            double y = chart.getYAxis().getDisplayPosition(-i);
            c[0] = shot.getPixelReader().getColor((int) x, (int) y);
        });
        return c[0];
    }

    private static double brightness(javafx.scene.paint.Color c) {
        return (c.getRed() + c.getGreen() + c.getBlue()) / 3;
    }

    private static javafx.geometry.Bounds sceneBounds(io.fair_acc.chartfx.XYChart chart) {
        return chart.getCanvas().localToScene(chart.getCanvas().getLayoutBounds());
    }

    @Test
    void spectrumMarksTheZeroEigenvalueApart() {
        interact(() -> spectrum.update(new double[] {1e-17, 0.01, 0.1, 0.2}, 1e-10));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, spectrum.positiveCount());
        assertTrue(spectrum.chart().getRenderers().size() == 2);
    }

    /** Issue 12 item 14: a negative eigenvalue (an unconverged plan's H) is drawn apart, never as a positive one. */
    @Test
    void spectrumDrawsNegativeEigenvaluesApartFromThePositiveOnes() {
        interact(() -> spectrum.update(new double[] {-1e-3, 1e-17, 0.01, 0.2}, 1e-10));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, spectrum.positiveCount());
        assertEquals(1, spectrum.negativeCount());
    }

    /**
     * Issue 12 item 14 (points clipped at plot edges): the spectrum's axes end half an index beyond the first and
     * last eigenvalue and a factor 2 beyond the lowest and highest value drawn, so no marker is cut by the plot's
     * edge — the largest eigenvalue at the top, the zero diamonds at the bottom, the last index at the right — and
     * the index axis has whole-number ticks.
     */
    @Test
    void spectrumAxesLeaveEveryMarkerWhole() {
        interact(() -> spectrum.update(new double[] {-1e-6, 1e-17, 0.01, 0.1, 0.2}, 1e-3));
        WaitForAsyncUtils.waitForFxEvents(4);
        var x = (io.fair_acc.chartfx.axes.spi.DefaultNumericAxis) spectrum.chart().getXAxis();
        var y = (io.fair_acc.chartfx.axes.spi.DefaultNumericAxis) spectrum.chart().getYAxis();
        assertTrue(x.getMin() <= -0.5 && x.getMax() >= 4.5, x.getMin() + " .. " + x.getMax());
        java.util.List<String> labels = new java.util.ArrayList<>();
        interact(() -> x.getTickMarks().stream().map(m -> m.getText()).filter(t -> t != null && !t.isEmpty())
                .forEach(labels::add));
        assertTrue(!labels.isEmpty() && labels.stream().allMatch(t -> t.matches("\\d+")), "whole indices: " + labels);
        // zero diamonds at min(0.01, τ)/10 = 1e-4, the negative one at |λ| = 1e-6: the axis goes below 5e-7
        assertTrue(y.getMin() <= 0.5e-6 && y.getMin() > 0, "bottom " + y.getMin());
        assertTrue(y.getMax() >= 0.4, "top " + y.getMax());
        assertTrue(y.isLogAxis());
        // eleven decades (the zero diamonds at 1e-13, the top at 1e-2): a tenth of them, more than a factor 2
        interact(() -> spectrum.update(new double[] {1e-17, 1e-12, 1e-2}, 1e-10));
        WaitForAsyncUtils.waitForFxEvents(4);
        assertTrue(y.getMax() >= 1e-1 && y.getMin() <= 1e-14, y.getMin() + " .. " + y.getMax());
    }

    /**
     * Issue 12 item 14: the legend shows what the chart draws: a marker without a line for the eigenvalues (the
     * symbol's ends stay blank), a line for the threshold τ (its ends are coloured).
     */
    @Test
    void spectrumLegendSymbolsMatchTheMarkersAndTheLine() {
        interact(() -> spectrum.update(new double[] {1e-17, 0.01, 0.1, 0.2}, 1e-10));
        WaitForAsyncUtils.waitForFxEvents(8);
        java.util.Map<String, javafx.scene.image.Image> symbols = new java.util.HashMap<>();
        interact(() -> {
            var legend = (io.fair_acc.chartfx.legend.spi.DefaultLegend) spectrum.chart().getLegend();
            for (var item : legend.getItems()) {
                symbols.put(item.getText(), item.getGraphic().snapshot(null, null));
            }
        });
        javafx.scene.image.Image dots = symbols.get("eigenvalues of H");
        javafx.scene.image.Image line = symbols.get("threshold τ");
        int mid = (int) (dots.getHeight() / 2);
        assertTrue(isBlank(dots.getPixelReader().getColor(2, mid)), "no line through the eigenvalue symbol");
        assertTrue(!isBlank(dots.getPixelReader().getColor((int) dots.getWidth() / 2, mid)), "its marker");
        assertTrue(!isBlank(line.getPixelReader().getColor(3, (int) (line.getHeight() / 2))), "the line of τ");
    }

    /**
     * Issue 12 item 13: a new analysis changes the spectrum's data sets in place (new ones made the software renderer
     * repaint the whole window after every solve), and shows its own values; a data set left read-locked is replaced
     * without waiting, as the plan's is.
     */
    @Test
    void aNewSpectrumChangesTheShownDataSetsInPlaceUnlessOneIsLocked() {
        interact(() -> spectrum.update(new double[] {1e-17, 0.01, 0.1, 0.2}, 1e-10));
        DataSet eigenvalues = spectrum.chart().getRenderers().get(0).getDatasets().get(0);
        interact(() -> spectrum.update(new double[] {1e-17, 0.02, 0.3}, 1e-10));
        assertTrue(spectrum.chart().getRenderers().get(0).getDatasets().get(0) == eigenvalues, "the same data set");
        assertEquals(2, eigenvalues.getDataCount(), "the new spectrum's positive eigenvalues");
        assertEquals(0.3, eigenvalues.get(DataSet.DIM_Y, 1), 0.0);
        eigenvalues.lock().readLock();
        try {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () ->
                    interact(() -> spectrum.update(new double[] {1e-17, 0.5}, 1e-10)));
            DataSet shown = spectrum.chart().getRenderers().get(0).getDatasets().get(0);
            assertTrue(shown != eigenvalues, "a new data set");
            assertEquals(0.5, shown.get(DataSet.DIM_Y, 0), 0.0);
        } finally {
            eigenvalues.lock().readUnLock();
        }
    }

    /**
     * Issue 12 item 13: no chart's canvas, axes included, is cached as a bitmap (under the software renderer a cache
     * is a second copy of the plot on every frame that redraws it).
     */
    @Test
    void noChartCanvasIsCached() {
        for (var chart : java.util.List.of(spectrum.chart(), heatmap.heatmap())) {
            assertTrue(!chart.getCanvas().isCache(), "the plot's canvas");
            for (var axis : chart.getAxes()) {
                assertTrue(!((io.fair_acc.chartfx.axes.spi.AbstractAxis) axis).getCanvas().isCache(), axis.getName());
            }
        }
    }

    private static boolean isBlank(javafx.scene.paint.Color c) {
        return c.getOpacity() < 0.1 || (c.getRed() > 0.9 && c.getGreen() > 0.9 && c.getBlue() > 0.9);
    }
}
