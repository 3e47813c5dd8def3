package org.otexplorer.cli;

import java.io.PrintWriter;
import java.util.List;
import org.otexplorer.barycenter.BarycenterProblem;
import org.otexplorer.barycenter.BarycenterResult;
import org.otexplorer.barycenter.BarycenterRuns;
import org.otexplorer.barycenter.IbpBarycenter;
import org.otexplorer.barycenter.IpotBarycenter;
import org.otexplorer.barycenter.glyphs.GlyphRaster;
import org.otexplorer.barycenter.glyphs.StrokeGlyph;
import org.otexplorer.colour.ChannelTransfer;
import org.otexplorer.colour.JointRgbTransfer;
import org.otexplorer.colour.RgbImage;
import org.otexplorer.colour.SyntheticImages;
import org.otexplorer.colour.TransferMethod;
import org.otexplorer.histogram.Grid;
import org.otexplorer.ipot.ConvergenceCurve;
import org.otexplorer.ipot.ConvergenceRace;
import org.otexplorer.ipot.ScalabilityStudy;

/**
 * {@code otx bench --ipot}: the thesis chapter 2 experiments in numbers (math.md §16). (1) The convergence race on
 * the demo histograms (Fig. 2.2, 2.4). (2) Scalability (Fig. 2.3, {@link ScalabilityStudy}): time to relative
 * precision 1e-4 of the exact cost against n for 16-D uniform data, mean over seeds, for the network simplex, IPOT
 * (L = 1) and the Sinkhorn solvers, with each method's log-log slope. (3) A 50 × 50 glyph barycenter of four
 * inputs (IPOT and IBP). (4) Colour transfer of a 512 × 512 pair.
 */
final class IpotStudy {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quick;
    private final double capSeconds;

    IpotStudy(PrintWriter out, PrintWriter err, boolean quick) {
        this.out = out;
        this.err = err;
        this.quick = quick;
        this.capSeconds = quick ? 2 : 20;
    }

    void run() {
        out.printf("IPOT study (%d cores, load average %s)%n", Runtime.getRuntime().availableProcessors(),
                EngineBenchmark.loadAverage());
        race();
        scalability();
        barycenters();
        colour();
        out.printf("%nload average at the end: %s%n", EngineBenchmark.loadAverage());
        out.flush();
    }

    private void race() {
        out.printf("%n(1) Convergence race on the thesis demo (n = 100 bins, C = (i - j)^2/max), 2000 iterations%n");
        ConvergenceRace.Result r = ConvergenceRace.demo().run(() -> false);
        out.printf("W_LP = %.8f, exact support %d entries (> %.0e)%n", r.exactCost(), r.exactSupportSize(),
                r.supportThreshold());
        out.printf("%-28s %12s %12s %12s %10s %12s%n", "method", "|W-W_LP| 100", "|W-W_LP| 2000", "marg. error",
                "support", "mass off");
        for (ConvergenceCurve c : r.curves()) {
            int last = c.iterations().length - 1;
            int at100 = indexOf(c.iterations(), 100);
            out.printf("%-28s %12s %12.3e %12.3e %10d %12.3e%n", c.label(),
                    at100 < 0 ? "-" : String.format("%.3e", Math.abs(c.transportCosts()[at100] - r.exactCost())),
                    Math.abs(c.finalTransportCost() - r.exactCost()), c.finalMarginalError(), c.supportSizes()[last],
                    c.massOffExactSupport()[last]);
        }
        for (ConvergenceCurve c : r.curves()) {
            out.println("  " + r.verdict(c));
        }
    }

    private void scalability() {
        ScalabilityStudy.Settings settings = new ScalabilityStudy.Settings(quick ? List.of(64)
                : List.of(64, 128, 256, 512, 1024, 2048), 0, quick ? 1 : 3, capSeconds);
        out.printf("%n(2) Time to relative precision %.0e of the exact cost (and marginal error <= %.0e), %d-D uniform, "
                + "mean over %d seeds; cap %.0f s per solve%n", ScalabilityStudy.PRECISION, ScalabilityStudy.PRECISION,
                ScalabilityStudy.DIMENSION, settings.seeds(), capSeconds);
        out.printf("%-14s %6s %10s %8s  %s%n", "method", "n", "seconds", "reached", "setting");
        int[] printed = {0};
        ScalabilityStudy.Result r = new ScalabilityStudy(settings).run(() -> false, (soFar, fraction, running) -> {
            printRows(soFar.entries().subList(printed[0], soFar.entries().size()));
            printed[0] = soFar.entries().size();
            if (!running.isEmpty()) {
                err.println("ipot study: " + running);
                err.flush();
            }
        });
        printRows(r.entries().subList(printed[0], r.entries().size()));
        for (ScalabilityStudy.Method m : ScalabilityStudy.Method.values()) {
            out.printf("slope of log seconds against log n, %-15s %s%n", m.label() + ":",
                    r.slope(m).isPresent() ? String.format("%.2f", r.slope(m).getAsDouble()) : "-");
        }
    }

