package org.otexplorer.permutation;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.otexplorer.engine.GumbelSinkhorn;
import org.otexplorer.nn.Adam;
import org.otexplorer.nn.Dense;
import org.otexplorer.nn.Relu;
import org.otexplorer.nn.Sequential;

/**
 * One head learning to sort (paper §4.2, Table 3; math.md §15.6), one epoch per call so that a background
 * thread can play, pause, step and reset it. The network is g = g2 ∘ g1 applied to each number alone:
 * g1 = Dense(1 → hidden) + ReLU, g2 = Dense(hidden → N); the N outputs of number i form row i of its
 * sequence's score matrix χ. An epoch is one Adam step on the whole training set (the batch); afterwards the
 * test set is measured under the hard permutation {@code H(χ/τ)} for every head. The data and the initial
 * weights depend on the seed only, so runs of different heads with the same settings race on equal terms; the
 * noise of epoch e has its own stream, so a cancelled epoch leaves the run exactly as it was.
 *
 * <pre>{@code
 * SortingRun run = new SortingRun(SortingSettings.paper(15, 1), HeadKind.HUNGARIAN_GUMBEL);
 * while (!run.finished()) {
 *     SortingSnapshot s = run.epoch(control::isCancelled);   // CancellationException when cancelled
 * }
 * }</pre>
 */
public final class SortingRun {
    private final SortingSettings settings;
    private final HeadKind kind;
    private final SortingData training;
    private final SortingData test;
    private final Sequential network;
    private final Adam adam;
    private final PermutationHead head;
    private int epochs;
    private SortingSnapshot latest;

    public SortingRun(SortingSettings settings, HeadKind kind) {
        this.settings = settings;
        this.kind = kind;
        SplittableRandom dataRng = new SplittableRandom(settings.seed());
        this.training = SortingData.generate(settings.numbers(), settings.trainingSequences(), dataRng);
        this.test = SortingData.generate(settings.numbers(), settings.testSequences(), dataRng);
        SplittableRandom init = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        this.network = new Sequential(new Dense(1, settings.hiddenUnits(), init), new Relu(settings.hiddenUnits()),
                new Dense(settings.hiddenUnits(), settings.numbers(), init));
        this.adam = new Adam(network.parameters(), settings.learningRate());
        this.head = new PermutationHead(kind, settings);
        this.latest = measure(trainingPass(() -> false, false));
    }

    /** One epoch that cannot be cancelled. */
    public SortingSnapshot epoch() {
        return epoch(() -> false);
    }

    /**
     * One Adam step on the training set, then the test metrics.
     *
     * @param cancelled polled before each training sequence (every sample of one sequence runs uninterrupted)
     * @throws CancellationException if cancelled (the run is left as before the call)
     * @throws IllegalStateException if the run has done all its epochs or a gradient is not finite
     */
    public SortingSnapshot epoch(BooleanSupplier cancelled) {
        if (finished()) {
            throw new IllegalStateException("the sorting run has done all its " + settings.epochs() + " epochs");
        }
        TrainingPass pass = trainingPass(cancelled, true);
        adam.step();
        epochs++;
        latest = measure(pass);
        return latest;
    }

    /** The latest snapshot (epoch 0: the untrained network). */
    public SortingSnapshot snapshot() {
        return latest;
    }

    public int epochsDone() {
        return epochs;
    }

    public boolean finished() {
        return epochs >= settings.epochs();
    }

    public HeadKind head() {
        return kind;
    }

    public SortingSettings settings() {
        return settings;
    }

    public SortingData trainingData() {
        return training;
    }

    public SortingData testData() {
        return test;
    }

    private record TrainingPass(double loss, double errorMean, double errorMax) {
    }

    /** Forward over the training set through the head; with {@code backward}, gradients into the network. */
    private TrainingPass trainingPass(BooleanSupplier cancelled, boolean backward) {
        int n = settings.numbers();
        int count = training.count();
        double[] scores = network.forward(training.flatInputs(), count * n);
        double[] scoreGradient = new double[scores.length];
        SplittableRandom noise = noiseOfEpoch(epochs);
        double loss = 0;
        double errorSum = 0;
        double errorMax = 0;
        int errorCount = 0;
        for (int b = 0; b < count; b++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("sorting epoch cancelled");
            }
            PermutationHead.Step step = head.train(scores, b * n * n, training.input(b), training.sorted(b), noise,
                    1.0 / count, scoreGradient);
            loss += step.loss() / count;
            for (double e : step.constraintErrors()) {
                errorSum += e;
                errorMax = Math.max(errorMax, e);
                errorCount++;
            }
        }
        if (backward) {
            network.zeroGradients();
            network.backward(scoreGradient);
        }
        return new TrainingPass(loss, kind.isSoft() ? errorSum / errorCount : 0, kind.isSoft() ? errorMax : 0);
    }

    private SortingSnapshot measure(TrainingPass pass) {
        int n = settings.numbers();
        double[] scores = network.forward(test.flatInputs(), test.count() * n);
        int[][] predicted = new int[test.count()][];
        double[] hard = null;
        for (int b = 0; b < test.count(); b++) {
            double[] z = new double[n * n];
            for (int k = 0; k < z.length; k++) {
                z[k] = scores[b * n * n + k] / settings.temperature();
            }
            int[] sigma = GumbelSinkhorn.matching(z, n);
            predicted[b] = new int[n];
            for (int i = 0; i < n; i++) {
                predicted[b][sigma[i]] = i;
            }
            if (b == 0) {
                hard = new double[n * n];
                for (int i = 0; i < n; i++) {
                    hard[i * n + sigma[i]] = 1;
                }
            }
        }
        double[] soft = head.softPermutation(scores, 0, noiseOfEpoch(-1 - epochs));
        return new SortingSnapshot(kind, epochs, pass.loss(), SortingMetrics.of(predicted, test), pass.errorMean(),
                pass.errorMax(), test.input(0), test.order(0), predicted[0], square(soft, n), square(hard, n));
    }

    /** The noise of epoch e (negative e: the display samples), independent of every other epoch's. */
    private SplittableRandom noiseOfEpoch(int epoch) {
        return new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + 31L * epoch + kind.ordinal() + 1);
    }

    private static double[][] square(double[] flat, int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * n, m[i], 0, n);
        }
        return m;
    }
}
