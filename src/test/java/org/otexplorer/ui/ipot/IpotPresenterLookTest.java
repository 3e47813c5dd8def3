package org.otexplorer.ui.ipot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.ui.workbench.DescriptionLook;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 look, every IPOT sample (each shows one of the five panels): its description can be read whole at
 * 1280 × 800 and 1920 × 1080, in normal and in presenter mode (the banner was cut to "…" with no way to read the rest
 * but a tooltip), and presenter mode sets it larger than normal mode.
 */
class IpotPresenterLookTest extends IpotFxTestSupport {
    @Override
    Path sample() {
        return Path.of("samples/ipot-sparsity-race-demo.json");
    }

    @Test
    void everySamplesDescriptionCanBeReadWholeAtEverySizeAndMode() throws Exception {
        interact(() -> view.setActive(false)); // the descriptions only: no panel computes
        boolean cutInPresenterMode = false;
        try {
            for (Path sample : samples()) {
                interact(() -> model.replace(ScenarioFiles.load(sample), sample));
                for (boolean presenter : new boolean[] {false, true}) {
                    for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
                        windowLook(presenter, size[0], size[1]);
                        WaitForAsyncUtils.waitForFxEvents(5);
                        String where = sample.getFileName() + (presenter ? ", presenter " : ", ") + size[0] + " × "
                                + size[1];
                        boolean cut = DescriptionLook.assertReadableWhole(view.description(), where);
                        cutInPresenterMode |= presenter && size[0] == 1280 && cut;
                        double font = onFx(() -> view.description().textLabel().getFont().getSize());
                        assertTrue(presenter ? font >= 16 : font >= 13, where + ": the description at " + font + " px");
                    }
                }
            }
        } finally {
            normalMode();
        }
        assertTrue(cutInPresenterMode, "the long descriptions fold in presenter mode at 1280 × 800");
    }

    /** The IPOT workbench's samples. */
    private static List<Path> samples() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.getFileName().toString().startsWith("ipot-"))
                    .filter(p -> "ipot".equals(ScenarioFiles.load(p).workbench())).sorted().toList();
        }
        assertFalse(samples.isEmpty());
        return samples;
    }
}
