package org.otexplorer.ui.ipot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.Scenario;

/**
 * The panel "Barycenters" as the user sees it: four glyph thumbnails, IBP's and IPOT's 50 × 50 barycenters with their
 * sharpness printed, the interpolation frame at the slider's s, the 1-D inputs with the exact barycenter dashed, and
 * weights that do not sum to one refused with a dialog that changes nothing.
 */
class BarycenterPanelTest extends IpotFxTestSupport {
    @Override
    Path sample() {
        return Path.of("samples/ipot-glyph-barycenters-ibp-vs-ipot.json");
    }

    @Test
    void theGlyphSampleShowsInputsBothBarycentersAndTheInterpolation() throws Exception {
        awaitFx(() -> view.isIdle());
        BarycenterPanelController b = view.barycenters();
        assertEquals(4, (int) onFx(b::thumbnailCount));
        // Issue 12 look: a thumbnail shows the glyph with square pixels and no unlabelled colour bar beside it.
        awaitFx(() -> b.thumbnailImages().stream().allMatch(t -> t.chart().getCanvas().getWidth() > 0
                && t.chart().getCanvas().getHeight() > 0)); // laid out
        for (GridHeatmap thumb : onFx(b::thumbnailImages)) {
            assertFalse(onFx(thumb::colourBarVisible), "no colour bar on a thumbnail");
            double[] perPixel = onFx(thumb::unitsPerPixel);
            assertEquals(1, perPixel[0] / perPixel[1], 0.02, "square pixels: " + perPixel[0] + " vs " + perPixel[1]);
            double[] x = onFx(() -> new double[] {thumb.chart().getXAxis().getMin(), thumb.chart().getXAxis().getMax()});
            assertTrue(x[0] <= -0.5 && x[1] >= 49.5, "the whole glyph: " + x[0] + " … " + x[1]);
        }
        assertTrue(onFx(() -> b.ibpImage().colourBarVisible()), "the barycenters keep their colour bar");
        assertEquals(50, (int) onFx(() -> b.ibpImage().rows()));
        assertEquals(50, (int) onFx(() -> b.ipotImage().columns()));
        List<String> shown = onFx(b::captions);
        assertTrue(shown.get(3).contains("marginal\u00A0error\u00A0"), "a phrase wraps whole: " + shown.get(3));
        List<String> captions = shown.stream().map(c -> c.replace(org.otexplorer.ui.workbench.Phrases.NO_BREAK, ' '))
                .toList();
        assertTrue(captions.get(2).startsWith("IBP ε = 0.01") && captions.get(2).contains("entropy"), captions.get(2));
        assertTrue(captions.get(3).startsWith("IPOT β = 0.01, L = 1 (consensus order)"), captions.get(3));
        assertTrue(captions.get(4).startsWith("IPOT between p0 and p1 at s = 0.50"), captions.get(4));
        assertTrue(onFx(() -> lookup("#parameter-interpolation").query().isVisible()), "the weight slider");
        double ipotPeak = onFx(() -> b.ipotImage().colorRange()[1]);
        double ibpPeak = onFx(() -> b.ibpImage().colorRange()[1]);
        assertTrue(ipotPeak > 1.5 * ibpPeak, "the crisp barycenter's peak is higher: " + ipotPeak + " vs " + ibpPeak);

        interact(() -> model.update(s -> IpotSection.with(s, IpotSection.INTERPOLATION, 0.0)));
        awaitFx(() -> view.isIdle());
        assertTrue(onFx(b::captions).get(4).startsWith("IPOT between p0 and p1 at s\u00A0=\u00A00.00"));
    }

    @Test
    void oneDimensionalInputsShowTheExactBarycenterDashed() throws Exception {
        interact(() -> model.update(s -> IpotSection.with(IpotSection.with(s, IpotSection.BARYCENTER_INPUTS,
                "histograms"), IpotSection.INPUT_COUNT, 3)));
        awaitFx(() -> view.isIdle() && view.barycenters().shown() != null
                && view.barycenters().shown().exact() != null);
        assertEquals(2, (int) onFx(() -> view.barycenters().ibpCurves().curveCount()), "IBP and the exact barycenter");
        assertTrue(onFx(view.barycenters()::captions).get(0).startsWith("exact barycenter (dashed"));
        var ibpLine = onFx(() -> view.barycenters().ibpCurves().chart().getRenderers().get(0).getDatasets().get(0));
        String normal = onFx(ibpLine::getStyle);
        assertTrue(normal.contains("-fx-line-width: 2.00"), normal);
        try {
            interact(() -> org.otexplorer.ui.charts.ChartScale.setPresenterScale(1.5));
            String presenter = onFx(ibpLine::getStyle);
            assertTrue(presenter.contains("-fx-line-width: 3.00"), "presenter mode: " + presenter);
        } finally {
            interact(() -> org.otexplorer.ui.charts.ChartScale.setPresenterScale(1));
        }
    }

