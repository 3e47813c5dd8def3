package org.otexplorer.permutation;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The fraction of random score matrices {@code exp(χ/τ)} still unnormalised after L Sinkhorn iterations, for
 * every τ, L and n of a {@link RandomScoreSettings} (math.md §15.3): a sample is unnormalised when
 * {@code Err_r} after L iterations exceeds the threshold. Every sample can be regenerated from the seed
 * ({@link #logScores}), so the lab can open one and step through its normalisation.
 */
public final class NonConvergenceGrid {
    private final RandomScoreSettings settings;
    /** [temperature][iteration][size]. */
    private final double[][][] fraction;
    /** [temperature][iteration][size]: the first unnormalised sample of the cell, or −1. */
    private final int[][][] firstUnnormalised;

    private NonConvergenceGrid(RandomScoreSettings settings, double[][][] fraction, int[][][] firstUnnormalised) {
        this.settings = settings;
        this.fraction = fraction;
        this.firstUnnormalised = firstUnnormalised;
    }

    /**
     * Runs every sample of every cell once to the largest L, reading the error at each L on the way.
     *
     * @param cancelled polled between samples
     * @throws CancellationException if {@code cancelled} turns true
     */
    public static NonConvergenceGrid compute(RandomScoreSettings settings, BooleanSupplier cancelled) {
        double[] taus = settings.temperatures();
        int[] ls = settings.iterations();
        int[] sizes = settings.sizes();
        int maxL = ls[ls.length - 1];
        double[][][] fraction = new double[taus.length][ls.length][sizes.length];
        int[][][] first = new int[taus.length][ls.length][sizes.length];
        for (int[][] plane : first) {
            for (int[] row : plane) {
                java.util.Arrays.fill(row, -1);
            }
        }
        for (int s = 0; s < sizes.length; s++) {
            for (int k = 0; k < settings.samples(); k++) {
                double[] chi = standardNormal(settings.seed(), sizes[s], k);
                for (int t = 0; t < taus.length; t++) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("random-score grid cancelled");
                    }
                    ConstraintErrors e = SinkhornNormalisation.ofLogScores(divide(chi, taus[t]), sizes[s]).run(maxL);
                    for (int l = 0; l < ls.length; l++) {
                        if (e.afterIteration(ls[l]) > settings.threshold()) {
                            fraction[t][l][s] += 1.0 / settings.samples();
                            if (first[t][l][s] < 0) {
                                first[t][l][s] = k;
                            }
                        }
                    }
                }
            }
        }
        return new NonConvergenceGrid(settings, fraction, first);
    }

    public RandomScoreSettings settings() {
        return settings;
    }

    /** The fraction of the cell's samples whose error after {@code iterations()[l]} iterations is above threshold. */
    public double fraction(int temperatureIndex, int iterationIndex, int sizeIndex) {
        return fraction[temperatureIndex][iterationIndex][sizeIndex];
    }

    /**
     * The first sample (in drawing order) of the cell that is still unnormalised after {@code iterations()[l]}
     * iterations, or −1 when none is: the sample the explorer opens when the cell is clicked.
     */
    public int firstUnnormalised(int temperatureIndex, int iterationIndex, int sizeIndex) {
        return firstUnnormalised[temperatureIndex][iterationIndex][sizeIndex];
    }

    /** The log-scores {@code χ/τ} of one sample, row-major n×n, for {@link SinkhornNormalisation#ofLogScores}. */
    public double[] logScores(int temperatureIndex, int sizeIndex, int sample) {
        if (sample < 0 || sample >= settings.samples()) {
            throw new IllegalArgumentException("sample must lie in [0, " + settings.samples() + "), got " + sample);
        }
        return sampleLogScores(settings.seed(), settings.sizes()[sizeIndex], sample,
                settings.temperatures()[temperatureIndex]);
    }

    /**
     * The log-scores {@code χ/τ} of sample k of size n for a seed, without computing a grid: the same matrix
     * {@link #logScores} gives for the grid's cell (sample k of size n uses the same χ for every τ).
     *
     * @throws IllegalArgumentException for n < 2, k < 0 or τ not a finite number > 0
     */
    public static double[] sampleLogScores(long seed, int n, int sample, double temperature) {
        if (n < 2 || sample < 0 || !(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("a random score sample needs n >= 2, sample >= 0 and tau > 0, got n = "
                    + n + ", sample " + sample + ", tau = " + temperature);
        }
        return divide(standardNormal(seed, n, sample), temperature);
    }

    /** A fresh normalisation of one sample, to step through. */
    public SinkhornNormalisation sample(int temperatureIndex, int sizeIndex, int sample) {
        return SinkhornNormalisation.ofLogScores(logScores(temperatureIndex, sizeIndex, sample),
                settings.sizes()[sizeIndex]);
    }

    /** χ of sample k at size n: its own stream, keyed by (seed, n, k), so cells do not depend on each other. */
    private static double[] standardNormal(long seed, int n, int k) {
        SplittableRandom rng = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (n * 1_000_003L + k + 1)));
        double[] chi = new double[n * n];
        for (int e = 0; e < chi.length; e++) {
            chi[e] = rng.nextGaussian();
        }
        return chi;
    }

    private static double[] divide(double[] chi, double tau) {
        double[] z = new double[chi.length];
        for (int e = 0; e < z.length; e++) {
            z[e] = chi[e] / tau;
        }
        return z;
    }
}
