package org.otexplorer.ui.ipot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.legend.spi.DefaultLegend;
import io.fair_acc.dataset.DataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.Scenario;
import javafx.scene.paint.Color;
import org.otexplorer.ipot.ScalabilityStudy;
import org.otexplorer.ipot.ScalabilityStudy.Entry;
import org.otexplorer.ipot.ScalabilityStudy.Method;
import org.otexplorer.ui.workbench.WholeNumberSpinner;

/**
 * The panel "Scalability" (thesis Fig. 2.3) as the user sees it, on the sample shortened to n = 64 … 128: both axes
 * logarithmic and covering every point, one legend entry per method, a marker per n where some seed reached the
 * precision and none where none did (said in the note line), the thesis' line and our run's line; Cancel stops a
 * long study; n below 2 is refused with a dialog.
 */
class ScalabilityPanelTest extends IpotFxTestSupport {
    @Override
    Path sample() {
        try {
            Path file = Files.createTempFile("ipot-scalability", ".json");
            file.toFile().deleteOnExit();
            return Files.writeString(file, Files.readString(Path.of("samples/ipot-scalability.json"))
                    .replace("\"scalingLargest\": 256", "\"scalingLargest\": 128"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theLogLogChartShowsEveryMethodAndSaysWhichPointsAreMissing() throws Exception {
        awaitFx(() -> view.isIdle());
        ScalabilityPanelController panel = view.scalability();
        assertSeen(panel, 64, 128);
        assertTrue(onFx(panel::thesisText).startsWith("Thesis Fig. 2.3"), onFx(panel::thesisText));
        assertTrue(onFx(panel::ourRunText).startsWith("Our run: at n = 128 "), onFx(panel::ourRunText));
        assertTrue(onFx(panel::progressText).startsWith("Done: n = 64 … 128"), onFx(panel::progressText));

        // A cap no Sinkhorn solve and no IPOT run can meet: their points go, the simplex (never capped) stays.
        interact(() -> model.update(s -> IpotSection.with(s, IpotSection.SCALING_CAP, 1e-6)));
        awaitFx(() -> view.isIdle());
        assertSeen(panel, 64, 128);
        String note = onFx(panel::noteText);
        assertTrue(note.startsWith("Missing points (no seed reached relative precision 1e-4 within the ")
                && note.contains("sinkhorn-log at n = 64, 128"), note);
        assertEquals(2, pointCount(panel, Method.NETWORK_SIMPLEX));
        assertEquals(0, pointCount(panel, Method.SINKHORN_LOG));
    }

    /** What the chart shows agrees with the study: log axes around every point, one legend entry and series each. */
    private void assertSeen(ScalabilityPanelController panel, int n0, int n1) throws Exception {
        ScalabilityChart chart = panel.scalabilityChart();
        assertTrue(onFx(() -> chart.xAxis().isLogAxis() && chart.yAxis().isLogAxis()), "log-log");
        double[] x = onFx(() -> new double[] {chart.xAxis().getMin(), chart.xAxis().getMax()});
        double[] y = onFx(() -> new double[] {chart.yAxis().getMin(), chart.yAxis().getMax()});
        assertTrue(x[0] < n0 && x[1] > n1, Arrays.toString(x));
        List<Entry> entries = onFx(() -> panel.shown().study().entries());
        for (Entry e : entries) {
            if (e.meanSeconds().isPresent()) {
                double t = e.meanSeconds().getAsDouble();
                assertTrue(y[0] < t && t < y[1], e + " outside " + Arrays.toString(y));
            }
        }
        DefaultLegend legend = onFx(() -> (DefaultLegend) chart.chart().getLegend());
        List<String> items = onFx(() -> legend.getItems().stream().map(i -> i.getText()).toList());
        assertEquals(Arrays.stream(Method.values()).map(Method::label).toList(), items, "one legend entry per method");
        assertTrue(onFx(() -> chart.chart().getLegend().getNode().isVisible()));
        for (Method m : Method.values()) {
            long reached = entries.stream().filter(e -> e.method() == m && e.meanSeconds().isPresent()).count();
            assertEquals(reached, pointCount(panel, m), m + ": a marker per n some seed reached");
            if (reached < 2) {
                assertTrue(onFx(panel::noteText).contains(m.label() + " at n = "), onFx(panel::noteText));
            }
        }
        assertFalse(onFx(panel::noteText).isBlank());
    }

    /** The points drawn with a marker (a missing one is NaN in the data set, where the line breaks). */
    private int pointCount(ScalabilityPanelController panel, Method m) throws Exception {
        return (int) (long) onFx(() -> panel.scalabilityChart().chart().getRenderers().get(0).getDatasets().stream()
                .filter(d -> d.getName().equals(m.label()))
                .mapToLong(d -> java.util.stream.IntStream.range(0, d.getDataCount())
                        .filter(k -> Double.isFinite(d.get(DataSet.DIM_Y, k))).count()).sum());
    }

    @Test
    void cancelStopsALongStudyAndKeepsWhatItShows() throws Exception {
        awaitFx(() -> view.isIdle());
        ScalabilityPanelController panel = view.scalability();
        interact(() -> model.update(s -> IpotSection.with(IpotSection.with(IpotSection.with(s,
                IpotSection.SCALING_LARGEST, 2048), IpotSection.SCALING_SEEDS, 6), IpotSection.SCALING_CAP, 600.0)));
        awaitFx(() -> panel.isBusy() && panel.progressText().startsWith("Running"));
        interact(() -> panel.cancelButton().fire());
        awaitFx(() -> !panel.isBusy());
        assertTrue(onFx(panel::progressText).startsWith("Cancelled"), onFx(panel::progressText));
        assertTrue(onFx(() -> panel.cancelButton().isDisabled()));
        assertFalse(onFx(() -> service.isBusy(ScalabilityResult.ANALYSIS.channel())), "nothing runs on");
    }

    @Test
    void aSizeBelowTwoIsRefusedWithADialog() throws Exception {
        awaitFx(() -> view.isIdle());
        Scenario before = onFx(model::scenario);
        WholeNumberSpinner smallest = lookup("#parameter-scalingSmallest").lookup(".spinner")
                .queryAs(WholeNumberSpinner.class);
        TextField editor = smallest.getEditor();
        Platform.runLater(() -> {
            editor.setText("1");
            editor.fireEvent(new ActionEvent());
        });
        String text = closeDialog();
        assertTrue(text.contains("between 2 and 2048, got 1"), text);
        assertEquals(before, onFx(model::scenario), "a refused value changes nothing");
    }

    /**
     * A method's line breaks where no seed reached the precision: with IPOT at n = 64 and 256 but not at 128, the
     * chart draws IPOT's colour at both markers and none where a line from one to the other would cross n = 128.
     */
    @Test
    void aMissingSizeBreaksTheMethodsLineThere() throws Exception {
        List<Integer> sizes = List.of(64, 128, 256);
        List<Entry> entries = new java.util.ArrayList<>();
        for (int n : sizes) {
            entries.add(entry(Method.NETWORK_SIMPLEX, n, true, 0.01));
            entries.add(entry(Method.IPOT, n, n != 128, n == 64 ? 1 : 10));
        }
        ScalabilityStudy.Result result = new ScalabilityStudy.Result(new ScalabilityStudy.Settings(sizes, 1, 1, 2),
                entries, true);
        ScalabilityChart chart = onFx(ScalabilityChart::new);
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        interact(() -> {
            javafx.stage.Stage own = new javafx.stage.Stage();
            own.setScene(new javafx.scene.Scene(chart.chart(), 700, 450));
            own.show();
            chart.show(result);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(6);
        interact(() -> shot[0] = chart.chart().getCanvas().snapshot(null, null));
        Color ipot = Color.web(org.otexplorer.ui.charts.Charts.laneColor(Method.IPOT.ordinal()));
        double[] at64 = onFx(() -> new double[] {chart.xAxis().getDisplayPosition(64), chart.yAxis().getDisplayPosition(1)});
        double[] across128 = onFx(() -> new double[] {chart.xAxis().getDisplayPosition(128),
            chart.yAxis().getDisplayPosition(Math.sqrt(10))});
        double[] at256 = onFx(() -> new double[] {chart.xAxis().getDisplayPosition(256),
            chart.yAxis().getDisplayPosition(10)});
        assertTrue(coloured(shot[0], at64, ipot) > 0, "IPOT's marker at n = 64 is drawn");
        assertTrue(coloured(shot[0], at256, ipot) > 0, "IPOT's marker at n = 256 is drawn");
        assertEquals(0, coloured(shot[0], across128, ipot), "no IPOT line bridges n = 128, where it has no point");
    }

    private static Entry entry(Method m, int n, boolean reached, double seconds) {
        return new Entry(m, n, List.of(new ScalabilityStudy.Run(1, reached, reached ? seconds : 2.5, 1, 0,
                reached ? "" : "cap")));
    }

    /** Pixels of about {@code colour} within 4 px of a point of the image. */
    private static int coloured(javafx.scene.image.WritableImage image, double[] at, Color colour) {
        javafx.scene.image.PixelReader reader = image.getPixelReader();
        int count = 0;
        for (int y = (int) at[1] - 4; y <= (int) at[1] + 4; y++) {
            for (int x = (int) at[0] - 4; x <= (int) at[0] + 4; x++) {
                if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()) {
                    Color c = reader.getColor(x, y);
                    if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                            + Math.abs(c.getBlue() - colour.getBlue()) < 0.25) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
