package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.chartfx.XYChart;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.ScenarioFiles;

/**
 * The step-by-step sample in the whole window (as {@code otx gui} and File → Open open it): it brings the "Step by
 * step" tab to the front on frame 0; its transport controls, slider and caption stay on screen at 1280×800 in light,
 * dark and presenter mode; the dark theme writes the caption and the axes light, presenter mode enlarges them.
 */
class StepsWindowTest extends ExplorerWindowTestSupport {
    private static final Path SAMPLE = Path.of("samples/sinkhorn-step-by-step.json");

    @Override
    String recentFilesNode() {
        return "steps";
    }

    @Test
    void theSampleOpensInTheStepByStepTabReadableInEveryTheme() throws Exception {
        String name = ScenarioFiles.load(SAMPLE).name();
        interact(() -> {
            window.openScenario(SAMPLE);
            window.compute().content().getScene().getWindow().setWidth(1280);
            window.compute().content().getScene().getWindow().setHeight(800);
        });
        awaitFx(() -> name.equals(window.model().scenario().name()) && window.activeView().isIdle());
        TabPane workbenches = lookup(".workbench-tabs").queryAs(TabPane.class);
        assertEquals("Step by step", onFx(() -> workbenches.getSelectionModel().getSelectedItem().getText()));
        assertNull(onFx(() -> window.activeView().failure()));
        Label caption = lookup(".steps-caption").queryAs(Label.class);
        assertTrue(onFx(caption::getText).startsWith("k = 0 of 199 · start"), onFx(caption::getText));
        controlsOnScreen("light");

        java.util.function.Predicate<Node> logChart = n -> n instanceof XYChart c
                && c.getYAxis() instanceof io.fair_acc.chartfx.axes.spi.DefaultNumericAxis a && a.isLogAxis();
        XYChart errors = lookup(".steps-picture").lookup(logChart).queryAs(XYChart.class);
        Color lightCaption = (Color) onFx(caption::getTextFill);
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme(Themes.DARK))));
        awaitFx(() -> !caption.getTextFill().equals(lightCaption));
        assertTrue(((Color) onFx(caption::getTextFill)).getBrightness() > 0.6, "caption light on dark");
        Color axis = (Color) onFx(() -> axisLabel(errors).getFill());
        assertTrue(axis.getBrightness() > 0.6, "the error chart's axis text is light on dark: " + axis);
        controlsOnScreen("dark");

        double font = onFx(() -> caption.getFont().getSize());
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withPresenterMode(true))));
        awaitFx(() -> caption.getFont().getSize() > font);
        assertNotEquals(font, onFx(() -> caption.getFont().getSize()));
        controlsOnScreen("presenter");
        interact(() -> window.model().updateAppearance(s -> s.withView(s.view().withTheme("light")
                .withPresenterMode(false))));
    }

    @Test
    void figureExportAnimationWritesTheStepThroughAsAGif(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        interact(() -> window.openScenario(SAMPLE));
        awaitFx(() -> SAMPLE.getFileName().equals(window.model().file() == null ? null
                : window.model().file().getFileName()) && window.activeView().isIdle());
        interact(() -> window.model().update(s -> s.withEngine(s.engine().withStopping(1e-9, 6))));
        awaitFx(() -> window.activeView().isIdle());
        Path gif = dir.resolve("steps.gif");
        List<Path> written = onFx(() -> window.figures().exportAnimationTo("steps", 1, gif))
                .get(PATIENCE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(List.of(gif, dir.resolve("steps.csv"), dir.resolve("steps.scenario.json")), written);
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
            javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(12, reader.getNumImages(true), "start, 6 row and 5 column half-steps");
            assertTrue(reader.getWidth(0) > 100 && reader.getHeight(0) > 100);
        }
    }

    private void controlsOnScreen(String theme) throws Exception {
        double width = onFx(() -> window.compute().content().getScene().getWidth());
        double height = onFx(() -> window.compute().content().getScene().getHeight());
        for (String id : List.of(".steps-transport", ".steps-slider", ".steps-caption", ".steps-method")) {
            Node node = lookup(id).query();
            Bounds b = onFx(() -> node.localToScene(node.getBoundsInLocal()));
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width + 0.5 && b.getMinY() >= 0
                    && b.getMaxY() <= height + 0.5, theme + ": " + id + " inside the window: " + b);
            assertTrue(b.getWidth() > 20 && b.getHeight() > 10, theme + ": " + id + " visible: " + b);
        }
        captionClearOfTheLegend(theme);
    }

    /** The caption is shown whole (wrapped, never "…") and above the plan's legend, not over it. */
    private void captionClearOfTheLegend(String theme) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(4);
        Label caption = lookup(".steps-caption").queryAs(Label.class);
        Node legend = lookup(".steps-picture").lookup(".marginal-legend").query();
        Node text = caption.lookup(".text"); // what is drawn, which may overflow the label's own bounds
        Bounds captionBounds = onFx(() -> text.localToScene(text.getBoundsInLocal()));
        Bounds legendBounds = onFx(() -> legend.localToScene(legend.getLayoutBounds()));
        assertTrue(captionBounds.getMaxY() <= legendBounds.getMinY() + 0.5, theme + ": the caption " + captionBounds
                + " overlaps the legend " + legendBounds);
        String shown = onFx(() -> caption.lookupAll(".text").stream().map(t -> ((Text) t).getText())
                .collect(java.util.stream.Collectors.joining()));
        assertEquals(onFx(caption::getText).replace(" ", ""), shown.replace(" ", "").replace("\n", ""),
                theme + ": the caption is shown whole");
    }

    private static Text axisLabel(XYChart chart) {
        return (Text) ((Node) chart.getXAxis()).lookup(".axis-label");
    }
}
