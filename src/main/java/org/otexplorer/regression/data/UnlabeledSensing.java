package org.otexplorer.regression.data;

import java.util.SplittableRandom;
import org.otexplorer.regression.LinearAlgebra;
import org.otexplorer.regression.RegressionData;

/**
 * Unlabeled sensing (ROBOT §4.1, and math.md §11.4 for the authors' code): inputs z ~ N(μ, I_e) with
 * μ = 0 (paper; parameter {@code inputMean}, the code's preset uses 1), w ~ N(0, I_e), y = zᵀw + σ·noise
 * with σ = ||w||/sqrt(SNR) when the parameter {@code snr} is given (the code's SNR 100 gives ||w||/10),
 * else σ = {@code noise}; a fraction {@code shuffleFraction} of the responses is permuted among itself.
 * The test set ({@code testSize}, default n) is generated the same way, unpermuted.
 */
final class UnlabeledSensing {
    static final String ID = "unlabeled-sensing";

    private UnlabeledSensing() {
    }

    static RegressionData generate(GeneratorSettings spec, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = spec.n();
        int e = spec.d();
        double mean = spec.parameter("inputMean", 0);
        double[][] w = Draws.normal(rng, e, 1, 0, 1);
        double snr = spec.parameter("snr", Double.NaN);
        double sigma = Double.isNaN(snr) ? spec.noise() : LinearAlgebra.norm(w) / Math.sqrt(snr);
        double[][] x = Draws.normal(rng, n, e, mean, 1);
        double[][] y = Draws.responses(rng, x, w, sigma);
        int[] pairing = Draws.partialShuffle(rng, n, spec.shuffleFraction());
        int testSize = DataGenerators.positiveInt(spec, "testSize", n);
        double[][] testX = Draws.normal(rng, testSize, e, mean, 1);
        double[][] testY = Draws.responses(rng, testX, w, sigma);
        return new RegressionData(x, Draws.reorder(y, pairing), pairing, w, testX, testY);
    }
}
