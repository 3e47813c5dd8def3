package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.axes.Axis;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.InlinePoints;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.SolveView;
import org.otexplorer.ui.charts.DataScatterChart;
import org.otexplorer.ui.transport.PointEditing;

/**
 * Direct manipulation on the source-and-target chart (issue 14 view 3), driven with the mouse and keys: drag a
 * point, add, delete, scroll a weight, and undo each.
 */
class PointEditingTest extends ExplorerWindowTestSupport {
    /** Five sources and four targets far apart, with empty space between them. */
    private static final InlinePoints SMALL = InlinePoints.of(
            new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {0.5, 0.5}},
            new double[][] {{3, 0}, {4, 0}, {3, 1}, {4, 1}});

    @Override
    String recentFilesNode() {
        return "point-editing";
    }

    private DataScatterChart chart() {
        return window.scatterPanel().chart();
    }

    private Point2D sceneOf(double x, double y) throws Exception {
        Point2D scene = onFx(() -> chart().sceneOf(x, y));
        // TestFX moves the pointer in screen coordinates.
        return onFx(() -> chart().chart().localToScreen(chart().chart().sceneToLocal(scene)));
    }

    private void undo() {
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    private void openSmall() throws Exception {
        interact(() -> window.model().replace(new Scenario(null, "small", null, 1L,
                DataSpec.defaults().withPoints(SMALL), null, null, null), null));
        awaitFx(() -> window.scatterPanel().shown() != null && window.scatterPanel().shown().n() == 5);
        awaitScatterDrawn();
    }

    @Test
    void draggingAGeneratedSourcePointMovesItByTheDraggedDistanceAndThePlanFollowsThenUndoRestoresTheGenerator()
            throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        awaitScatterDrawn();
        Scenario generated = onFx(() -> window.model().scenario());
        SolveView before = onFx(() -> window.scatterPanel().shown());
        double x0 = before.sourcePoints()[0][0];
        double y0 = before.sourcePoints()[0][1];
        Axis xAxis = onFx(() -> chart().chart().getXAxis());
        Axis yAxis = onFx(() -> chart().chart().getYAxis());
        double dx = onFx(() -> xAxis.getValueForDisplay(xAxis.getDisplayPosition(x0) + 40) - x0);
        double dy = onFx(() -> yAxis.getValueForDisplay(yAxis.getDisplayPosition(y0) - 30) - y0);
        long solved = onFx(() -> window.compute().solvedCount());

        moveTo(sceneOf(x0, y0)).press(MouseButton.PRIMARY).moveBy(10, -10).moveBy(10, -10).moveBy(20, -10)
                .release(MouseButton.PRIMARY);
        awaitFx(() -> window.model().scenario().data().points() != null);
        InlinePoints edited = onFx(() -> window.model().scenario().data().points());
        assertEquals(DataSpec.POINTS, onFx(() -> window.model().scenario().data().generator()));
        assertEquals(x0 + dx, edited.source()[0][0], 1e-3 * Math.abs(dx), "moved by the dragged x distance");
        assertEquals(y0 + dy, edited.source()[0][1], 1e-3 * Math.abs(dy), "moved by the dragged y distance");
        for (int i = 1; i < before.n(); i++) {
            assertArrayEquals(before.sourcePoints()[i], edited.source()[i], "only the dragged point moved");
        }
        assertArrayEquals(before.targetPoints()[3], edited.target()[3]);

        awaitFx(() -> window.compute().solvedCount() > solved && window.scatterPanel().shown() != null
                && window.scatterPanel().shown().sourcePoints()[0][0] == edited.source()[0][0]);
        SolveView after = onFx(() -> window.scatterPanel().shown());
        assertNotEquals(java.util.Arrays.toString(before.plan()), java.util.Arrays.toString(after.plan()),
                "the plan was recomputed for the moved point");
        assertEquals("_Undo move source point 1", onFx(() -> window.undoRedoItems().get(0).getText()));

        undo();
        awaitFx(() -> window.model().scenario().equals(generated));
        assertTrue(onFx(() -> !window.model().canUndo()), "the drag was one undo step");
        awaitFx(() -> window.scatterPanel().shown().sourcePoints()[0][0] == x0);
    }

    @Test
    void aDraggedOutlierOfGeneratedDataKeepsItsRingWhereItIsDropped() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        Scenario blobs = DefaultScenario.create();
        // 20 targets, the first two of them outliers the generator placed
        Scenario withOutliers = blobs.withData(blobs.data().withSizes(20, 20, 2).withFractions(0, 0.1));
        interact(() -> window.model().replace(withOutliers, null));
        awaitFx(() -> window.scatterPanel().shown() != null && window.scatterPanel().shown().m() == 20);
        awaitScatterDrawn();
        assertEquals(2, onFx(() -> chart().shown().outlierTargets()));
        double[] outlier = onFx(() -> window.scatterPanel().shown().targetPoints()[0].clone());
        assertTrue(ringInkAt(outlier) >= RING_INK, "the generated outlier is ringed");

        moveTo(sceneOf(outlier[0], outlier[1])).press(MouseButton.PRIMARY).moveBy(15, 10).moveBy(15, 10)
                .release(MouseButton.PRIMARY);
        // off the chart: no hover ring over the outlier's own
        moveTo(onFx(() -> chart().chart().localToScreen(-20.0, -20.0)));
        awaitFx(() -> chart().highlighted() == null);
        awaitFx(() -> window.model().scenario().data().points() != null);
        double[] dropped = onFx(() -> window.model().scenario().data().points().target()[0]);
        awaitFx(() -> window.scatterPanel().shown().targetPoints()[0][0] == dropped[0]);
        awaitScatterDrawn();
        assertEquals(2, onFx(() -> chart().shown().outlierTargets()), "both outliers are still outliers");
        assertTrue(ringInkAt(dropped) >= RING_INK, "the ring moved with the dragged outlier");
        assertEquals(0, ringInkAt(outlier), 0.0, "and is no longer where it was picked up");

        // removing the other outlier leaves one; a target added then is no outlier (the first ⌊f·m⌋ targets are)
        double[] other = onFx(() -> window.scatterPanel().shown().targetPoints()[1].clone());
        moveTo(sceneOf(other[0], other[1]));
        awaitFx(() -> window.scatterPanel().editing().hovered() != null);
        type(KeyCode.DELETE);
        awaitFx(() -> window.scatterPanel().shown().m() == 19);
        awaitScatterDrawn();
        assertEquals(1, onFx(() -> chart().shown().outlierTargets()), "one outlier removed, one left");
        double[] range = onFx(() -> chart().axisRanges());
        press(KeyCode.SHIFT);
        clickOn(sceneOf(range[0] + 0.03 * (range[1] - range[0]), range[3] - 0.03 * (range[3] - range[2])),
                MouseButton.PRIMARY);
        release(KeyCode.SHIFT);
        awaitFx(() -> window.scatterPanel().shown().m() == 20);
        awaitScatterDrawn();
        assertEquals(1, onFx(() -> chart().shown().outlierTargets()), "the added target is not ringed");
        moveTo(onFx(() -> chart().chart().localToScreen(-20.0, -20.0)));
        awaitFx(() -> chart().highlighted() == null);
        double[] kept = onFx(() -> window.scatterPanel().shown().targetPoints()[0].clone());
        assertArrayEquals(dropped, kept, "the dragged outlier is still the first target");
        assertTrue(ringInkAt(kept) >= RING_INK, "and still ringed");
    }

    /**
     * Pixels of the ring's own colour that show a ring: its anti-aliased stroke leaves 9 to 12 of them near a point,
     * depending on where the point falls between pixels (9 once the axes' tick labels, and so the plot's width,
     * changed); none where there is no ring.
     */
    private static final int RING_INK = 5;

    /**
     * Pixels of the outliers' ring colour (nearer to it than to the targets' colour) on screen within the markers'
     * reach of a point.
     */
    private int ringInkAt(double[] point) throws Exception {
        return onFx(() -> {
            javafx.scene.image.WritableImage shot = chart().chart().getCanvas().snapshot(null, null);
            javafx.scene.paint.Color ring = chart().markerStyle().outlier();
            javafx.scene.paint.Color square = chart().markerStyle().target();
            var t = chart().geometry().transform();
            double reach = chart().markerExtent() + 2;
            int count = 0;
            for (int y = (int) (t.pixelY(point[1]) - reach); y <= t.pixelY(point[1]) + reach; y++) {
                for (int x = (int) (t.pixelX(point[0]) - reach); x <= t.pixelX(point[0]) + reach; x++) {
                    if (x >= 0 && y >= 0 && x < shot.getWidth() && y < shot.getHeight()) {
                        javafx.scene.paint.Color c = shot.getPixelReader().getColor(x, y);
                        count += distance(c, ring) < 0.15 && distance(c, ring) < distance(c, square) ? 1 : 0;
                    }
                }
            }
            return count;
        });
    }

    private static double distance(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void whileADraggedPointMovesItsLinesAreATaggedDraftAndTheSpectrumWaitsThenBothAreWholeWhenItIsLetGo()
            throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        awaitScatterDrawn();
        awaitFx(() -> window.compute().spectrumPanel().shown() != null);
        SolveView before = onFx(() -> window.scatterPanel().shown());
        moveTo(sceneOf(before.sourcePoints()[0][0], before.sourcePoints()[0][1])).press(MouseButton.PRIMARY);
        boolean draftSeen = false;
        boolean spectrumWaited = false;
        for (int k = 0; k < 60 && !(draftSeen && spectrumWaited); k++) {
            moveBy(k % 2 == 0 ? 4 : -3, -2);
            draftSeen |= onFx(() -> chart().showsDraftTag() && chart().picture().draft());
            spectrumWaited |= onFx(() -> {
                String why = window.compute().spectrumPanel().whyNoSpectrum();
                return why != null && why.startsWith("While the point is dragged");
            });
        }
        assertTrue(draftSeen, "a draft picture, tagged, while the point moves");
        assertTrue(spectrumWaited, "the spectrum panel says it waits");
        release(MouseButton.PRIMARY);
        awaitFx(() -> window.compute().isIdle() && !chart().showsDraftTag() && !chart().picture().draft()
                && window.compute().spectrumPanel().whyNoSpectrum() == null
                && window.compute().spectrumPanel().shown() != null);
    }

    /**
     * An ε slider drag is a new plan every frame too: while its thumb is held the lines are a tagged draft, the
     * full picture once it is let go (issue 14: 20 frames a second; issue 13: the n = 1000 drag).
     */
    @Test
    void whileTheEpsilonThumbIsHeldTheLinesAreATaggedDraftAndWholeWhenItIsLetGo() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        awaitScatterDrawn();
        javafx.scene.control.Slider thumb = onFx(() -> window.parametersPanel().epsilonSlider().getSlider());
        interact(() -> thumb.setValueChanging(true));
        boolean draftSeen = false;
        for (int k = 0; k < 40 && !draftSeen; k++) {
            double factor = k % 2 == 0 ? 0.9 : 1.05;
            interact(() -> thumb.setValue(thumb.getValue() * factor));
            awaitFx(() -> window.compute().isIdle());
            draftSeen = onFx(() -> chart().showsDraftTag() && chart().picture().draft());
        }
        assertTrue(draftSeen, "a draft picture, tagged, while the thumb is held");
        interact(() -> thumb.setValueChanging(false));
        awaitFx(() -> window.compute().isIdle() && chart().picture() != null && !chart().showsDraftTag()
                && !chart().picture().draft());
    }

    @Test
    void clickAddsASourceShiftClickATargetDeleteRemovesScrollWeighsAndUndoTakesEachBack() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        openSmall();

        clickOn(sceneOf(2, 0.5), MouseButton.PRIMARY);
        awaitFx(() -> window.model().scenario().data().n() == 6);
        double[] added = onFx(() -> window.model().scenario().data().points().source()[5]);
        assertEquals(2, added[0], 0.02, "the new source is where the click was");
        assertEquals(0.5, added[1], 0.02);
        awaitFx(() -> window.scatterPanel().shown().n() == 6);
        awaitScatterDrawn();

        press(KeyCode.SHIFT);
        clickOn(sceneOf(2, 0.85), MouseButton.PRIMARY);
        release(KeyCode.SHIFT);
        awaitFx(() -> window.model().scenario().data().m() == 5);
        assertEquals(6, onFx(() -> window.model().scenario().data().n()), "Shift+click adds a target, not a source");
        awaitFx(() -> window.scatterPanel().shown().m() == 5);
        awaitScatterDrawn();

        moveTo(sceneOf(1, 1));
        awaitFx(() -> window.scatterPanel().editing().hovered() != null);
        assertEquals(onFx(() -> window.scatterPanel().editing().hovered()), onFx(() -> chart().highlighted()),
                "the point under the pointer is ringed");
        interact(() -> window.parametersPanel().epsilonSlider().getSlider().requestFocus()); // focus elsewhere
        type(KeyCode.DELETE);
        awaitFx(() -> window.model().scenario().data().n() == 5);
        InlinePoints afterDelete = onFx(() -> window.model().scenario().data().points());
        for (double[] p : afterDelete.source()) {
            assertTrue(p[0] != 1 || p[1] != 1, "the point under the pointer is gone");
        }
        awaitFx(() -> window.scatterPanel().shown().n() == 5);
        awaitScatterDrawn();

        moveTo(sceneOf(0, 0));
        scroll(1, VerticalDirection.UP); // one notch (its sign depends on the platform): the weight × or ÷ 1.25
        awaitFx(() -> {
            double[] a = window.model().scenario().data().points().sourceWeights();
            return Math.abs(Math.abs(Math.log(a[0] / a[1])) - Math.log(PointEditing.WEIGHT_STEP)) < 1e-9;
        });
        double[] a = onFx(() -> window.model().scenario().data().points().sourceWeights());
        assertEquals(1, java.util.Arrays.stream(a).sum(), 1e-12, "the weights are renormalised");
        assertEquals(a[1], a[2], 1e-15, "the other weights keep their ratios");
        awaitFx(() -> window.scatterPanel().shown() != null
                && Math.abs(window.scatterPanel().shown().rowSums()[0] - a[0]) < 1e-6);
        awaitFx(() -> chart().shown().sourceSize()[0] != chart().shown().sourceSize()[1]);
        assertEquals(Math.sqrt(a[0] / a[1]),
                onFx(() -> chart().shown().sourceSize()[0] / chart().shown().sourceSize()[1]), 1e-9,
                "marker area ∝ weight");

        undo();
        awaitFx(() -> window.model().scenario().data().points().equals(afterDelete));
        undo();
        awaitFx(() -> window.model().scenario().data().n() == 6);
        undo();
        awaitFx(() -> window.model().scenario().data().m() == 4);
        undo();
        awaitFx(() -> window.model().scenario().data().points().equals(SMALL));
        assertNull(onFx(() -> window.model().undoNameProperty().get()), "four edits, four steps");
    }

    @Test
    void aOneDimensionalPointMovesAlongItsRailOnly() throws Exception {
        awaitFx(() -> window.compute().solvedCount() >= 1);
        InlinePoints rails = InlinePoints.of(new double[][] {{0}, {1}, {2}}, new double[][] {{0.5}, {1.5}});
        interact(() -> window.model().replace(new Scenario(null, "rails", null, 1L,
                DataSpec.defaults().withPoints(rails), null, null, null), null));
        awaitFx(() -> window.scatterPanel().shown() != null && window.scatterPanel().shown().n() == 3);
        awaitScatterDrawn();
        Axis xAxis = onFx(() -> chart().chart().getXAxis());
        double dx = onFx(() -> xAxis.getValueForDisplay(xAxis.getDisplayPosition(1) + 30) - 1);
        moveTo(sceneOf(1, org.otexplorer.ui.charts.ScatterData.SOURCE_RAIL)).press(MouseButton.PRIMARY)
                .moveBy(15, -20).moveBy(15, 40).release(MouseButton.PRIMARY);
        awaitFx(() -> !window.model().scenario().data().points().equals(rails));
        double[][] moved = onFx(() -> window.model().scenario().data().points().source());
        assertEquals(1, moved[1].length, "still one coordinate");
        assertEquals(1 + dx, moved[1][0], 1e-3 * Math.abs(dx), "moved by the horizontal distance only");
        assertArrayEquals(new double[] {0}, moved[0]);
    }
}
