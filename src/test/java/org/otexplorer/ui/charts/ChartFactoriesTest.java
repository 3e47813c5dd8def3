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
        assertEquals(0.25, ds.get(DataSet.DIM_Z, 1, 1), 0.0, "P[1][1]");
        assertEquals(0.5, ds.get(DataSet.DIM_Z, 0, 0), 0.0, "P[0][0]");
    }

    @Test
    void spectrumMarksTheZeroEigenvalueApart() {
        interact(() -> spectrum.update(new double[] {1e-17, 0.01, 0.1, 0.2}, 1e-10));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, spectrum.positiveCount());
        assertTrue(spectrum.chart().getRenderers().size() == 2);
    }
}
