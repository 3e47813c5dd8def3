package org.otexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.otexplorer.permutation.ConstraintErrors;
import org.otexplorer.permutation.HeadKind;
import org.otexplorer.permutation.NonConvergenceGrid;
import org.otexplorer.permutation.OscillatingPattern;
import org.otexplorer.permutation.PlateauChangePoints;
import org.otexplorer.permutation.RandomScoreSettings;
import org.otexplorer.permutation.SinkhornNormalisation;
import org.otexplorer.permutation.SortingMetrics;
import org.otexplorer.permutation.SortingRun;
import org.otexplorer.permutation.SortingSettings;
import org.otexplorer.permutation.SortingSnapshot;
import org.otexplorer.permutation.TemperatureSoftmax;

/**
 * {@code otx bench --permutation}: the permutation-learning paper in numbers (math.md §15). (1) Fig. 2: the
 * constraint error of the oscillating patterns against the iteration, per ε; (2) Appendix D's change point
 * against the measured one and the limit of entry (1,1); (3) the fraction of random score matrices exp(χ/τ)
 * still unnormalised after L iterations (τ × L × n); (4) Appendix A: the softmax gradient against τ; (5) Table 5,
 * sorting with the four heads at the paper's settings (Table 3), ours beside the paper's; (6) a training epoch
 * at N = 100 per head, timed; (7) the four heads at N = 15 over several seeds. Runs of (5) and (7) go in parallel,
 * one per core; progress lines go to stderr.
 */
final class PermutationStudy {
    /** How large the study is. */
    enum Size {
        /** Seconds: N = 5, 10 with 100 epochs, a small grid. */
        QUICK,
        /** N = 5, 10, 15, 50, 100 at 500 epochs. */
        DEFAULT,
        /** The default plus the paper's N = 80, 120, 150, 200, 250, 400 (hours at N = 400). */
        PAPER
    }

    private static final double[] EPSILONS = {1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10};
    /** Table 5's columns. */
    private static final int[] PAPER_N = {5, 10, 15, 80, 100, 120, 150, 200, 250, 400};
    /** Table 5, [head][metric][column]: Kendall τ, prop. wrong, prop. any wrong, 100·l1, 1000·l2. */
    private static final double[][][] PAPER_TABLE = {
        {{1, 1, .82, 1, 1, .97, .95, .95, .94, .89}, {0, 0, .09, 0, 0, .03, .03, .04, .04, .08},
            {0, 0, .70, 0, .10, 1, 1, 1, 1, 1}, {0, 0, .23, 0, 0, .03, .03, .03, .03, .04},
            {0, 0, .10, 0, 0, .01, .01, .01, 0, .01}},
        {{1, 1, .88, .94, .86, .92, .82, .72, .77, .59}, {0, 0, .08, .05, .11, .07, .13, .23, .19, .34},
            {0, 0, .60, 1, 1, 1, 1, 1, 1, 1}, {0, 0, .28, .03, .12, .06, .10, .16, .10, .12},
            {0, 0, .16, 0, .03, .01, .02, .04, .02, .02}},
        {{1, 1, 1, 1, .70, .61, .98, .86, .97, .86}, {0, 0, 0, 0, .24, .33, .01, .12, .02, .11},
            {0, 0, 0, 0, 1, 1, .50, 1, 1, 1}, {0, 0, 0, 0, .24, .29, 0, .04, 0, .02},
            {0, 0, 0, 0, .04, .06, 0, 0, 0, 0}},
        {{1, 1, 1, 1, 1, 1, 1, .96, .93, .80}, {0, 0, 0, 0, 0, 0, 0, .03, .06, .16},
            {0, 0, 0, 0, 0, 0, .10, 1, 1, 1}, {0, 0, 0, 0, 0, 0, 0, .01, .02, .03},
            {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}};
    private static final String[] METRICS = {"Kendall tau", "prop. wrong", "prop. any wrong", "100 x l1", "1000 x l2"};

    private final PrintWriter out;
    private final PrintWriter progress;
    private final Size size;
    private final boolean quick;

    PermutationStudy(PrintWriter out, PrintWriter progress, Size size) {
        this.out = out;
        this.progress = progress;
        this.size = size;
        this.quick = size == Size.QUICK;
    }

    void run() {
        long start = System.nanoTime();
        out.printf("Permutation learning study (%d cores, load average %s)%n",
                Runtime.getRuntime().availableProcessors(), EngineBenchmark.loadAverage());
        plateaus();
        changePoints();
        randomScores();
        softmaxGradient();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            sortingTable(pool);
            epochTiming();
            seedRobustness(pool);
        } finally {
            pool.shutdownNow();
        }
        out.printf("%nWhole study: %.0f s (load average %s)%n", (System.nanoTime() - start) * 1e-9,
                EngineBenchmark.loadAverage());
        out.flush();
    }

