package org.otexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.regression.Metrics;
import org.otexplorer.regression.OptimizerSettings;
import org.otexplorer.regression.Optimizers;
import org.otexplorer.regression.RegressionData;
import org.otexplorer.regression.RunControl;
import org.otexplorer.regression.Trace;
import org.otexplorer.regression.TraceEntry;
import org.otexplorer.regression.TraceListener;
import org.otexplorer.regression.data.DataGenerators;
import org.otexplorer.regression.data.GeneratorSettings;

/**
 * {@code otx bench --regression}: the papers' regression claims at the sizes this machine affords.
 * (1) Unlabeled sensing (ROBOT §4.1, Fig. 2): mean relative test error of ROBOT, AM and LS over seeds,
 * 50 % of the responses permuted, SNR 100. (3) Fully shuffled, AM and ROBOT from random initialisations
 * (Fig. 6): percentiles of the error. (2) Gaussian mixture (differentiation paper §6.1): iterations
 * SGD-then-Newton and gradient descent need to reach the loss GD ends at. (4) ROBOT Fig. 3: plain vs robust
 * ROBOT on the sin model with n ≠ m.
 */
final class RegressionStudy {
    /** How large the study's problems are. */
    enum Size {
        /** Seconds in all. */
        QUICK,
        /** Minutes: n = 200 for unlabeled sensing, n = 100 for the fully shuffled case. */
        DEFAULT,
        /** The papers' sizes for sections (1) and (3) only: n = 1000 (most of an hour on two cores). */
        PAPER
    }

    private final PrintWriter out;
    private final PrintWriter progress;
    private final boolean quick;
    private final Size size;

    /**
     * @param out      where the tables go
     * @param progress where a line per finished seed or start goes (long runs)
     */
    RegressionStudy(PrintWriter out, PrintWriter progress, Size size) {
        this.out = out;
        this.progress = progress;
        this.size = size;
        this.quick = size == Size.QUICK;
    }

    void run() {
        out.printf("Regression study (%d cores, load average %s)%n", Runtime.getRuntime().availableProcessors(),
                EngineBenchmark.loadAverage());
        unlabeledSensing();
        fullyShuffled();
        if (size != Size.PAPER) {
            gaussianMixture();
            robustSin();
        }
        out.flush();
    }

    /**
     * ROBOT §4.1 as the paper runs it: AM and ROBOT start from the random-sample (RS) estimate, and also from least
     * squares (RS sometimes picks a poor fit, and the paper's multi-start over RS estimates is not run). ROBOT runs
     * full batch (the authors' script) with lr 1e-4, momentum 0.9 and ε = 0.01·mean C.
     */
    private void unlabeledSensing() {
        int n = switch (size) {
            case QUICK -> 60;
            case DEFAULT -> 200;
            case PAPER -> 1000;
        };
        int seeds = quick ? 2 : 10;
        int robotIterations = quick ? 20 : 100;
        out.printf("%n(1) Unlabeled sensing, n = %d, e = 5, 50%% permuted, SNR 100, %d seeds: relative test error%n",
                n, seeds);
        List<OptimizerSpec> methods = new ArrayList<>(List.of(OptimizerSpec.of("oracle"), OptimizerSpec.of("ls"),
                OptimizerSpec.of("rs"),
                new OptimizerSpec("am", 100, null, null, null, null, "ls", null, null),
                new OptimizerSpec("am", 100, null, null, null, null, "rs", null, null)));
        if (size != Size.PAPER) {
            // From least squares ROBOT oscillates at n = 1000 and each step needs many more sweeps: default size only.
            methods.add(new OptimizerSpec("robot", robotIterations, 1e-4, null, 0.01, true, "ls", null, null));
        }
        methods.add(new OptimizerSpec("robot", robotIterations, 1e-4, null, 0.01, true, "rs", null, null));
        double[][] errors = new double[methods.size()][seeds];
        for (int seed = 0; seed < seeds; seed++) {
            long start = System.nanoTime();
            RegressionData data = DataGenerators.create(new GeneratorSettings("unlabeled-sensing", n, null, 5, 0.0, 0.5,
                    0.0, Map.of("snr", 100.0, "testSize", (double) n)), seed);
            for (int k = 0; k < methods.size(); k++) {
                errors[k][seed] = run(data, methods.get(k), seed).summary().relativeTestError();
            }
            reportProgress("(1) seed " + (seed + 1) + " of " + seeds, start);
        }
        printErrors(methods, errors);
    }

