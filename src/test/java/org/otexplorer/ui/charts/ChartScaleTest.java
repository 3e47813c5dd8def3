package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.fair_acc.chartfx.XYChart;
import java.lang.ref.WeakReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The presenter factor, which every chart made by the factories follows, holds none of them alive. */
class ChartScaleTest extends ApplicationTest {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    /** A chart nobody holds any more is collected (a static listener kept every chart, with its scene, alive). */
    @Test
    void aChartNoLongerShownIsCollected() throws Exception {
        WeakReference<XYChart> made = new WeakReference<>(onFxChart());
        for (int k = 0; k < 20 && made.get() != null; k++) {
            System.gc();
            Thread.sleep(50);
        }
        assertNull(made.get(), "the chart is still reachable after it was dropped");
    }

    private XYChart onFxChart() throws Exception {
        XYChart[] chart = new XYChart[1];
        interact(() -> chart[0] = Charts.chart(Charts.axis("x"), Charts.axis("y")));
        return chart[0];
    }
}