    private void plateaus() {
        int[] ls = {1, 2, 5, 10, 15, 20, 30, 50};
        out.printf("%n(1) Fig. 2: Err_r after L iterations of the Fig. 1 patterns, zeros -> eps (the three open"
                + " patterns give one curve, the three full ones another; all six are checked equal in the tests)%n");
        for (OscillatingPattern p : List.of(OscillatingPattern.CENTRE_OPEN, OscillatingPattern.CENTRE_FULL)) {
            out.printf("%s (and its class):%n%8s", p, "eps \\ L");
            for (int l : ls) {
                out.printf(" %9d", l);
            }
            out.println();
            for (double eps : quick ? new double[] {1e-2, 1e-6} : withZero(EPSILONS)) {
                ConstraintErrors e = SinkhornNormalisation.errors(p.withEpsilon(eps), ls[ls.length - 1]);
                out.printf("%8.0e", eps);
                for (int l : ls) {
                    out.printf(" %9.2e", e.afterIteration(l));
                }
                out.println();
            }
        }
    }

    private static double[] withZero(double[] epsilons) {
        double[] all = new double[epsilons.length + 1];
        System.arraycopy(epsilons, 0, all, 0, epsilons.length);
        return all;
    }

    private void changePoints() {
        out.printf("%n(2) Appendix D on CENTRE_OPEN (matrix (15)): change point in half-steps k%n");
        out.printf("%7s %8s %7s %10s %9s %10s %16s%n", "eps", "eq. 31", "table", "err < 1/2", "-log2e-1", "err < 0.1",
                "(1,1) at L=200");
        for (double eps : quick ? new double[] {1e-2, 1e-6} : EPSILONS) {
            SinkhornNormalisation s = SinkhornNormalisation.of(OscillatingPattern.CENTRE_OPEN.withEpsilon(eps));
            s.run(200);
            out.printf("%7.0e %8.2f %7d %10d %9.2f %10d %16.10f%n", eps, PlateauChangePoints.paperPrediction(eps),
                    Math.round(PlateauChangePoints.paperPrediction(eps)),
                    PlateauChangePoints.measured(OscillatingPattern.CENTRE_OPEN, eps, PlateauChangePoints.HALF_PLATEAU,
                            100),
                    PlateauChangePoints.limitPrediction(eps),
                    PlateauChangePoints.measured(OscillatingPattern.CENTRE_OPEN, eps, 0.1, 100), s.matrix()[0][0]);
        }
        out.println("The paper says entry (1,1) tends to 1/2; it tends to 1/4 (+ eps^2/4).");
    }