    /**
     * ROBOT Fig. 6: fully shuffled data, AM and ROBOT from random initialisations; percentiles of the training
     * residual and of the test error, and how many starts find a "good" solution (test error below 1). At paper
     * size this is the paper's setting: n = 1000, e = 5, noise variance 0.1, ε = 1e-2 (relative, as the authors'
     * code reads ε); smaller sizes keep SNR 100 and ε = 1e-4.
     */
    private void fullyShuffled() {
        boolean paper = size == Size.PAPER;
        int n = switch (size) {
            case QUICK -> 40;
            case DEFAULT -> 100;
            case PAPER -> 1000;
        };
        int starts = quick ? 3 : 10;
        Map<String, Double> noise = paper ? Map.of("testSize", (double) n)
                : Map.of("snr", 100.0, "testSize", (double) n);
        double epsilon = paper ? 1e-2 : 1e-4;
        out.printf("%n(3) Fully shuffled unlabeled sensing, n = %d, e = 5, %s, eps = %.0e relative, %d random"
                + " initialisations: percentiles%n", n, paper ? "noise variance 0.1" : "SNR 100", epsilon, starts);
        RegressionData data = DataGenerators.create(new GeneratorSettings("unlabeled-sensing", n, null, 5,
                paper ? Math.sqrt(0.1) : 0.0, 1.0, 0.0, noise), 3);
        List<OptimizerSpec> methods = List.of(
                new OptimizerSpec("am", 100, null, null, null, null, "random", 1.0, null),
                new OptimizerSpec("robot", quick ? 20 : 100, 1e-4, null, epsilon, true, "random", 1.0, null));
        out.printf("%-8s %-15s %12s %12s %12s %8s%n", "method", "quantity", "10th", "median", "90th", "good");
        for (OptimizerSpec spec : methods) {
            double[] residual = new double[starts];
            double[] test = new double[starts];
            for (int k = 0; k < starts; k++) {
                long start = System.nanoTime();
                Trace trace = run(data, spec, 100 + k);
                reportProgress("(3) " + spec.method() + " start " + (k + 1) + " of " + starts, start);
                residual[k] = assignedResidual(data, trace);
                test[k] = trace.summary().relativeTestError();
            }
            long good = Arrays.stream(test).filter(e -> e < 1).count();
            printPercentiles(spec.method(), "train residual", residual, "");
            printPercentiles(spec.method(), "test error", test, good + "/" + starts);
        }
    }

    private void reportProgress(String what, long startNanos) {
        progress.printf("%s done in %.0f s%n", what, (System.nanoTime() - startNanos) * 1e-9);
        progress.flush();
    }

    private void printPercentiles(String method, String quantity, double[] values, String good) {
        double[] e = values.clone();
        Arrays.sort(e);
        out.printf("%-8s %-15s %12.4e %12.4e %12.4e %8s%n", method, quantity, percentile(e, 0.1), percentile(e, 0.5),
                percentile(e, 0.9), good);
    }

    /** The averaged training residual under the best pairing for the final w (Fig. 6a). */
    private static double assignedResidual(RegressionData data, Trace trace) {
        return Metrics.bestPairingResidual(data, trace.parameters());
    }

