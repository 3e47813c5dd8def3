package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The source-and-target chart on its own (no window, no theme: the style sheet's fall-back colours). */
class DataScatterChartTest extends ApplicationTest {
    private DataScatterChart scatter;

    @Override
    public void start(Stage stage) {
        org.otexplorer.ui.export.UnsharedGlyphLayouts.checkOutSharedLayout(); // as the window does: no text race
        scatter = new DataScatterChart();
        StackPane root = new StackPane(scatter.chart());
        root.setStyle("-fx-font-size: 60px;"); // markers of about 19 px radius, big enough to measure
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    @Test
    void aMarkersFilledAreaIsProportionalToTheShareOfMassMoved() {
        // three far-apart targets receiving a quarter, a sixteenth and none of their mass
        double[][] source = {{0, 0}};
        double[][] target = {{-10, 10}, {0, 10}, {10, 10}};
        double third = 1.0 / 3;
        double[] received = {third / 4, third / 16, 0};
        ScatterData data = ScatterData.of(source, target, received, 0, 1).withMassMoved(
                new double[] {received[0] + received[1]}, received, new double[] {1}, new double[] {third, third, third});
        interact(() -> scatter.show(data));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = snapshot();
        PlotTransform t = scatter.geometry().transform();
        double half = 0.9 * scatter.markerRadius(); // a square's half side
        double inside = half - ScatterMarkers.outline(scatter.markerRadius()); // inside the outline
        double[] share = {0.25, 1.0 / 16, 0};
        for (int j = 0; j < 3; j++) {
            double measured = interior(shot, t.pixelX(target[j][0]), t.pixelY(target[j][1]), inside);
            double side = 2 * half * Math.sqrt(share[j]);
            double antialiasing = 4 * side + 4; // one pixel along the edge
            assertEquals(side * side, measured, antialiasing, "target " + j + ": area ∝ share " + share[j]);
        }
    }

    @Test
    void oneDimensionalPointsLieOnTwoRailsJoinedByTheirLines() {
        ScatterData data = ScatterData.of(new double[][] {{0.5}, {2.0}}, new double[][] {{1.0}, {3.0}},
                new double[] {0.5, 0, 0, 0.5}, 0, 0);
        interact(() -> scatter.show(data));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("value", scatter.chart().getXAxis().getName());
        assertEquals(ScatterData.SOURCE_RAIL, scatter.shown().sourceY()[1], 0.0);
        assertEquals(ScatterData.TARGET_RAIL, scatter.shown().targetY()[0], 0.0);
        assertEquals(2, scatter.drawnLines());
        LinePicture picture = scatter.picture();
        PlotTransform t = picture.geometry().transform();
        double midX = t.pixelX(0.5 * (2.0 + 3.0));
        double midY = t.pixelY(0.5);
        assertTrue(picture.raster().opacity((int) midX, (int) midY) > 0.4, "the line from 2 to 3 crosses between");
    }

    @Test
    void theLegendNamesSourcesTargetsAndLinesAndOutliersOnlyWhenThereAreAny() {
        ScatterData data = showTwoPairs();
        assertEquals(List.of("source x", "target y", "matching lines (opacity ∝ P_ij)"), legend());
        interact(() -> scatter.show(data.withOutlierTargets(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(legend().contains("outlier (generator)"));
        WritableImage shot = snapshot();
        PlotTransform t = scatter.geometry().transform();
        double ring = ScatterMarkers.RING * scatter.markerRadius();
        Color onRing = shot.getPixelReader().getColor((int) Math.round(t.pixelX(3) + ring),
                (int) Math.round(t.pixelY(3)));
        assertTrue(onRing.getOpacity() > 0 && onRing.getRed() > onRing.getBlue(),
                "the outlier's ring is drawn in its (warm) colour: " + onRing);
        assertFalse(onRing.equals(Color.WHITE));
    }

    /**
     * Issue 12 item 14: the hover ring of a point at the plot's edge lies inside the plot area (it was cut: the
     * padding covered the marker, not the ring 0.7 radii outside it). Checked on the pixels: the ring is drawn
     * at its radius on the far side of the right-most point, and its outer edge is inside the canvas.
     */
    @Test
    void theHoverRingOfAnEdgePointIsInsideThePlot() {
        showTwoPairs();
        interact(() -> scatter.highlight(new ScatterHit(true, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = snapshot();
        PlotTransform t = scatter.geometry().transform();
        double r = scatter.markerRadius();
        double ring = (1 + ScatterMarkers.HIGHLIGHT_GAP) * r;
        double right = t.pixelX(3) + ring + ScatterMarkers.outline(r);
        double top = t.pixelY(3) - ring - ScatterMarkers.outline(r);
        assertTrue(right <= shot.getWidth() && top >= 0, "the ring reaches x = " + right + ", y = " + top + " in "
                + shot.getWidth() + " × " + shot.getHeight());
        Color onRing = shot.getPixelReader().getColor((int) Math.round(t.pixelX(3) + ring), (int) Math.round(
                t.pixelY(3)));
        assertTrue(onRing.getOpacity() > 0.5 && !onRing.equals(Color.WHITE), "the ring is drawn there: " + onRing);
    }

    @Test
    void theLegendKeysTheMarkerSizesWhenThePlanDoesNotMoveAllTheMass() {
        ScatterData balanced = twoPairs();
        interact(() -> scatter.show(balanced.withMassMoved(new double[] {0.5, 0.5}, new double[] {0.5, 0.5},
                new double[] {0.5, 0.5}, new double[] {0.5, 0.5})));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(legend().contains(ScatterRenderer.SIZE_KEY), "a balanced plan moves every point's mass");
        ScatterData robust = balanced.withMassMoved(new double[] {0.5, 0.5}, new double[] {0.1, 0.9},
                new double[] {0.5, 0.5}, new double[] {0.5, 0.5});
        interact(() -> scatter.show(robust));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(legend().contains(ScatterRenderer.SIZE_KEY), legend().toString());
        WritableImage shot = snapshot();
        PlotTransform t = scatter.geometry().transform();
        double r = scatter.markerRadius();
        double starved = interior(shot, t.pixelX(3), t.pixelY(3), 0.6 * r);
        double fed = interior(shot, t.pixelX(0), t.pixelY(1), 0.6 * r);
        assertTrue(starved < 0.6 * fed, "the target sent a fifth of its mass is drawn smaller: " + starved + " vs " + fed);
    }

    @Test
    void thePlotDrawnOffTheFxThreadAsOneImageLooksLikeTheCanvasLinesAndShapes() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
        double[][] source = new double[25][];
        double[][] target = new double[25][];
        for (int k = 0; k < 25; k++) {
            source[k] = new double[] {rng.nextDouble(0, 4), rng.nextDouble(0, 4)};
            target[k] = new double[] {rng.nextDouble(5, 9), rng.nextDouble(0, 4)};
        }
        double[] plan = new double[25 * 25];
        double[] rows = new double[25];
        double[] columns = new double[25];
        for (int k = 0; k < 25; k++) {
            double moved = rng.nextDouble(0.1, 1.5) / 25; // shares from 0.1 to 1.5 of the weight 1/25
            plan[k * 25 + k] = moved;
            rows[k] = moved;
            columns[k] = moved;
        }
        double[] weights = new double[25];
        java.util.Arrays.fill(weights, 1.0 / 25);
        ScatterData data = ScatterData.of(source, target, plan, 0, 1).withMassMoved(rows, columns, weights, weights)
                .withOutlierTargets(3);
        interact(() -> scatter.show(data));
        awaitSteadyGeometry();
        assertFalse(scatter.drawsPlotPicture(), "without a plot picture the canvas draws shapes");
        showPlotPicture(data);
        WritableImage images = snapshot();
        interact(() -> scatter.show(data)); // the shapes again, on the axes of the picture
        awaitSteadyGeometry();
        WritableImage shapes = snapshot();
        double inkShapes = 0;
        double difference = 0;
        for (int y = 0; y < (int) shapes.getHeight(); y++) {
            for (int x = 0; x < (int) shapes.getWidth(); x++) {
                Color a = shapes.getPixelReader().getColor(x, y);
                Color b = images.getPixelReader().getColor(x, y);
                inkShapes += 1 - a.getBrightness() + a.getSaturation();
                difference += Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                        + Math.abs(a.getBlue() - b.getBlue());
            }
        }
        assertTrue(inkShapes > 1000, "the markers are on the canvas: " + inkShapes);
        assertTrue(difference < 0.1 * inkShapes, "the same markers within anti-aliasing: difference " + difference
                + " for ink " + inkShapes);
    }

    @Test
    void onScreenALinesOpacityIsItsMassOverTheLargestInThePlotPicture() {
        // three horizontal lines, source i to target i, of masses 0.4, 0.2 and 0.1: opacities 1, 1/2 and 1/4
        double[][] source = {{0, 0.3}, {0, 1.3}, {0, 2.3}};
        double[][] target = {{10, 0.3}, {10, 1.3}, {10, 2.3}};
        double[] plan = {0.4, 0, 0, 0, 0.2, 0, 0, 0, 0.1};
        ScatterData data = ScatterData.of(source, target, plan, 0, 1);
        interact(() -> {
            for (var grid : List.of(scatter.chart().getGridRenderer().getHorizontalMajorGrid(),
                    scatter.chart().getGridRenderer().getHorizontalMinorGrid(),
                    scatter.chart().getGridRenderer().getVerticalMajorGrid(),
                    scatter.chart().getGridRenderer().getVerticalMinorGrid())) {
                grid.setVisible(false); // a plain white ground under the lines
            }
            scatter.show(data);
        });
        awaitSteadyGeometry();
        showPlotPicture(data);
        WritableImage shot = snapshot();
        PlotTransform t = scatter.geometry().transform();
        Color line = scatter.lineColor();
        double[] expected = {1, 0.5, 0.25};
        for (int i = 0; i < 3; i++) {
            int y = (int) Math.floor(t.pixelY(source[i][1])); // the pixel row about the line's centre
            double[] alphas = new double[21];
            for (int k = 0; k < alphas.length; k++) { // along the middle of the line, away from the markers
                Color c = shot.getPixelReader().getColor((int) Math.round(t.pixelX(4 + 0.1 * k)), y);
                // white under the line: c = α·line + (1 − α)·white, read in the channel of most contrast
                alphas[k] = (1 - c.getGreen()) / (1 - line.getGreen());
            }
            java.util.Arrays.sort(alphas);
            assertEquals(expected[i], alphas[alphas.length / 2], 0.03, "line " + i + ": opacity P_ij / max P");
        }
    }

    /**
     * Shows data with a plot picture made for the geometry on screen, as the panel does: again if showing it moved
     * the axes a fraction.
     */
    private void showPlotPicture(ScatterData data) {
        for (int k = 0; k < 5 && !scatter.drawsPlotPicture(); k++) {
            interact(() -> {
                LinePicture lines = LinePicture.of(data.lines(), scatter.geometry(), scatter.lineColor());
                scatter.show(data, lines, PlotPicture.of(data, lines, scatter.markerStyle()));
            });
            awaitSteadyGeometry();
        }
        assertTrue(scatter.drawsPlotPicture());
    }

    /** Waits until the chart's layout settles (its plot geometry the same over a few pulses). */
    private void awaitSteadyGeometry() {
        PlotGeometry last = null;
        for (int k = 0; k < 50; k++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            PlotGeometry[] now = new PlotGeometry[1];
            interact(() -> now[0] = scatter.geometry());
            if (now[0] != null && now[0].equals(last)) {
                return;
            }
            last = now[0];
        }
    }

    private List<String> legend() {
        return lookup(".chart-legend-item").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> ((Label) n).getText()).toList();
    }

    /** A snapshot of the chart's plot canvas (its pixels are the plot area's). */
    /** Sources (0, 0), (1, 1) and targets (3, 3), (0, 1), uniform plan. */
    private static ScatterData twoPairs() {
        return ScatterData.of(new double[][] {{0, 0}, {1, 1}}, new double[][] {{3, 3}, {0, 1}},
                new double[] {0.25, 0.25, 0.25, 0.25}, 0, 1);
    }

    /** Shows {@link #twoPairs()} and waits for it. */
    private ScatterData showTwoPairs() {
        ScatterData data = twoPairs();
        interact(() -> scatter.show(data));
        WaitForAsyncUtils.waitForFxEvents();
        return data;
    }

    private WritableImage snapshot() {
        WritableImage[] out = new WritableImage[1];
        interact(() -> out[0] = scatter.chart().getCanvas().snapshot(null, null));
        return out[0];
    }

    /** Area of coloured (non-background, non-grey) pixels within a square of half side h about (x, y). */
    private static double interior(WritableImage image, double x, double y, double h) {
        PixelReader reader = image.getPixelReader();
        int count = 0;
        for (int py = (int) Math.ceil(y - h); py <= (int) Math.floor(y + h); py++) {
            for (int px = (int) Math.ceil(x - h); px <= (int) Math.floor(x + h); px++) {
                Color c = reader.getColor(px, py);
                if (c.getOpacity() > 0.5 && c.getRed() - c.getBlue() > 0.3) {
                    count++;
                }
            }
        }
        return count;
    }
}
