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
import org.otexplorer.engine.IpotStepper;
import org.otexplorer.engine.NetworkSimplexSolver;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.StopReason;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.histogram.Grid;
import org.otexplorer.ipot.ConvergenceCurve;
import org.otexplorer.ipot.ConvergenceRace;

/**
 * {@code otx bench --ipot}: the thesis chapter 2 experiments in numbers (math.md §16). (1) The convergence race on
 * the demo histograms (Fig. 2.2, 2.4). (2) Scalability (Fig. 2.3): time to reach relative precision 1e-4 of the
 * exact cost, with marginal error at most 1e-4, against n for 16-D uniform data, mean over seeds: IPOT (L = 1,
 * β = 0.1·mean C, checked after every step), the network simplex (its solve), and the Sinkhorn solvers at the
 * largest ε of the ladder 1e-3, 3e-4, 1e-4 (× mean C) whose converged cost is that precise (the time of that one
 * solve; failed tries are not counted; once a solve hits the time cap, smaller ε are not tried). (3) A 50 × 50 glyph barycenter of four
 * inputs (IPOT and IBP). (4) Colour transfer of a 512 × 512 pair.
 */
final class IpotStudy {
    private static final double PRECISION = 1e-4;
    private static final double[] EPSILON_LADDER = {1e-3, 3e-4, 1e-4};
    private static final String[] SINKHORN_METHODS = {"sinkhorn", "sinkhorn-log", "eps-scaling"};
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
        int[] sizes = quick ? new int[] {64} : new int[] {64, 128, 256, 512, 1024, 2048};
        int seeds = quick ? 1 : 3;
        out.printf("%n(2) Time to relative precision %.0e of the exact cost (and marginal error <= %.0e), 16-D uniform, "
                + "mean over %d seeds; cap %.0f s per solve%n", PRECISION, PRECISION, seeds, capSeconds);
        out.printf("%-14s %6s %10s %8s  %s%n", "method", "n", "seconds", "reached", "setting");
        for (int n : sizes) {
            double[][] sums = new double[2 + SINKHORN_METHODS.length][2];
            String[] notes = new String[sums.length];
            for (int seed = 0; seed < seeds; seed++) {
                err.printf("ipot study: n = %d, seed %d%n", n, seed);
                err.flush();
                TransportProblem p = TransportProblem.fromPoints(PointClouds.uniformCube(n, 16, 2L * seed),
                        PointClouds.uniformCube(n, 16, 2L * seed + 1));
                long start = System.nanoTime();
                double w = new NetworkSimplexSolver().solve(p, SolverSettings.defaults()).transportCost();
                add(sums[0], (System.nanoTime() - start) * 1e-9);
                notes[0] = "exact";
                add(sums[1], ipotSeconds(p, w));
                notes[1] = "L = 1, beta = 0.1 mean C";
                for (int k = 0; k < SINKHORN_METHODS.length; k++) {
                    double[] timed = sinkhornSeconds(SINKHORN_METHODS[k], p, w);
                    add(sums[2 + k], timed[0]);
                    notes[2 + k] = Double.isNaN(timed[1]) ? "no eps of the ladder reached it"
                            : String.format("eps = %.0e mean C (last seed)", timed[1]);
                }
            }
            String[] names = {"network-simplex", "ipot", SINKHORN_METHODS[0], SINKHORN_METHODS[1], SINKHORN_METHODS[2]};
            for (int k = 0; k < names.length; k++) {
                double[] s = sums[k];
                out.printf("%-14s %6d %10s %5d/%-2d  %s%n", names[k], n, s[1] == 0 ? "-" : String.format("%.3f", s[0] / s[1]),
                        (int) s[1], seeds, notes[k]);
            }
            out.flush();
        }
    }

    /** Seconds until IPOT's cost is within the precision and its marginal error at most it; NaN if capped. */
    private double ipotSeconds(TransportProblem p, double w) {
        long start = System.nanoTime();
        IpotStepper s = IpotStepper.of(p, 0.1 * p.meanCost(), 1);
        while ((System.nanoTime() - start) * 1e-9 < capSeconds) {
            s.step();
            if (Math.abs(s.transportCost() - w) <= PRECISION * w && s.marginalError() <= PRECISION) {
                return (System.nanoTime() - start) * 1e-9;
            }
        }
        return Double.NaN;
    }

    /** {seconds, ε/mean C} of the first ε of the ladder whose converged cost is precise enough; NaNs if none. */
    private double[] sinkhornSeconds(String method, TransportProblem p, double w) {
        boolean scaling = "eps-scaling".equals(method);
        for (double relative : EPSILON_LADDER) {
            long start = System.nanoTime();
            long deadline = start + (long) (capSeconds * 1e9);
            SolverMonitor capped = new SolverMonitor() {
                @Override
                public boolean isCancelled() {
                    return System.nanoTime() > deadline;
                }
            };
            TransportResult r = SolverFactory.create(scaling ? "sinkhorn" : method).solve(p, SolverSettings.defaults()
                    .withEpsilon(relative * p.meanCost()).withTolerance(PRECISION).withMaxIterations(1_000_000)
                    .withEpsilonScaling(scaling), capped);
            double seconds = (System.nanoTime() - start) * 1e-9;
            if (r.stopReason() == StopReason.CONVERGED && Math.abs(r.transportCost() - w) <= PRECISION * w) {
                return new double[] {seconds, relative};
            }
            if (r.stopReason() == StopReason.CANCELLED) {
                break; // a smaller eps only takes longer
            }
        }
        return new double[] {Double.NaN, Double.NaN};
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

    private static void add(double[] sum, double seconds) {
        if (!Double.isNaN(seconds)) {
            sum[0] += seconds;
            sum[1]++;
        }
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
