package org.otexplorer.ipot;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import org.otexplorer.engine.IpotStepper;
import org.otexplorer.engine.NetworkSimplexSolver;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.StopReason;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * The scalability test of thesis §2.4.2, Fig. 2.3 (math.md §16.9): the time each method needs to reach relative
 * precision {@value #PRECISION} of the exact cost {@code |W − W_LP| ≤ 1e-4 · W_LP}, with marginal error at most
 * {@value #PRECISION}, between two clouds of n points uniform in {@code [0, 1]^16} (uniform weights, squared
 * Euclidean cost), averaged over the seeds that reach it within the cap.
 * <ul>
 * <li>network simplex: its solve (the exact cost W_LP every other method is measured against);</li>
 * <li>IPOT (Algorithm 1, L = 1, β = 0.1 · mean C): the time of the first proximal step whose cost and marginal
 * error are within the precision (checked after every step);</li>
 * <li>Sinkhorn (scaling, absorption-stabilised), log-domain Sinkhorn (the thesis' stabilised one) and ε-scaling:
 * the time of the solve at the largest ε of the ladder 1e-3, 3e-4, 1e-4 (× mean C) whose converged cost is that
 * precise; failed tries are not counted, and once a solve hits the cap smaller ε are not tried.</li>
 * </ul>
 * Data set k (k = first seed, …, first seed + seeds − 1) draws the clouds with seeds 2k and 2k + 1. Every solve polls the cancellation through its
 * {@link SolverMonitor}; a cancelled study returns the sizes it finished. Before the first size every method solves
 * one {@value #WARM_UP_SIZE}-point problem untimed, so the first size's times do not include the JIT's compilation,
 * and every run shorter than {@value #REPEAT_BELOW_SECONDS} s is the fastest of up to {@value #REPEATS} (its
 * repeats give the same cost: the methods are deterministic).
 */
public final class ScalabilityStudy {
    /** Relative precision of the cost (and bound on the marginal error) a method must reach. */
    public static final double PRECISION = 1e-4;
    /** Dimension of the uniform clouds. */
    public static final int DIMENSION = 16;
    /** IPOT's β as a fraction of the mean cost. */
    public static final double IPOT_BETA = 0.1;
    private static final int WARM_UP_SIZE = 32;
    private static final int REPEATS = 3;
    private static final double REPEAT_BELOW_SECONDS = 0.25;
    private static final double[] EPSILON_LADDER = {1e-3, 3e-4, 1e-4};

    /** The racing methods, in the order of the printed table. */
    public enum Method {
        NETWORK_SIMPLEX("network-simplex"), IPOT("ipot"), SINKHORN("sinkhorn"), SINKHORN_LOG("sinkhorn-log"),
        EPS_SCALING("eps-scaling");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** The solver name the table prints. */
        public String label() {
            return label;
        }
    }

    /**
     * What to run.
     *
     * @param sizes      the n, each at least 2
     * @param firstSeed  the first data set
     * @param seeds      data sets per n, at least 1
     * @param capSeconds time allowed to one solve, finite and {@code > 0}
     */
    public record Settings(List<Integer> sizes, long firstSeed, int seeds, double capSeconds) {
        /** @throws IllegalArgumentException for no size, an n below 2, no seed or a cap that is not {@code > 0} */
        public Settings {
            sizes = List.copyOf(sizes);
            if (sizes.isEmpty()) {
                throw new IllegalArgumentException("the scalability study needs at least one size n");
            }
            for (int n : sizes) {
                if (n < 2) {
                    throw new IllegalArgumentException("the scalability study needs n >= 2 points, got " + n);
                }
            }
            if (seeds < 1) {
                throw new IllegalArgumentException("the scalability study needs at least one seed, got " + seeds);
            }
            if (!(capSeconds > 0) || Double.isInfinite(capSeconds)) {
                throw new IllegalArgumentException("the time cap per solve must be a finite number of seconds > 0,"
                        + " got " + capSeconds);
            }
        }

        /**
         * The sizes {@code smallest, 2·smallest, 4·smallest, …} up to {@code largest}, and {@code largest} itself
         * (so a largest n below the smallest runs that n alone).
         */
        public static Settings doubling(int smallest, int largest, long firstSeed, int seeds, double capSeconds) {
            if (smallest < 2 || largest < 2) {
                throw new IllegalArgumentException("the scalability study needs n >= 2 points, got "
                        + Math.min(smallest, largest));
            }
            List<Integer> sizes = new ArrayList<>();
            for (long n = smallest; n < largest; n *= 2) {
                sizes.add((int) n);
            }
            sizes.add(largest);
            return new Settings(sizes, firstSeed, seeds, capSeconds);
        }
    }

    /**
     * One method on one data set.
     *
     * @param seed          the data set
     * @param reached       whether it reached the precision within the cap
     * @param seconds       time to the precision if reached, else the time spent
     * @param cost          the transport cost it ended at (the precise one when reached)
     * @param marginalError its marginal error then
     * @param setting       what it ran at ("exact", "L = 1, beta = 0.1 mean C", "eps = 3e-04 mean C")
     */
    public record Run(long seed, boolean reached, double seconds, double cost, double marginalError,
                      String setting) {
    }

    /** One method at one n: its runs, one per seed. */
    public record Entry(Method method, int n, List<Run> runs) {
        public Entry {
            runs = List.copyOf(runs);
        }

        /** How many seeds reached the precision. */
        public int reachedCount() {
            return (int) runs.stream().filter(Run::reached).count();
        }

        /** Mean seconds over the seeds that reached the precision; empty when none did. */
        public OptionalDouble meanSeconds() {
            return runs.stream().filter(Run::reached).mapToDouble(Run::seconds).average();
        }

        /** The settings the reached runs used, or why none is listed. */
        public String setting() {
            List<String> used = runs.stream().filter(Run::reached).map(Run::setting).distinct().toList();
            if (!used.isEmpty()) {
                return String.join(" / ", used);
            }
            return method == Method.IPOT || method == Method.NETWORK_SIMPLEX ? "not within the cap"
                    : "no eps of the ladder reached it";
        }
    }

    /**
     * What the study found.
     *
     * @param entries  one per method per finished n, by n then {@link Method} order
     * @param complete whether every size finished (false when cancelled)
     */
    public record Result(Settings settings, List<Entry> entries, boolean complete) {
        public Result {
            entries = List.copyOf(entries);
        }

        /** The entries of one method, by n. */
        public List<Entry> of(Method m) {
            return entries.stream().filter(e -> e.method() == m).toList();
        }

        /**
         * The least-squares slope of log(mean seconds) against log n over the sizes the method reached on some seed
         * (its empirical exponent: seconds ∝ n^slope); empty with fewer than two such sizes.
         */
        public OptionalDouble slope(Method m) {
            return slope(m, 0);
        }

        /**
         * The slope over the sizes whose mean time is at least {@code shortest} seconds: times of a few milliseconds
         * are the timer's and the JIT's as much as the method's, and fitted they gave the panel negative slopes
         * (time falling as n grows); empty with fewer than two such sizes.
         */
        public OptionalDouble slope(Method m, double shortest) {
            List<double[]> points = of(m).stream().filter(e -> e.meanSeconds().isPresent()
                            && e.meanSeconds().getAsDouble() >= shortest)
                    .map(e -> new double[] {Math.log(e.n()), Math.log(e.meanSeconds().getAsDouble())}).toList();
            if (points.size() < 2) {
                return OptionalDouble.empty();
            }
            double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
            double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
            double sxy = points.stream().mapToDouble(p -> (p[0] - mx) * (p[1] - my)).sum();
            double sxx = points.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum();
            return OptionalDouble.of(sxy / sxx);
        }
    }

    /** Receives the study's progress on the calling thread. */
    @FunctionalInterface
    public interface Progress {
        /** Ignores reports. */
        Progress NONE = (soFar, fraction, running) -> { };

        /**
         * Before each data set and once at the end.
         *
         * @param soFar    the sizes finished so far
         * @param fraction work done, 0 … 1 (each data set of size n weighs n²)
         * @param running  what runs now ("n = 512, seed 2 of 3"), empty at the end
         */
        void report(Result soFar, double fraction, String running);
    }

    private final Settings settings;

    public ScalabilityStudy(Settings settings) {
        this.settings = settings;
    }

    /** Runs every size on the calling thread; {@code cancelled} is polled inside every solve. */
    public Result run(BooleanSupplier cancelled, Progress progress) {
        List<Entry> entries = new ArrayList<>();
        double total = settings.sizes().stream().mapToDouble(n -> (double) n * n).sum() * settings.seeds();
        double done = 0;
        try {
            runSeed(WARM_UP_SIZE, -1, cancelled);
            for (int n : settings.sizes()) {
                List<List<Run>> runs = new ArrayList<>();
                for (Method ignored : Method.values()) {
                    runs.add(new ArrayList<>());
                }
                for (int k = 0; k < settings.seeds(); k++) {
                    progress.report(new Result(settings, entries, false), done / total,
                            String.format("n = %d, seed %d of %d", n, k + 1, settings.seeds()));
                    List<Run> one = runSeed(n, settings.firstSeed() + k, cancelled);
                    for (int j = 0; j < one.size(); j++) {
                        runs.get(j).add(one.get(j));
                    }
                    done += (double) n * n;
                }
                for (Method m : Method.values()) {
                    entries.add(new Entry(m, n, runs.get(m.ordinal())));
                }
            }
        } catch (CancelledStudy stopped) {
            return new Result(settings, entries, false);
        }
        Result result = new Result(settings, entries, true);
        progress.report(result, 1, "");
        return result;
    }

    /** The study's data set k: the clouds are drawn with seeds 2k and 2k + 1. */
    public static TransportProblem problem(int n, long seed) {
        return TransportProblem.fromPoints(PointClouds.uniformCube(n, DIMENSION, 2 * seed),
                PointClouds.uniformCube(n, DIMENSION, 2 * seed + 1));
    }

    /** Every method on one data set, in {@link Method} order. */
    private List<Run> runSeed(int n, long seed, BooleanSupplier cancelled) {
        TransportProblem p = problem(n, seed);
        SolverMonitor monitor = new SolverMonitor() {
            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
        List<Run> runs = new ArrayList<>();
        runs.add(fastest(() -> {
            long start = System.nanoTime();
            TransportResult exact = new NetworkSimplexSolver().solve(p, SolverSettings.defaults(), monitor);
            requireNotCancelled(cancelled);
            return new Run(seed, exact.stopReason() == StopReason.CONVERGED, elapsed(start), exact.transportCost(),
                    exact.marginalError(), "exact");
        }));
        double w = runs.get(0).cost();
        runs.add(fastest(() -> ipot(seed, p, w, cancelled)));
        for (Method m : List.of(Method.SINKHORN, Method.SINKHORN_LOG, Method.EPS_SCALING)) {
            runs.add(fastest(() -> sinkhorn(m, seed, p, w, cancelled)));
        }
        return runs;
    }

    /**
     * The fastest of up to {@value #REPEATS} runs of one measurement: a run that reached the precision in under
     * {@value #REPEAT_BELOW_SECONDS} s is timed again, since one short timing on a busy machine (a JIT compilation,
     * the other core's work) can be several times the method's own time, and that noise would decide the chart's
     * headline (who is fastest, the slopes).
     */
    static Run fastest(java.util.function.Supplier<Run> measure) {
        Run best = measure.get();
        for (int k = 1; k < REPEATS && best.reached() && best.seconds() < REPEAT_BELOW_SECONDS; k++) {
            Run again = measure.get();
            if (again.reached() && again.seconds() < best.seconds()) {
                best = again;
            }
        }
        return best;
    }

    /** IPOT until its cost is within the precision and its marginal error at most it, or the cap (one step at least). */
    private Run ipot(long seed, TransportProblem p, double w, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        IpotStepper s = IpotStepper.of(p, IPOT_BETA * p.meanCost(), 1);
        String setting = String.format("L = 1, beta = %s mean C", IPOT_BETA);
        do {
            requireNotCancelled(cancelled);
            s.step();
            if (precise(s.transportCost(), s.marginalError(), w)) {
                return new Run(seed, true, elapsed(start), s.transportCost(), s.marginalError(), setting);
            }
        } while (elapsed(start) < settings.capSeconds());
        return new Run(seed, false, elapsed(start), s.transportCost(), s.marginalError(), setting);
    }

    /** The first ε of the ladder whose converged cost is precise enough, timed by its own solve. */
    private Run sinkhorn(Method m, long seed, TransportProblem p, double w, BooleanSupplier cancelled) {
        boolean scaling = m == Method.EPS_SCALING;
        Run last = null;
        for (double relative : EPSILON_LADDER) {
            long start = System.nanoTime();
            long deadline = start + (long) (settings.capSeconds() * 1e9);
            SolverMonitor capped = new SolverMonitor() {
                @Override
                public boolean isCancelled() {
                    return System.nanoTime() > deadline || cancelled.getAsBoolean();
                }
            };
            TransportResult r = SolverFactory.create(scaling ? Method.SINKHORN.label() : m.label()).solve(p,
                    SolverSettings.defaults().withEpsilon(relative * p.meanCost()).withTolerance(PRECISION)
                            .withMaxIterations(1_000_000).withEpsilonScaling(scaling), capped);
            requireNotCancelled(cancelled);
            boolean reached = r.stopReason() == StopReason.CONVERGED
                    && precise(r.transportCost(), r.marginalError(), w);
            last = new Run(seed, reached, elapsed(start), r.transportCost(), r.marginalError(),
                    String.format("eps = %.0e mean C", relative));
            if (reached || r.stopReason() == StopReason.CANCELLED) {
                break; // a smaller ε only takes longer
            }
        }
        return last;
    }

    private static boolean precise(double cost, double marginalError, double w) {
        return Math.abs(cost - w) <= PRECISION * w && marginalError <= PRECISION;
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) * 1e-9;
    }

    private static void requireNotCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledStudy();
        }
    }

    /** Unwinds a cancelled study to {@link #run}. */
    private static final class CancelledStudy extends RuntimeException {
        CancelledStudy() {
            super(null, null, false, false);
        }
    }
}
