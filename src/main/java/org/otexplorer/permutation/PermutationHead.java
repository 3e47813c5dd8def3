package org.otexplorer.permutation;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.otexplorer.engine.GumbelSinkhorn;

/**
 * One permutation head of the sorting task (math.md §15.6–15.7): turns a sequence's N×N score matrix χ
 * (rows: input numbers, columns: sorted positions) into permutation matrices, the reconstruction loss
 * averaged over its noise samples, and {@code ∂loss/∂χ}. With noise, sample s uses
 * {@code z_s = (χ + G_s)/τ} with fresh Gumbel noise G_s; without noise, one sample {@code z = χ/τ}.
 * Soft heads take {@code P_s = S^(L)(exp z_s)} and differentiate through the unrolled normalisation; hard
 * heads take the exact assignment {@code P_s = H(z_s)} (Jonker–Volgenant, through
 * {@link GumbelSinkhorn#matching}) and the straight-through estimator {@code ∂P/∂z ≈ I}.
 */
final class PermutationHead {
    private final HeadKind kind;
    private final int n;
    private final int samples;
    private final double temperature;
    private final UnrolledSinkhorn sinkhorn;

    /** The loss of one sequence and the constraint error {@code Err_r} of each sample (0 for hard heads). */
    record Step(double loss, double[] constraintErrors) {
    }

    PermutationHead(HeadKind kind, SortingSettings settings) {
        this.kind = kind;
        this.n = settings.numbers();
        this.samples = kind.isNoisy() ? settings.noiseSamples() : 1;
        this.temperature = settings.temperature();
        this.sinkhorn = kind.isSoft() ? new UnrolledSinkhorn(n, settings.sinkhornIterations()) : null;
    }

    /**
     * Loss and gradient for one sequence: adds {@code weight · ∂loss/∂χ} into {@code scoreGradient}.
     *
     * @param scores row-major N×N block of the network's output starting at {@code offset}
     */
    Step train(double[] scores, int offset, double[] input, double[] sorted, SplittableRandom noise, double weight,
               double[] scoreGradient) {
        double loss = 0;
        double[] errors = new double[samples];
        double perSample = weight / samples;
        double[] gradientOfP = new double[n * n];
        for (int s = 0; s < samples; s++) {
            double[] z = perturbed(scores, offset, noise);
            Arrays.fill(gradientOfP, 0);
            double[] gradientOfZ;
            if (kind.isSoft()) {
                double[] p = sinkhorn.forward(z);
                errors[s] = UnrolledSinkhorn.rowError(p, n);
                loss += ReconstructionLoss.evaluate(p, input, sorted, 1, gradientOfP);
                gradientOfZ = sinkhorn.backward(gradientOfP);
            } else {
                loss += ReconstructionLoss.evaluate(GumbelSinkhorn.matching(z, n), input, sorted, 1, gradientOfP);
                gradientOfZ = gradientOfP;
            }
            double scale = perSample / temperature;
            for (int k = 0; k < gradientOfZ.length; k++) {
                scoreGradient[offset + k] += scale * gradientOfZ[k];
            }
        }
        return new Step(loss / samples, errors);
    }

    /**
     * The head's relaxed matrix for display: {@code S^(L)(χ/τ)} for soft heads; for hard heads the mean of the
     * sampled permutations {@code H(z_s)} (a doubly stochastic matrix; the permutation itself without noise).
     */
    double[] softPermutation(double[] scores, int offset, SplittableRandom noise) {
        if (kind.isSoft()) {
            double[] z = new double[n * n];
            for (int k = 0; k < z.length; k++) {
                z[k] = scores[offset + k] / temperature;
            }
            return sinkhorn.forward(z).clone();
        }
        double[] mean = new double[n * n];
        for (int s = 0; s < samples; s++) {
            int[] sigma = GumbelSinkhorn.matching(perturbed(scores, offset, noise), n);
            for (int i = 0; i < n; i++) {
                mean[i * n + sigma[i]] += 1.0 / samples;
            }
        }
        return mean;
    }

    private double[] perturbed(double[] scores, int offset, SplittableRandom noise) {
        double[] z = new double[n * n];
        for (int k = 0; k < z.length; k++) {
            double g = kind.isNoisy() ? GumbelSinkhorn.gumbelNoise(noise) : 0;
            z[k] = (scores[offset + k] + g) / temperature;
        }
        return z;
    }
}
