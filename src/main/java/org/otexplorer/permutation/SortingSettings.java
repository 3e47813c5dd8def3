package org.otexplorer.permutation;

/**
 * The number-sorting task of paper Table 3 (math.md §15.6). {@link #paper} gives the paper's values.
 *
 * @param numbers            N, the length of each sequence, ≥ 2
 * @param trainingSequences  sequences in the training set, which is also the batch (paper: 10), ≥ 1
 * @param testSequences      sequences the metrics are measured on (paper: 10), ≥ 1
 * @param hiddenUnits        width of g1 (paper: 32), ≥ 1
 * @param learningRate       Adam's learning rate (paper: 0.1), > 0
 * @param epochs             Adam steps on the full training batch (paper: 500), ≥ 1
 * @param sinkhornIterations L of the Sinkhorn heads (paper: 20), ≥ 1
 * @param temperature        τ dividing the (perturbed) scores (paper: 1), > 0
 * @param noiseSamples       Gumbel samples per sequence for the noisy heads (paper: 10), ≥ 1
 * @param seed               drives the data, the initial weights (the same for every head) and the noise
 */
public record SortingSettings(int numbers, int trainingSequences, int testSequences, int hiddenUnits,
                              double learningRate, int epochs, int sinkhornIterations, double temperature,
                              int noiseSamples, long seed) {
    public SortingSettings {
        if (numbers < 2) {
            throw new IllegalArgumentException("the sorting task needs N >= 2 numbers, got " + numbers);
        }
        requireAtLeastOne(trainingSequences, "training sequences");
        requireAtLeastOne(testSequences, "test sequences");
        requireAtLeastOne(hiddenUnits, "hidden units");
        requireAtLeastOne(epochs, "epochs");
        if (sinkhornIterations < 1) {
            throw new IllegalArgumentException("Sinkhorn heads need L >= 1 iterations, got " + sinkhornIterations);
        }
        requireAtLeastOne(noiseSamples, "noise samples");
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0, got " + learningRate);
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature tau must be a finite number > 0, got " + temperature);
        }
    }

    private static void requireAtLeastOne(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException("the sorting task needs at least 1 of " + what + ", got " + value);
        }
    }

    /**
     * Table 3: 10 training and 10 test sequences, 32 hidden units, Adam lr 0.1, 500 epochs, L = 20, τ = 1,
     * 10 noise samples.
     */
    public static SortingSettings paper(int numbers, long seed) {
        return new SortingSettings(numbers, 10, 10, 32, 0.1, 500, 20, 1.0, 10, seed);
    }

    public SortingSettings withEpochs(int newEpochs) {
        return new SortingSettings(numbers, trainingSequences, testSequences, hiddenUnits, learningRate, newEpochs,
                sinkhornIterations, temperature, noiseSamples, seed);
    }

    public SortingSettings withSeed(long newSeed) {
        return new SortingSettings(numbers, trainingSequences, testSequences, hiddenUnits, learningRate, epochs,
                sinkhornIterations, temperature, noiseSamples, newSeed);
    }

    public SortingSettings withNoiseSamples(int samples) {
        return new SortingSettings(numbers, trainingSequences, testSequences, hiddenUnits, learningRate, epochs,
                sinkhornIterations, temperature, samples, seed);
    }
}
