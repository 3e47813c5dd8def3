package org.otexplorer.ui.ipot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otexplorer.colour.SyntheticImages;
import org.otexplorer.io.ImageFiles;
import org.otexplorer.io.Scenario;

/**
 * The panel "Colour transfer" as the user sees it: seven images with their contrast, one zoom for all, an
 * unreadable image refused with a dialog that changes nothing, an image of the user's opened, and the results
 * exported as PNG files.
 */
class ColourPanelTest extends IpotFxTestSupport {
    @TempDir
    Path dir;

    @Override
    Path sample() {
        return Path.of("samples/ipot-colour-transfer-sunset-to-lagoon.json");
    }

    @Test
    void theSampleShowsSevenImagesUnderOneZoom() throws Exception {
        awaitFx(() -> view.isIdle());
        ColourPanelController colour = view.colour();
        List<ImageView> views = onFx(colour::imageViews);
        assertEquals(7, views.size());
        for (ImageView v : views) {
            assertEquals(192, onFx(() -> v.getImage().getWidth()), 0);
            assertTrue(onFx(() -> v.isVisible() && v.getBoundsInParent().getWidth() > 50), "shown large enough");
        }
        List<String> captions = onFx(colour::captionTexts);
        assertTrue(captions.get(4).matches("per\u00A0channel, Sinkhorn\u00A0ε\u00A0=\u00A00\\.01\ncontrast\u00A0\\(std"
                + "\u00A0R,\u00A0G,\u00A0B\\) [0-9.]+\u00A0[0-9.]+\u00A0[0-9.]+"),
                "wraps between its phrases only (not 'ε =' above '0.01'): " + captions.get(4));
        interact(() -> colour.zoom().zoomAbout(4, 0.25, 0.25));
        Rectangle2D first = onFx(() -> views.get(0).getViewport());
        assertEquals(48, first.getWidth(), 1e-9, "4× zoom shows a quarter of the side");
        for (ImageView v : views) {
            assertEquals(first, onFx(v::getViewport), "every image shows the same part");
        }
        interact(() -> colour.zoom().reset());
        assertEquals(new Rectangle2D(0, 0, 192, 192), onFx(() -> views.get(6).getViewport()));
    }

    @Test
    void anUnreadableImageIsRefusedAndAGoodOneIsUsed() throws Exception {
        awaitFx(() -> view.isIdle());
        Scenario before = onFx(model::scenario);
        Path junk = dir.resolve("junk.png");
        Files.writeString(junk, "not an image");
        interact(() -> view.colour().useImage(junk, true));
        String text = closeDialog();
        assertTrue(text.contains("ipot.sourceImage") && text.contains("junk.png"), text);
        assertEquals(before, onFx(model::scenario), "the scenario keeps its images");

        Path own = dir.resolve("own.png");
        ImageFiles.writePng(SyntheticImages.lagoon(40, 30), own);
        interact(() -> view.colour().useImage(own, true));
        awaitFx(() -> view.isIdle() && view.colour().shown() != null
                && view.colour().shown().images().get(0).width() == 40);
        assertEquals(30, (int) onFx(() -> view.colour().shown().images().get(0).height()));

        interact(() -> view.colour().exportTo(dir.resolve("out")));
        awaitFx(() -> {
            Path out = dir.resolve("out");
            return Files.isDirectory(out) && Files.list(out).count() == 7;
        });
        assertTrue(Files.exists(dir.resolve("out").resolve("04-per-channel-sinkhorn-eps-0.01.png")));
    }
}
