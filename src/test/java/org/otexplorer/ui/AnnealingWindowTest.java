package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.service.AnnealingLadder;
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.ui.workbench.ParameterSlider;

/**
 * The ε annealing as the user sees it (TestFX on Monocle): the sample opens playing, the ε slider walks the ladder
 * down and back, the plan's colour range stays locked over the ladder, Stop hands ε back at the rung shown, and
 * Figure → Export animation writes the walk as a GIF.
 */
class AnnealingWindowTest extends ExplorerWindowTestSupport {
    private static final Path SAMPLE = Path.of("samples/epsilon-annealing-two-blobs.json");

    @TempDir
    Path dir;

    @Override
    String recentFilesNode() {
        return "annealing";
    }

    private ToggleButton playButton() {
        return lookup("#annealing-play").queryAs(ToggleButton.class);
    }

    private ParameterSlider epsilonSlider() {
        return window.parametersPanel().epsilonSlider();
    }

    private void openSample() throws Exception {
        String name = ScenarioFiles.load(SAMPLE).name();
        javafx.application.Platform.runLater(() -> window.openScenario(SAMPLE));
        awaitFx(() -> name.equals(window.model().scenario().name()));
    }

    /** The ladder's rungs and the largest plan entry over them, from cold solves at each rung. */
    private static double[] coldLargestAndRungs(Scenario s, List<Double> rungs) {
        double largest = 0;
        for (double rung : AnnealingLadder.of(s.section(AnnealingLadder.SECTION)).rungs()) {
            rungs.add(rung);
            Scenario at = s.withEngine(s.engine().withEpsilon(rung, true));
            double[] plan = ScenarioSnapshot.compute(at, SAMPLE.toAbsolutePath().getParent(), false, false).solve()
                    .plan();
            largest = Math.max(largest, java.util.Arrays.stream(plan).max().orElseThrow());
        }
        return new double[] {0, largest};
    }

    @Test
    void theSampleOpensPlayingAndTheSliderWalksTheLadderOnALockedColourScaleUntilStop() throws Exception {
        Scenario sample = ScenarioFiles.load(SAMPLE);
        List<Double> rungs = new ArrayList<>();
        double[] locked = coldLargestAndRungs(sample, rungs);
        List<Double> shown = Collections.synchronizedList(new ArrayList<>());
        List<double[]> ranges = Collections.synchronizedList(new ArrayList<>());
        // the ε of the plan drawn when the slider moves: the slider follows the picture, never runs ahead of it
        List<Double> drawn = Collections.synchronizedList(new ArrayList<>());
        interact(() -> epsilonSlider().valueProperty().addListener((o, a, v) -> {
            if (epsilonSlider().isDisabled()) {
                shown.add(v.doubleValue());
                ranges.add(window.planPanel().chart().colorRange());
                drawn.add(window.planPanel().shown().relativeEpsilon());
            }
        }));
        openSample();
        awaitFx(() -> "■ Stop".equals(playButton().getText()) && epsilonSlider().isDisabled());
        // the spectrum is not of the ladder's frames: it waits, and says so, until the annealing stops
        awaitFx(() -> window.spectrumPanel().whyNoSpectrum() != null
                && window.spectrumPanel().whyNoSpectrum().startsWith("While ε anneals the spectrum waits"));
        interact(() -> window.model().updateAppearance(s -> s.withSection(AnnealingLadder.SECTION,
                s.section(AnnealingLadder.SECTION).with(AnnealingLadder.FRAMES_PER_SECOND, 20.0))));
        awaitFx(() -> shown.size() >= 2 * rungs.size() + 2);
        List<Double> walk;
        synchronized (shown) {
            walk = List.copyOf(shown);
        }
        int previous = -1;
        boolean reachedBottom = false;
        boolean cameBack = false;
        for (double eps : walk) {
            int rung = indexOf(rungs, eps);
            assertTrue(rung >= 0, "the slider shows a rung of the ladder, not " + eps);
            if (previous >= 0) {
                assertEquals(1, Math.abs(rung - previous), "one rung at a time: " + walk);
            }
            reachedBottom |= rung == rungs.size() - 1;
            cameBack |= reachedBottom && rung < rungs.size() - 2;
            previous = rung;
        }
        assertTrue(reachedBottom && cameBack, "down to the smallest ε and back up: " + walk);
        synchronized (drawn) {
            for (int k = 0; k < walk.size(); k++) {
                assertEquals(walk.get(k), drawn.get(k), 1e-9 * walk.get(k),
                        "the slider names the rung of the plan on screen, step " + k + " of " + walk);
            }
        }
        // the frame just changing may still be drawn on the range before it was locked; all later ones are locked
        synchronized (ranges) {
            for (double[] range : ranges.subList(1, ranges.size())) {
                assertEquals(locked[0], range[0], 1e-12);
                assertEquals(locked[1], range[1], 1e-6 * locked[1], "the colour scale is locked over the ladder");
            }
        }

        // what the window shows says so: "lock colours" is ticked, and greyed while the ladder holds the scale
        javafx.scene.control.CheckBox lock = lockColoursBox();
        assertTrue(onFx(() -> lock.isSelected() && lock.isDisabled()), "lock colours ticked and held while playing");
        assertEquals(null, onFx(() -> window.model().scenario().view().colorRange()),
                "the animation's lock is not written into the scenario");

        clickOn("#annealing-play");
        awaitFx(() -> !epsilonSlider().isDisabled() && "▶ Anneal ε".equals(playButton().getText()));
        assertTrue(onFx(() -> !lock.isSelected() && !lock.isDisabled()), "after Stop the box is the scenario's again");
        Scenario stopped = onFx(() -> window.model().scenario());
        assertFalse(stopped.section(AnnealingLadder.SECTION).get(AnnealingLadder.PLAY));
        double kept = stopped.engine().epsilon().value();
        assertTrue(indexOf(rungs, kept) >= 0, "Stop keeps the ε of a rung: " + kept);
        assertEquals(kept, onFx(() -> epsilonSlider().getValue()), 1e-12 * kept, "the slider shows the kept ε");
        awaitFx(() -> window.compute().isIdle()
                && Math.abs(window.scatterPanel().shown().relativeEpsilon() - kept) < 1e-9 * kept);
        awaitFx(() -> window.spectrumPanel().shown() != null && window.spectrumPanel().whyNoSpectrum() == null
                && window.spectrumPanel().shown().requestId() == window.planPanel().shown().requestId());
        double ownTop = onFx(() -> java.util.Arrays.stream(window.scatterPanel().shown().plan()).max().orElseThrow());
        awaitFx(() -> Math.abs(window.planPanel().chart().colorRange()[1] - ownTop) < 1e-9 * ownTop);
        interact(() -> epsilonSlider().setValue(0.3));
        assertEquals(Epsilon.relativeToMean(0.3).value(), onFx(() -> window.model().scenario().engine().epsilon()
                .value()), 1e-9, "after Stop the slider edits ε again");
    }