    private static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private void gaussianMixture() {
        int n = quick ? 40 : 100;
        int gdIterations = quick ? 30 : 300;
        out.printf("%n(2) Gaussian mixture, n = %d, p = 5, q = 2, all pairs shuffled, eps = 0.05: iterations to reach"
                + " the loss GD ends at after %d iterations%n", n, gdIterations);
        RegressionData data = DataGenerators.create(new GeneratorSettings("gaussian-mixture", n, null, 5, 0.2, 1.0, 0.0,
                Map.of("responses", 2.0)), 2);
        Trace gd = run(data, new OptimizerSpec("gd", gdIterations, 1e-3, null, 0.05, false, "perturbed-truth", 1.0,
                null), 7);
        Trace newton = run(data, new OptimizerSpec("sgd-newton", 50, 1e-3, Math.min(50, n / 2), 0.05, false,
                "perturbed-truth", 1.0, Map.of("sinkhornTolerance", 1e-9, "newtonStep", 0.5, "patience", 1.0)), 7);
        double target = gd.summary().loss();
        out.printf("%-11s %12s %12s %14s %10s%n", "method", "final loss", "iterations", "reach GD loss", "seconds");
        for (Trace t : List.of(gd, newton)) {
            out.printf("%-11s %12.5g %12d %14s %10.2f%n", t.method(), t.summary().loss(), t.summary().iterations(),
                    firstReaching(t, target), t.summary().seconds());
        }
    }

    /**
     * ROBOT Fig. 3: the sin model on two platforms, 80 % of D1 with all of D2 for training (n ≠ m), plain vs
     * robust ROBOT from the least-squares start, mean relative test error over seeds.
     */
    private void robustSin() {
        int n = quick ? 50 : 200;
        int seeds = quick ? 2 : 5;
        int iterations = quick ? 20 : 80;
        out.printf("%n(4) Sin model on two platforms, n = %d (80%% of D1 trains, all of D2: n != m), d = 2, e = 3,"
                + " noise 0.1, %d seeds: relative test error%n", n, seeds);
        Map<String, Double> robot = Map.of("sinkhornTolerance", 1e-9);
        Map<String, Double> robust = Map.of("sinkhornTolerance", 1e-9, "rho1", 0.1, "rho2", 0.1);
        List<OptimizerSpec> methods = List.of(OptimizerSpec.of("oracle"), OptimizerSpec.of("ls"),
                new OptimizerSpec("robot", iterations, 1e-2, null, 0.01, true, "ls", null, robot),
                new OptimizerSpec("robot-robust", iterations, 1e-2, null, 0.01, true, "ls", null, robust));
        double[][] errors = new double[methods.size()][seeds];
        for (int seed = 0; seed < seeds; seed++) {
            RegressionData data = DataGenerators.create(new GeneratorSettings("sin", n, null, 2, 0.1, 1.0, 0.0,
                    Map.of("e", 3.0)), seed);
            for (int k = 0; k < methods.size(); k++) {
                errors[k][seed] = run(data, methods.get(k), seed).summary().relativeTestError();
            }
        }
        printErrors(methods, errors);
    }

    private void printErrors(List<OptimizerSpec> methods, double[][] errors) {
        out.printf("%-21s %12s %12s %12s%n", "method", "mean", "median", "max");
        for (int k = 0; k < methods.size(); k++) {
            double[] e = errors[k].clone();
            Arrays.sort(e);
            out.printf("%-21s %12.4e %12.4e %12.4e%n", label(methods.get(k)), Arrays.stream(e).average().orElse(0),
                    e[e.length / 2], e[e.length - 1]);
        }
    }

    /** The method id, with its start when the spec names one ("am from rs"). */
    private static String label(OptimizerSpec spec) {
        return spec.init() == null ? spec.method() : spec.method() + " from " + spec.init();
    }

    private static String firstReaching(Trace t, double target) {
        for (TraceEntry e : t.entries()) {
            if (e.loss() <= target * (1 + 1e-9)) {
                return String.valueOf(e.iteration());
            }
        }
        return "never";
    }

    private static Trace run(RegressionData data, OptimizerSpec spec, long seed) {
        OptimizerSettings settings = spec.settings();
        return Optimizers.create(settings).run(data, settings, seed, TraceListener.NONE, new RunControl());
    }
}
