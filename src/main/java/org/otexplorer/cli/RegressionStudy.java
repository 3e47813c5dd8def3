package org.otexplorer.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.regression.Optimizers;
import org.otexplorer.regression.RegressionData;
import org.otexplorer.regression.RunControl;
import org.otexplorer.regression.Trace;
import org.otexplorer.regression.TraceEntry;
import org.otexplorer.regression.TraceListener;
import org.otexplorer.regression.data.DataGenerators;

/**
 * {@code otx bench --regression}: the papers' regression claims at the sizes this machine affords.
 * (1) Unlabeled sensing (ROBOT §4.1, Fig. 2): mean relative test error of ROBOT, AM and LS over seeds,
 * 50 % of the responses permuted, SNR 100. (2) Gaussian mixture (differentiation paper §6.1): iterations
 * SGD-then-Newton and gradient descent need to reach the loss GD ends at.
 */
final class RegressionStudy {
    private final PrintWriter out;
    private final boolean quick;

    RegressionStudy(PrintWriter out, boolean quick) {
        this.out = out;
        this.quick = quick;
    }

    void run() {
        out.printf("Regression study (%d cores, load average %s)%n", Runtime.getRuntime().availableProcessors(),
                EngineBenchmark.loadAverage());
        unlabeledSensing();
        gaussianMixture();
        out.flush();
    }

    private void unlabeledSensing() {
        int n = quick ? 60 : 200;
        int seeds = quick ? 2 : 10;
        int robotIterations = quick ? 20 : 100;
        out.printf("%n(1) Unlabeled sensing, n = %d, e = 5, 50%% permuted, SNR 100, %d seeds: relative test error%n",
                n, seeds);
        List<OptimizerSpec> methods = List.of(OptimizerSpec.of("oracle"), OptimizerSpec.of("ls"),
                OptimizerSpec.of("am").withIterations(100),
                new OptimizerSpec("robot", robotIterations, 1e-4, null, 0.01, true, "ls", null, null));
        double[][] errors = new double[methods.size()][seeds];
        for (int seed = 0; seed < seeds; seed++) {
            RegressionData data = DataGenerators.create(new DataSpec("unlabeled-sensing", n, null, 5, 0.0, 0.5, 0.0,
                    Map.of("snr", 100.0), null), seed);
            for (int k = 0; k < methods.size(); k++) {
                errors[k][seed] = run(data, methods.get(k), seed).summary().relativeTestError();
            }
        }
        out.printf("%-8s %12s %12s %12s%n", "method", "mean", "median", "max");
        for (int k = 0; k < methods.size(); k++) {
            double[] e = errors[k].clone();
            Arrays.sort(e);
            out.printf("%-8s %12.4e %12.4e %12.4e%n", methods.get(k).method(), Arrays.stream(e).average().orElse(0),
                    e[e.length / 2], e[e.length - 1]);
        }
    }

    private void gaussianMixture() {
        int n = quick ? 40 : 100;
        int gdIterations = quick ? 30 : 300;
        out.printf("%n(2) Gaussian mixture, n = %d, p = 5, q = 2, all pairs shuffled, eps = 0.05: iterations to reach"
                + " the loss GD ends at after %d iterations%n", n, gdIterations);
        RegressionData data = DataGenerators.create(new DataSpec("gaussian-mixture", n, null, 5, 0.2, 1.0, 0.0,
                Map.of("responses", 2.0), null), 2);
        Trace gd = run(data, new OptimizerSpec("gd", gdIterations, 1e-3, null, 0.05, null, "perturbed-truth", 1.0,
                null), 7);
        Trace newton = run(data, new OptimizerSpec("sgd-newton", 50, 1e-3, Math.min(50, n / 2), 0.05, null,
                "perturbed-truth", 1.0, Map.of("sinkhornTolerance", 1e-9, "newtonStep", 0.5, "patience", 1.0)), 7);
        double target = gd.summary().loss();
        out.printf("%-11s %12s %12s %14s %10s%n", "method", "final loss", "iterations", "reach GD loss", "seconds");
        for (Trace t : List.of(gd, newton)) {
            out.printf("%-11s %12.5g %12d %14s %10.2f%n", t.method(), t.summary().loss(), t.summary().iterations(),
                    firstReaching(t, target), t.summary().seconds());
        }
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
        return Optimizers.create(spec.method()).run(data, spec, seed, TraceListener.NONE, new RunControl());
    }
}
