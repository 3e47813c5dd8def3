package org.otexplorer.ui.ipot;

import java.nio.file.Path;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;

/**
 * Benchmark (prints figures, asserts nothing): what the IPOT workbench's heavy analyses cost, as the panels run them
 * (one job each, on the calling thread): the glyph sample's barycenters (four 50 × 50 glyphs, IBP to 1e-6 and IPOT's
 * 100 proximal steps at β = ε = 0.01), one displacement-interpolation frame, and the colour sample's transfer at
 * 512 × 512 (per channel exact, IPOT, Sinkhorn at two ε, joint RGB on 500 samples). Each is run twice and the
 * second time printed (the first warms the JIT). Run with
 * {@code java -cp target/classes:target/test-classes:<deps> org.otexplorer.ui.ipot.IpotWorkbenchBenchmark}.
 */
public final class IpotWorkbenchBenchmark {
    private IpotWorkbenchBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("IPOT workbench benchmark (%d cores, load average %s)%n",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        Scenario glyphs = ScenarioFiles.load(Path.of("samples/ipot-glyph-barycenters-ibp-vs-ipot.json"));
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            BarycenterView v = BarycenterView.compute(glyphs, () -> false);
            double total = seconds(start);
            start = System.nanoTime();
            InterpolationFrame.compute(glyphs, () -> false);
            double frame = seconds(start);
            if (run == 1) {
                System.out.printf("four 50 x 50 glyphs: IBP %.2f s (%d steps), IPOT %.2f s (%d steps), both %.2f s;"
                        + " one interpolation frame %.2f s%n", v.ibp().seconds(), v.ibp().iterations(),
                        v.ipot().seconds(), v.ipot().iterations(), total, frame);
            }
        }
        Scenario colour = IpotSection.with(ScenarioFiles.load(Path.of(
                "samples/ipot-colour-transfer-sunset-to-lagoon.json")), IpotSection.IMAGE_SIZE, 512);
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            ColourResult.compute(colour, null, () -> false);
            if (run == 1) {
                System.out.printf("colour transfer 512 x 512 (5 transfers and 2 painted images): %.2f s%n",
                        seconds(start));
            }
        }
        System.out.printf("load average at the end: %s%n", loadAverage());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) * 1e-9;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