    private void printRows(List<ScalabilityStudy.Entry> entries) {
        for (ScalabilityStudy.Entry e : entries) {
            out.printf("%-14s %6d %10s %5d/%-2d  %s%n", e.method().label(), e.n(), e.meanSeconds().isPresent()
                    ? String.format("%.3f", e.meanSeconds().getAsDouble()) : "-", e.reachedCount(), e.runs().size(),
                    e.setting());
        }
        out.flush();
    }

    private void barycenters() {
        int side = quick ? 30 : 50;
        out.printf("%n(3) Barycenter of four %d x %d glyphs (digit 3, scales 0.35-0.8, seed 1), beta = eps = 0.01%n", side,
                side);
        List<GlyphRaster.Placement> at = GlyphRaster.randomPlacements(4, 0.35, 0.8, 1);
        List<double[]> inputs = at.stream().map(a -> GlyphRaster.render(StrokeGlyph.named("3"), a, side, side)).toList();
        BarycenterProblem p = BarycenterProblem.uniform(Grid.image(side, side), inputs);
        BarycenterResult ipot = BarycenterRuns.run(new IpotBarycenter(p, 0.01, 1, IpotBarycenter.Order.CONSENSUS), 100, 0,
                100, () -> false);
        BarycenterResult ibp = BarycenterRuns.run(new IbpBarycenter(p, 0.01), 5000, 1e-6, 10, () -> false);
        for (BarycenterResult r : List.of(ipot, ibp)) {
            out.printf("%-40s %6.2f s  %5d steps  marginal error %.1e  entropy %.3f  support %d  99%% in %d bins%n",
                    r.label(), r.seconds(), r.iterations(), r.marginalError(), r.sharpness().entropy(),
                    r.sharpness().supportSize(), r.sharpness().bins99());
        }
    }

    private void colour() {
        int size = quick ? 64 : 512;
        out.printf("%n(4) Colour transfer, sunset -> lagoon, %d x %d%n", size, size);
        RgbImage source = SyntheticImages.sunset(size, size);
        RgbImage target = SyntheticImages.lagoon(size, size);
        for (TransferMethod m : List.of(TransferMethod.exact(), TransferMethod.ipot(0.05, 1000),
                TransferMethod.sinkhorn(1e-2, 100_000), TransferMethod.sinkhorn(1e-3, 100_000))) {
            long start = System.nanoTime();
            RgbImage r = ChannelTransfer.transfer(source, target, m);
            out.printf("per channel %-30s %6.2f s  contrast (std of R, G, B) %s%n", m.label(), (System.nanoTime() - start) * 1e-9,
                    contrast(r));
        }
        long start = System.nanoTime();
        RgbImage matched = ChannelTransfer.matchHistograms(source, target);
        out.printf("per channel %-30s %6.2f s  contrast (std of R, G, B) %s (target %s)%n", "pixel matching", (System.nanoTime() - start) * 1e-9,
                contrast(matched), contrast(target));
        int samples = 1000;
        for (TransferMethod m : List.of(TransferMethod.exact(), TransferMethod.ipot(0.05, 300),
                TransferMethod.sinkhorn(1e-2, 100_000))) {
            start = System.nanoTime();
            RgbImage r = JointRgbTransfer.transfer(source, target, m, samples, 1);
            out.printf("joint RGB %d samples %-22s %6.2f s  contrast %s%n", samples, m.label(),
                    (System.nanoTime() - start) * 1e-9, contrast(r));
        }
    }

    private static String contrast(RgbImage image) {
        double[] d = image.channelDeviations();
        return String.format("%.1f %.1f %.1f", d[0], d[1], d[2]);
    }

    private static int indexOf(int[] values, int value) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        return -1;
    }
}
