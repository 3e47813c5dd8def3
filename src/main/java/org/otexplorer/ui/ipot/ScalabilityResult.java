package org.otexplorer.ui.ipot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.otexplorer.io.Scenario;
import org.otexplorer.ipot.ScalabilityStudy;
import org.otexplorer.ipot.ScalabilityStudy.Entry;
import org.otexplorer.ipot.ScalabilityStudy.Method;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.service.Analysis;
import org.otexplorer.service.Job;

/**
 * The scalability study of thesis Fig. 2.3 for a scenario (math.md §16.9), as far as it got: the sizes
 * {@code ipot.scalingSmallest}, doubling, up to {@code ipot.scalingLargest}, {@code ipot.scalingSeeds} data sets each,
 * {@code ipot.scalingCap} seconds per solve, the data sets numbered from the scenario's seed. While it runs, the job publishes one of these per data set.
 *
 * @param study    the sizes finished
 * @param fraction work done, 0 … 1
 * @param running  what runs now, empty when done
 */
record ScalabilityResult(ScalabilityStudy.Result study, double fraction, String running) {
    /** What the thesis says of its Fig. 2.3 (§2.4.2), for the screen. */
    /** The shortest mean time a slope is fitted over: shorter times are the timer's and the JIT's noise. */
    static final double SHORTEST_FITTED = 0.01;
    static final String THESIS = "Thesis Fig. 2.3 (16-D uniform, 1e-4): the LP solver is fastest at these sizes"
            + " (≈ n² there, not guaranteed); IPOT (L = 1) costs about as much as Sinkhorn at ε = 0.01; stabilised"
            + " Sinkhorn is much more expensive, the more so at large n and small ε; ε-scaling took ≈ 2000 s at"
            + " n = 1024.";

    /** The study's analysis on the {@code ipot.scalability} channel, publishing its progress. */
    static final Analysis<Scenario, ScalabilityResult> ANALYSIS = new Analysis<>() {
        @Override
        public String channel() {
            return "ipot.scalability";
        }

        @Override
        public Job<ScalabilityResult> job(Scenario s) {
            return context -> ScalabilityResult.compute(s, context::isCancelled, context::publish);
        }
    };

    /**
     * Runs the study of the scenario on the calling thread.
     *
     * @param progress receives the result so far before each data set
     */
    static ScalabilityResult compute(Scenario s, BooleanSupplier cancelled, Consumer<ScalabilityResult> progress) {
        ScalabilityStudy.Result r = new ScalabilityStudy(settings(s)).run(cancelled,
                (soFar, fraction, running) -> progress.accept(new ScalabilityResult(soFar, fraction, running)));
        return new ScalabilityResult(r, r.complete() ? 1 : 0, "");
    }

    /** The study's settings in a scenario. */
    static ScalabilityStudy.Settings settings(Scenario s) {
        ParameterValues v = IpotSection.of(s);
        return ScalabilityStudy.Settings.doubling(v.get(IpotSection.SCALING_SMALLEST),
                v.get(IpotSection.SCALING_LARGEST), s.seed(), v.get(IpotSection.SCALING_SEEDS),
                v.get(IpotSection.SCALING_CAP));
    }

    /** The part of a scenario the study depends on. */
    static Object inputs(Scenario s) {
        ParameterValues v = IpotSection.of(s);
        return List.of(v.get(IpotSection.SCALING_SMALLEST), v.get(IpotSection.SCALING_LARGEST), s.seed(),
                v.get(IpotSection.SCALING_SEEDS), v.get(IpotSection.SCALING_CAP));
    }