    private void randomScores() {
        RandomScoreSettings d = RandomScoreSettings.defaults(1);
        RandomScoreSettings settings = quick ? new RandomScoreSettings(new double[] {1, 0.1, 0.01},
                new int[] {1, 20, 100}, new int[] {3, 10}, 20, d.threshold(), 1) : d;
        long start = System.nanoTime();
        NonConvergenceGrid grid = NonConvergenceGrid.compute(settings, () -> false);
        out.printf("%n(3) Random scores exp(chi/tau), chi ~ N(0,1): fraction of %d samples with Err_r > %.0e after L"
                + " iterations (%.1f s)%n", settings.samples(), settings.threshold(),
                (System.nanoTime() - start) * 1e-9);
        int[] ls = settings.iterations();
        for (int s = 0; s < settings.sizes().length; s++) {
            out.printf("n = %d%n%8s", settings.sizes()[s], "tau \\ L");
            for (int l : ls) {
                out.printf(" %6d", l);
            }
            out.println();
            for (int t = 0; t < settings.temperatures().length; t++) {
                out.printf("%8.3g", settings.temperatures()[t]);
                for (int l = 0; l < ls.length; l++) {
                    out.printf(" %6.2f", grid.fraction(t, l, s));
                }
                out.println();
            }
        }
    }

    private void softmaxGradient() {
        int k = 10;
        double c = 1;
        out.printf("%n(4) Appendix A: d sigma_m / d x_m for K = %d, the others c = %.0f below the maximum%n", k, c);
        out.printf("%10s %14s %14s%n", "tau", "exact (13)", "approx (14)");
        for (double tau : new double[] {10, 3, 1, 0.3, 0.1, 0.03, 0.01, 0.003, 0.0015, 0.0013}) {
            out.printf("%10.4g %14.4e %14.4e%n", tau, TemperatureSoftmax.equalGapGradient(k, c, tau),
                    TemperatureSoftmax.equalGapApproximation(k, c, tau));
        }
        out.printf("The gradient is exactly 0 in double precision below tau = c/745.13 = %.5f (single precision:"
                + " c/103.97; the paper's exp(-1000) bound holds for neither).%n",
                TemperatureSoftmax.doubleUnderflowTemperature(c));
    }

    private int[] tableSizes() {
        return switch (size) {
            case QUICK -> new int[] {5, 10};
            case DEFAULT -> new int[] {5, 10, 15, 50, 100};
            case PAPER -> new int[] {5, 10, 15, 50, 80, 100, 120, 150, 200, 250, 400};
        };
    }

    private SortingSettings settings(int n, long seed) {
        SortingSettings s = SortingSettings.paper(n, seed);
        return quick ? s.withEpochs(100) : s;
    }

    private void sortingTable(ExecutorService pool) {
        int[] sizes = tableSizes();
        List<Future<SortingSnapshot>> runs = new ArrayList<>();
        for (int n : sizes) {
            for (HeadKind head : HeadKind.values()) {
                runs.add(pool.submit(() -> train(settings(n, 1), head)));
            }
        }
        out.printf("%n(5) Table 5: sorting N numbers, seed 1, Table 3's settings (%d epochs, 10 + 10 sequences, L = 20,"
                + " tau = 1, 10 noise samples); ours (paper's). Kendall tau as Mena et al.'s code computes it, between"
                + " the index lists; (*) Kendall tau of the reconstruction against the sorted sequence%n",
                settings(5, 1).epochs());
        for (int h = 0; h < HeadKind.values().length; h++) {
            HeadKind head = HeadKind.values()[h];
            out.printf("%s%n%-24s", head.label(), "N =");
            for (int n : sizes) {
                out.printf(" %12d", n);
            }
            out.println();
            SortingSnapshot[] results = new SortingSnapshot[sizes.length];
            for (int s = 0; s < sizes.length; s++) {
                results[s] = await(runs.get(s * HeadKind.values().length + h));
            }
            for (int metric = 0; metric < METRICS.length; metric++) {
                out.printf("%-24s", METRICS[metric]);
                for (int s = 0; s < sizes.length; s++) {
                    out.printf(" %12s", value(results[s].test(), metric) + paperValue(h, metric, sizes[s]));
                }
                out.println();
            }
            out.printf("%-24s", "Kendall tau of x~ (*)");
            for (SortingSnapshot r : results) {
                out.printf(" %12s", String.format("%.2f", r.test().outputKendallTau()));
            }
            out.println();
            if (head.isSoft()) {
                out.printf("%-24s", "constraint err mean/max");
                for (SortingSnapshot r : results) {
                    out.printf(" %12s", String.format("%.3f/%.3f", r.constraintErrorMean(), r.constraintErrorMax()));
                }
                out.println();
            }
        }
    }