    @Test
    void weightsThatDoNotSumToOneAreRefused() throws Exception {
        awaitFx(() -> view.isIdle());
        Scenario before = onFx(model::scenario);
        // the sample's empty list (equal weights) is not a blank box: its prompt says what it means
        TextField empty = lookup("#parameter-weights").queryAs(TextField.class);
        assertEquals("", onFx(empty::getText));
        assertEquals("equal, 1/K each", onFx(empty::getPromptText));
        for (String bad : List.of("0.5, 0.5, 0.5, 0.5", "1, 0", "0.5, 0.5, -0.25, 0.25")) {
            TextField field = lookup("#parameter-weights").queryAs(TextField.class);
            interact(() -> field.setText(bad));
            javafx.application.Platform.runLater(() -> field.fireEvent(new javafx.event.ActionEvent()));
            String text = closeDialog();
            assertTrue(text.contains("weights"), bad + ": " + text);
            assertEquals(before, onFx(model::scenario), bad);
        }
    }

    /**
     * Issue 12 look: the three captions above the barycenters are whole and end above their pictures, and the pictures
     * end on screen and reach the panel's foot, at 1280 × 800 and in presenter mode (the IPOT caption's third line,
     * "… 99 % in 397 bins", lay under its heatmap; fixed row shares left an empty band under the pictures).
     */
    @Test
    void theCaptionsEndAboveTheirPictures() throws Exception {
        awaitFx(() -> view.isIdle());
        BarycenterPanelController b = view.barycenters();
        interact(() -> ((Region) view.content()).getScene().getStylesheets().add(BarycenterPanelTest.class
                .getResource("/org/otexplorer/ui/explorer.css").toExternalForm()));
        interact(() -> ((Region) view.content()).getStyleClass().add("explorer"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        checkCaptions(b, "1280 × 800");
        try {
            presenterMode();
            awaitFx(() -> b.captionLabels().get(0).getFont().getSize() > 12); // 14 px, 11 px normal
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
            checkCaptions(b, "presenter mode");
            assertSettingsInView("the barycenters"); // the last rows were below the fold
        } finally {
            normalMode();
        }
    }

    private void checkCaptions(BarycenterPanelController b, String mode) throws Exception {
        List<javafx.scene.control.Label> labels = onFx(b::captionLabels);
        List<javafx.scene.layout.StackPane> holders = onFx(b::pictureHolders);
        for (int k = 0; k < labels.size(); k++) {
            javafx.scene.control.Label label = labels.get(k);
            javafx.scene.layout.StackPane holder = holders.get(k);
            assertEquals(onFx(label::getText), onFx(() -> shownText(label)), mode + ": shown whole");
            double bottom = onFx(() -> label.localToScene(label.getLayoutBounds()).getMinY()
                    + label.prefHeight(label.getWidth()));
            double top = onFx(() -> holder.localToScene(holder.getLayoutBounds()).getMinY());
            assertTrue(bottom <= top + 1, mode + ": the caption's lines end above its picture: " + bottom + " vs "
                    + top + ", " + onFx(label::getText));
            double pictureBottom = onFx(() -> holder.localToScene(holder.getLayoutBounds()).getMaxY());
            double panelBottom = onFx(() -> ((Region) view.content()).getHeight());
            assertTrue(pictureBottom <= panelBottom + 1, mode + ": the picture ends on screen: " + pictureBottom
                    + " of " + panelBottom);
            // the barycenters take the height the captions leave: no empty band beneath them
            assertTrue(pictureBottom >= panelBottom - 24, mode + ": the picture reaches the panel's foot: "
                    + pictureBottom + " of " + panelBottom);
        }
    }
}