    private javafx.scene.control.CheckBox lockColoursBox() {
        return lookup(n -> n instanceof javafx.scene.control.CheckBox c && "lock colours".equals(c.getText()))
                .queryAs(javafx.scene.control.CheckBox.class);
    }

    private static int indexOf(List<Double> rungs, double eps) {
        for (int k = 0; k < rungs.size(); k++) {
            if (Math.abs(rungs.get(k) - eps) <= 1e-9 * eps) {
                return k;
            }
        }
        return -1;
    }

    @Test
    void exportAnimationWritesTheWalkAsAGifAtTheChosenSpeed() throws Exception {
        openSample();
        awaitFx(() -> epsilonSlider().isDisabled());
        interact(() -> window.model().updateAppearance(s -> s.withSection(AnnealingLadder.SECTION,
                s.section(AnnealingLadder.SECTION).with(AnnealingLadder.FRAMES_PER_SECOND, 10.0))));
        Path gif = dir.resolve("annealing.gif");
        List<Path> written = onFx(() -> window.figures().exportAnimationTo("annealing", 1, gif))
                .get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertEquals(List.of(gif, dir.resolve("annealing.csv"), dir.resolve("annealing.scenario.json")), written);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int rungs = AnnealingLadder.of(ScenarioFiles.load(SAMPLE).section(AnnealingLadder.SECTION)).rungs().length;
            assertEquals(2 * rungs - 2, reader.getNumImages(true), "down the ladder and back, each end once");
            assertEquals(900, reader.getWidth(0));
            assertEquals(600, reader.getHeight(0));
            IIOMetadataNode control = (IIOMetadataNode) ((IIOMetadataNode) reader.getImageMetadata(3)
                    .getAsTree("javax_imageio_gif_image_1.0")).getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("10", control.getAttribute("delayTime"), "10 frames a second: 1/10 s each");
            int[] top = reader.read(0).getRGB(100, 300, 200, 1, null, 0, 200);
            int[] bottom = reader.read(rungs - 1).getRGB(100, 300, 200, 1, null, 0, 200);
            assertFalse(java.util.Arrays.equals(top, bottom), "the blur and the matching are different pictures");
        }
        awaitFx(() -> window.statusBar().messageText().contains("Exported the annealing animation"));
    }

    @Test
    void cancellingAnAnimationExportInTheStatusBarLeavesNoFileBehind() throws Exception {
        openSample();
        awaitFx(() -> epsilonSlider().isDisabled() && window.compute().isIdle());
        clickOn("#annealing-play"); // stopped: the status bar's Cancel belongs to the export alone
        awaitFx(() -> !epsilonSlider().isDisabled() && window.compute().isIdle());
        Path gif = dir.resolve("cancelled.gif");
        java.util.concurrent.CompletableFuture<List<Path>> export =
                onFx(() -> window.figures().exportAnimationTo("annealing", 2, gif));
        awaitFx(() -> lookup(n -> n instanceof javafx.scene.control.Label l && l.getText().startsWith("frame ")
                && l.getText().contains(" of 18")).tryQuery().isPresent());
        // the status bar's Cancel (fired: the status bar lies below Monocle's headless screen)
        interact(() -> lookup("#cancel").queryAs(javafx.scene.control.Button.class).fire());
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> export.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        awaitFx(() -> window.statusBar().messageText().startsWith("Cancelled"));
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no GIF, no temporary file, no CSV");
        }
    }

    @Test
    void theAnnealingControlsSitBelowTheEpsilonSliderOnlyForEntropicMethods() throws Exception {
        awaitFx(() -> lookup("#annealing-controls").tryQuery().isPresent());
        javafx.scene.Node controls = lookup("#annealing-controls").query();
        List<javafx.scene.Node> shown = onFx(() -> window.parametersPanel().visibleControls());
        assertTrue(onFx(controls::isVisible));
        assertEquals(shown.indexOf(epsilonSlider()) + 1, shown.indexOf(controls), "right below the ε slider");
        interact(() -> window.model().update(s -> s.withEngine(s.engine().withMethod("exact"))));
        assertFalse(onFx(controls::isVisible), "the exact plan has no ε to anneal");
    }
}