    /**
     * The line under the chart: which points are missing (no seed reached the precision within the cap) and which
     * are means over fewer seeds than ran.
     */
    String note() {
        List<String> missing = new ArrayList<>();
        List<String> partly = new ArrayList<>();
        for (Method m : Method.values()) {
            List<Entry> entries = study.of(m);
            List<String> none = entries.stream().filter(e -> e.reachedCount() == 0).map(e -> String.valueOf(e.n()))
                    .toList();
            if (!none.isEmpty()) {
                missing.add(m.label() + " at n = " + String.join(", ", none));
            }
            entries.stream().filter(e -> e.reachedCount() > 0 && e.reachedCount() < e.runs().size())
                    .forEach(e -> partly.add(String.format(Locale.ROOT, "%s at n = %d (%d of %d)", m.label(), e.n(),
                            e.reachedCount(), e.runs().size())));
        }
        String cap = String.format(Locale.ROOT, "%s s", org.otexplorer.parameters.Parameter.format(
                study.settings().capSeconds()));
        String text = missing.isEmpty()
                ? "Every method reached relative precision 1e-4 within the " + cap + " cap at every n so far."
                : "Missing points (no seed reached relative precision 1e-4 within the " + cap + " cap): "
                        + String.join("; ", missing) + ".";
        return partly.isEmpty() ? text : text + " Means over the seeds that reached it: " + String.join("; ", partly)
                + ".";
    }

    /**
     * One line on what this run shows: the fastest method and IPOT's time against the network simplex's at the
     * largest n finished, and each method's log-log slope (seconds ∝ n^slope) over its sizes of
     * {@value #SHORTEST_FITTED} s or more; a method with fewer such sizes, or whose times fall as n grows (noise:
     * no method does less work on more points), is named without one.
     */
    String ourRun() {
        List<Entry> simplex = study.of(Method.NETWORK_SIMPLEX);
        if (simplex.isEmpty()) {
            return "Our run: no size finished yet.";
        }
        int n = simplex.get(simplex.size() - 1).n();
        Entry fastest = study.entries().stream().filter(e -> e.n() == n && e.meanSeconds().isPresent())
                .min(java.util.Comparator.comparingDouble(e -> e.meanSeconds().getAsDouble())).orElse(null);
        StringBuilder line = new StringBuilder("Our run: at n = " + n);
        line.append(fastest == null ? " no method reached 1e-4" : String.format(Locale.ROOT, " %s is fastest (%.3g s)",
                fastest.method().label(), fastest.meanSeconds().getAsDouble()));
        Entry ipot = entry(Method.IPOT, n);
        Entry lp = entry(Method.NETWORK_SIMPLEX, n);
        if (ipot.meanSeconds().isPresent() && lp.meanSeconds().isPresent()) {
            line.append(String.format(Locale.ROOT, ", IPOT takes %.2g× the network simplex",
                    ipot.meanSeconds().getAsDouble() / lp.meanSeconds().getAsDouble()));
        }
        List<String> slopes = new ArrayList<>();
        List<String> tooFast = new ArrayList<>();
        for (Method m : Method.values()) {
            java.util.OptionalDouble k = study.slope(m, SHORTEST_FITTED);
            if (k.isPresent() && k.getAsDouble() >= 0) {
                slopes.add(String.format(Locale.ROOT, "%s %.1f", m.label(), k.getAsDouble()));
            } else if (study.slope(m).isPresent()) { // no work takes less time on more points: noise
                tooFast.add(m.label());
            }
        }
        if (!slopes.isEmpty()) {
            line.append("; slopes (seconds ∝ n^k): ").append(String.join(", ", slopes));
        }
        if (!tooFast.isEmpty()) {
            line.append("; no slope (under 10 ms, or times not growing with n: noise): ").append(String.join(", ",
                    tooFast));
        }
        return line.append('.').toString();
    }

    /** What the progress label says. */
    String progressText() {
        int seeds = study.settings().seeds();
        return running.isEmpty() ? (study.complete() ? "Done: n = " + sizes() + ", " + seeds + (seeds == 1 ? " seed"
                : " seeds") + " each." : "Stopped after n = " + sizes() + ".")
                : String.format(Locale.ROOT, "Running %s (%.1f %% of the work).", running, 100 * fraction);
    }

    private String sizes() {
        List<Integer> done = study.entries().stream().map(Entry::n).distinct().toList();
        return done.isEmpty() ? "none" : done.size() == 1 ? String.valueOf(done.get(0))
                : done.get(0) + " … " + done.get(done.size() - 1);
    }

    private Entry entry(Method m, int n) {
        return study.of(m).stream().filter(e -> e.n() == n).findFirst().orElseThrow();
    }
}
