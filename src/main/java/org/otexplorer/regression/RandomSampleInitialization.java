package org.otexplorer.regression;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.otexplorer.parameters.Parameter;

/**
 * Random-sample initialisation ("RS", ROBOT's code, math.md §11.4) for one-dimensional outputs: repeatedly
 * fit ridge regression (λ = 1e-4) on p random rows taken as if they were paired, score each fit by how
 * many sorted predictions {@code sort(XΘ)_i} lie within {@code tolerance} (parameter, default 1e-2) of the
 * sorted outputs {@code sort(y)_i}, keep the best, and refit it by regressing sorted y on X ordered by XΘ.
 * Parameter {@code samples} (default 10 000, the code's) sets the number of draws; each trace entry
 * reports the best score so far as its loss (negated, so lower is better) after a block of draws.
 */
final class RandomSampleInitialization extends NamedOptimizer {
    static final String ID = "rs";
    private static final double RIDGE = 1e-4;
    private static final int BLOCK = 500;

    /** Random fits drawn (also read by the methods that start from the rs estimate). */
    static final Parameter<Integer> SAMPLES = Parameter.integer("samples").defaultValue(10_000).atLeast(1)
            .typical(100, 1e6).logScale()
            .describe("Random fits drawn for the rs estimate (the authors' code draws 10 000).").build();
    static final Parameter<Double> TOLERANCE = Parameter.real("tolerance").defaultValue(1e-2).above(0).logScale()
            .describe("A sorted prediction within this of the sorted output counts towards a fit's score.").build();

    RandomSampleInitialization() {
        super(ID, "Random-sample consensus for one response: the best of many ridge fits on random rows, refitted.",
                List.of(SAMPLES, TOLERANCE));
    }

    @Override
    public Trace run(RegressionData data, OptimizerSettings settings, long seed, TraceListener listener,
                     RunControl control) {
        RunRecorder recorder = new RunRecorder(ID, data, listener);
        double[][] theta = fit(data, settings, seed, recorder, control);
        return recorder.finish(theta);
    }

    /**
     * The RS estimate, the {@code "rs"} initialisation of other optimizers: with the number of {@link #SAMPLES}
     * the method's settings give (methods that offer the rs start declare it), its other settings the defaults.
     */
    static double[][] estimate(RegressionData data, OptimizerSettings settings, long seed) {
        return fit(data, OptimizerSettings.of(ID).with(SAMPLES, settings.get(SAMPLES)), seed, null, new RunControl());
    }

    private static double[][] fit(RegressionData data, OptimizerSettings settings, long seed, RunRecorder recorder,
                                  RunControl control) {
        if (data.responses() != 1) {
            throw new IllegalArgumentException("rs needs one-dimensional outputs, got " + data.responses());
        }
        int samples = settings.get(SAMPLES);
        double tolerance = settings.get(TOLERANCE);
        double[][] x = data.design();
        double[] sortedY = column(data.outputs());
        Arrays.sort(sortedY);
        SplittableRandom rng = new SplittableRandom(seed);
        int p = data.features();
        double[][] best = new double[p][1];
        int bestScore = -1;
        for (int s = 0; s < samples; s++) {
            if (s % BLOCK == 0 && s > 0) {
                if (recorder != null && !control.awaitTurn()) {
                    recorder.stop(RunStopReason.CANCELLED, "after " + s + " of " + samples + " samples");
                    return best;
                }
                if (recorder != null) {
                    recorder.record(-bestScore, 0, best, "sample", null);
                }
            }
            int[] rows = rng.ints(0, x.length).distinct().limit(p).toArray();
            double[][] xs = new double[p][];
            double[][] ys = new double[p][];
            for (int k = 0; k < p; k++) {
                xs[k] = x[rows[k]];
                ys[k] = data.outputs()[rows[k]];
            }
            double[][] candidate = LinearAlgebra.leastSquares(xs, ys, RIDGE);
            int score = score(x, candidate, sortedY, tolerance);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        if (recorder != null && !control.awaitTurn()) {
            recorder.stop(RunStopReason.CANCELLED, "after all " + samples + " samples, before the refit");
            return best;
        }
        double[][] refit = refit(x, best, sortedY);
        if (recorder != null) {
            recorder.record(-score(x, refit, sortedY, tolerance), 0, refit, "refit", null);
            recorder.stop(RunStopReason.COMPLETED, "best of " + samples + " random samples, refitted");
        }
        return refit;
    }

    private static int score(double[][] x, double[][] theta, double[] sortedY, double tolerance) {
        double[] pred = column(LinearAlgebra.multiply(x, theta));
        Arrays.sort(pred);
        int count = 0;
        for (int i = 0; i < pred.length; i++) {
            if (Math.abs(pred[i] - sortedY[i]) < tolerance) {
                count++;
            }
        }
        return count;
    }

    /** Regress sorted y on the inputs ordered by their predictions. */
    private static double[][] refit(double[][] x, double[][] theta, double[] sortedY) {
        double[] pred = column(LinearAlgebra.multiply(x, theta));
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(pred[i], pred[j]));
        double[][] xs = new double[x.length][];
        double[][] ys = new double[x.length][1];
        for (int k = 0; k < x.length; k++) {
            xs[k] = x[order[k]];
            ys[k][0] = sortedY[k];
        }
        return LinearAlgebra.leastSquares(xs, ys, RIDGE);
    }

    private static double[] column(double[][] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i][0];
        }
        return out;
    }
}
