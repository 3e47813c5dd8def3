package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 item 14 (points clipped at plot edges) on a trace whose values span eleven decades, as IPOT's pair
 * differences do (1e-15 … 1e-4) in a chart about 200 px high: the highest and the lowest marker keep more than a
 * marker's radius from the plot's edges (a margin of a factor 1.5 left 2.6 px and cut the top marker in half).
 */
class TraceChartMarginTest extends ApplicationTest {
    /** The markers a short curve draws (Charts.laneStyle, 3 px) and a line width around them. */
    private static final double MARKER_REACH = 4;
    private TraceChart trace;

    @Override
    public void start(Stage stage) {
        org.otexplorer.ui.export.UnsharedGlyphLayouts.checkOutSharedLayout(); // as the window does: no text race
        trace = new TraceChart();
        stage.setScene(new Scene(trace.chart(), 600, 200));
        stage.show();
    }

    @Test
    void theExtremeMarkersOfElevenDecadesStayInsideThePlot() {
        double[] t = {1, 2, 3, 4, 5};
        double[] wide = {1e-4, 3e-5, 1e-5, 2e-5, 1e-5};
        double[] tiny = {1e-15, 2e-15, 3e-15, 2e-15, 4e-15};
        interact(() -> trace.update("max |T − P|", List.of(new TraceChart.Curve("one sweep", 1, t, wide),
                new TraceChart.Curve("exact", 0, t, tiny)), false));
        WaitForAsyncUtils.waitForFxEvents(6);
        DefaultNumericAxis y = (DefaultNumericAxis) trace.chart().getYAxis();
        double length = y.getHeight();
        double top = y.getDisplayPosition(1e-4);
        double bottom = length - y.getDisplayPosition(1e-15);
        assertTrue(length > 80, "a plot of " + length + " px");
        assertTrue(top > MARKER_REACH, "the highest marker " + top + " px below the top edge");
        assertTrue(bottom > MARKER_REACH, "the lowest marker " + bottom + " px above the bottom edge");
    }
}
