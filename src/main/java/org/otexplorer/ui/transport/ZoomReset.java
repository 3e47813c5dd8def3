package org.otexplorer.ui.transport;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.plugins.Zoomer;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;

/**
 * A way back from a zoom in view: a drag zooms a chart in, and while any of the charts is zoomed the button shows
 * (among the panel's controls, not over the data) and brings every one back to its whole data, as a double-click on
 * a chart does — nothing on screen said so (issue 12 item 14).
 */
final class ZoomReset {
    private ZoomReset() {
    }

    /**
     * Makes {@code reset} show while any of {@code charts} is zoomed in (taking no room otherwise) and unzoom them all.
     *
     * @throws IllegalArgumentException when a chart has no zoomer
     */
    static void follow(Button reset, XYChart... charts) {
        List<Zoomer> zoomers = java.util.Arrays.stream(charts).map(ZoomReset::zoomer).toList();
        BooleanBinding zoomed = Bindings.createBooleanBinding(
                () -> zoomers.stream().anyMatch(z -> !z.zoomStackDeque().isEmpty()),
                zoomers.stream().map(Zoomer::zoomStackDeque).toArray(javafx.beans.Observable[]::new));
        reset.visibleProperty().bind(zoomed);
        reset.managedProperty().bind(zoomed);
        reset.setOnAction(e -> zoomers.forEach(Zoomer::zoomOrigin));
    }

    private static Zoomer zoomer(XYChart chart) {
        return chart.getPlugins().stream().filter(Zoomer.class::isInstance).map(Zoomer.class::cast)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the chart does not zoom"));
    }
}