    private static String value(SortingMetrics m, int metric) {
        double v = switch (metric) {
            case 0 -> m.kendallTau();
            case 1 -> m.proportionWrong();
            case 2 -> m.proportionAnyWrong();
            case 3 -> 100 * m.l1();
            default -> 1000 * m.l2();
        };
        return String.format("%.2f", v);
    }

    private static String paperValue(int head, int metric, int n) {
        for (int c = 0; c < PAPER_N.length; c++) {
            if (PAPER_N[c] == n) {
                return String.format(" (%.2f)", PAPER_TABLE[head][metric][c]);
            }
        }
        return " (-)   ";
    }

    private SortingSnapshot train(SortingSettings settings, HeadKind head) {
        long start = System.nanoTime();
        SortingRun run = new SortingRun(settings, head);
        SortingSnapshot s = run.snapshot();
        while (!run.finished()) {
            s = run.epoch();
        }
        progress.printf("N = %d, %s, seed %d: %d epochs in %.0f s%n", settings.numbers(), head.id(), settings.seed(),
                settings.epochs(), (System.nanoTime() - start) * 1e-9);
        progress.flush();
        return s;
    }

    private void epochTiming() {
        int n = quick ? 20 : 100;
        int timed = quick ? 2 : 5;
        out.printf("%n(6) One training epoch at N = %d (10 sequences; the test metrics and the snapshot included),"
                + " one head at a time, mean of %d epochs after 2 warm-up epochs%n", n, timed);
        double total = 0;
        for (HeadKind head : HeadKind.values()) {
            SortingRun run = new SortingRun(SortingSettings.paper(n, 1), head);
            run.epoch();
            run.epoch();
            long start = System.nanoTime();
            for (int e = 0; e < timed; e++) {
                run.epoch();
            }
            double ms = (System.nanoTime() - start) * 1e-6 / timed;
            total += ms;
            out.printf("%-36s %10.1f ms%n", head.label(), ms);
        }
        out.printf("%-36s %10.1f ms (load average %s)%n", "all four heads", total, EngineBenchmark.loadAverage());
    }

    private void seedRobustness(ExecutorService pool) {
        int n = quick ? 10 : 15;
        int seeds = quick ? 2 : 5;
        List<Future<SortingSnapshot>> runs = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            for (HeadKind head : HeadKind.values()) {
                long s = seed;
                runs.add(pool.submit(() -> train(settings(n, s), head)));
            }
        }
        out.printf("%n(7) N = %d over seeds: Kendall tau / tau of x~ / prop. any wrong on the test sequences%n%-36s", n,
                "seed");
        for (int seed = 1; seed <= seeds; seed++) {
            out.printf(" %14d", seed);
        }
        out.println();
        for (int h = 0; h < HeadKind.values().length; h++) {
            out.printf("%-36s", HeadKind.values()[h].label());
            for (int seed = 0; seed < seeds; seed++) {
                SortingMetrics m = await(runs.get(seed * HeadKind.values().length + h)).test();
                out.printf(" %14s", String.format("%.2f/%.2f/%.1f", m.kendallTau(), m.outputKendallTau(),
                        m.proportionAnyWrong()));
            }
            out.println();
        }
    }

    private static SortingSnapshot await(Future<SortingSnapshot> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a sorting run", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sorting run failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
