package org.otexplorer.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The Sinkhorn matrix-normalization operator and Gumbel-Sinkhorn (Mena, Belanger, Linderman, Snoek 2018;
 * math.md §12, as google/gumbel_sinkhorn's {@code sinkhorn_ops.py} runs it). For a square score matrix
 * {@code log α} (n×n, row-major):
 * <ol>
 *   <li>{@link #sinkhorn} repeats L times {@code Z ← Z − LSE_row(Z)} then {@code Z ← Z − LSE_col(Z)} (rows
 *       first, then columns) and returns {@code exp(Z)}: after the last step every column sums to 1 exactly,
 *       and the rows approach 1 as L grows (Sinkhorn's theorem).</li>
 *   <li>{@link #gumbelSinkhorn} first adds Gumbel noise {@code G = −log(−log(U + 1e−20) + 1e−20)},
 *       U ~ Uniform(0,1), scaled by the noise factor, divides by the temperature τ, and normalises:
 *       {@code S((log α + noise·G)/τ)}. As τ → 0 (noise 0) the output tends to the permutation matrix
 *       maximising {@code <log α, Perm>}, which {@link #matching} finds exactly.</li>
 * </ol>
 * Everything is done in the log domain with max-shifted log-sum-exp, so no temperature overflows; after the first
 * half-step the sums come from the weights {@code exp(z)} the previous half-step left ({@link #renormaliseRows},
 * no {@code exp} per entry), with the exact path wherever a sum is tiny. The half-steps are public: the
 * permutation package records the constraint errors after each and differentiates through them (math.md §15).
 */
public final class GumbelSinkhorn {
    /** The reference code's guard inside both logarithms of the Gumbel transform. */
    static final double GUARD = 1e-20;
    /** Below this row or column sum of the weights, {@link #renormaliseRows} recomputes the row from z. */
    static final double SAFE_SUM = 1e-100;

    private GumbelSinkhorn() {
    }

    /**
     * The Sinkhorn operator S(log α) with L = {@code iterations} row-then-column log-normalisations.
     *
     * @param logAlpha square scores, row-major n×n (not modified)
     * @return {@code exp(Z)} after the normalisations, row-major n×n
     * @throws IllegalArgumentException if the matrix is not n×n, holds a non-finite entry, or iterations < 1
     */
    public static double[] sinkhorn(double[] logAlpha, int n, int iterations) {
        requireSquareFinite(logAlpha, n);
        if (iterations < 1) {
            throw new IllegalArgumentException("Sinkhorn normalisation needs at least 1 iteration, got " + iterations);
        }
        double[] z = logAlpha.clone();
        double[] weights = new double[z.length];
        normaliseRows(z, n, n, weights);
        renormaliseColumns(z, n, n, weights);
        for (int l = 1; l < iterations; l++) {
            renormaliseRows(z, n, n, weights);
            renormaliseColumns(z, n, n, weights);
        }
        return weights;
    }

    /**
     * One Gumbel-Sinkhorn sample {@code S((log α + noiseFactor·G)/temperature)} (math.md §12 steps 1–4).
     *
     * @param temperature τ > 0; small τ gives nearly hard permutations
     * @param noiseFactor scale of the Gumbel noise, ≥ 0 (0 gives the deterministic Sinkhorn operator)
     * @param rng         source of the uniforms U, one per entry in row-major order
     * @throws IllegalArgumentException for a non-square or non-finite matrix, τ ≤ 0, a negative noise factor or
     *                                  iterations < 1
     */
    public static double[] gumbelSinkhorn(double[] logAlpha, int n, double temperature, double noiseFactor,
                                          int iterations, SplittableRandom rng) {
        requireSquareFinite(logAlpha, n);
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("Gumbel-Sinkhorn temperature must be a finite number > 0, got "
                    + temperature);
        }
        if (!(noiseFactor >= 0) || Double.isInfinite(noiseFactor)) {
            throw new IllegalArgumentException("Gumbel noise factor must be a finite number >= 0, got " + noiseFactor);
        }
        double[] z = new double[n * n];
        for (int k = 0; k < z.length; k++) {
            z[k] = (logAlpha[k] + noiseFactor * gumbelNoise(rng)) / temperature;
        }
        return sinkhorn(z, n, iterations);
    }

    /** One standard Gumbel sample {@code G = −log(−log(U + 1e−20) + 1e−20)}, U ~ Uniform(0,1) (math.md §12 step 1). */
    public static double gumbelNoise(SplittableRandom rng) {
        return -Math.log(-Math.log(rng.nextDouble() + GUARD) + GUARD);
    }

    /**
     * The hard matching: the permutation maximising {@code Σ_i logα_{iσ(i)}} (the reference code's
     * {@code linear_sum_assignment(−Z)}), by {@link AssignmentSolver#solveAssignment}.
     *
     * @return the column matched to each row
     */
    public static int[] matching(double[] logAlpha, int n) {
        requireSquareFinite(logAlpha, n);
        double[] cost = new double[logAlpha.length];
        for (int k = 0; k < cost.length; k++) {
            cost[k] = -logAlpha[k];
        }
        return AssignmentSolver.solveAssignment(cost, n);
    }

    /**
     * The row half-step {@code N_r} in the log domain, in place: {@code z_ij ← z_ij − log Σ_k exp(z_ik)}
     * (max-shifted), so that afterwards every row of {@code exp(z)} sums to 1 (math.md §12 step 3, §15.1).
     * Entries may be {@code −∞} (zero entries of a non-negative matrix); each row needs a finite entry.
     *
     * @param z       row-major {@code rows × cols} log-matrix, overwritten
     * @param weights receives {@code exp(z)} after the step (the row-wise softmax of the old z), same length
     * @throws IllegalArgumentException if a row has no finite entry or holds a NaN or {@code +∞}
     */
    public static void normaliseRows(double[] z, int rows, int cols, double[] weights) {
        for (int i = 0; i < rows; i++) {
            normaliseRow(z, i, cols, weights);
        }
    }

    /**
     * The column half-step {@code N_c} in the log domain, in place: {@code z_ij ← z_ij − log Σ_k exp(z_kj)};
     * afterwards every column of {@code exp(z)} sums to 1. Same conventions as {@link #normaliseRows}.
     *
     * @throws IllegalArgumentException if a column has no finite entry or holds a NaN or {@code +∞}
     */
    public static void normaliseColumns(double[] z, int rows, int cols, double[] weights) {
        for (int j = 0; j < cols; j++) {
            normaliseColumn(z, rows, cols, j, weights);
        }
    }

    /**
     * The same row step as {@link #normaliseRows} when {@code weights} already holds {@code exp(z)}, as every
     * half-step leaves it: the row sums come from the weights, so no {@code exp} is needed. After a column step
     * every entry is at most 1, so the sums cannot overflow; a row whose sum is below {@value #SAFE_SUM}
     * (where weights that underflowed to 0 could matter) takes the exact log-domain path from z instead.
     */
    public static void renormaliseRows(double[] z, int rows, int cols, double[] weights) {
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                sum += weights[row + j];
            }
            if (sum >= SAFE_SUM && sum < Double.POSITIVE_INFINITY) {
                double shift = Math.log(sum);
                double inverse = 1 / sum;
                for (int j = 0; j < cols; j++) {
                    z[row + j] -= shift;
                    weights[row + j] *= inverse;
                }
            } else {
                normaliseRow(z, i, cols, weights);
            }
        }
    }

    /** The column counterpart of {@link #renormaliseRows}: {@code weights} must hold {@code exp(z)}. */
    public static void renormaliseColumns(double[] z, int rows, int cols, double[] weights) {
        double[] sum = new double[cols];
        for (int row = 0; row < z.length; row += cols) {
            for (int j = 0; j < cols; j++) {
                sum[j] += weights[row + j];
            }
        }
        double[] shift = new double[cols];
        for (int j = 0; j < cols; j++) {
            if (sum[j] >= SAFE_SUM && sum[j] < Double.POSITIVE_INFINITY) {
                shift[j] = Math.log(sum[j]);
                sum[j] = 1 / sum[j];
            } else {
                normaliseColumn(z, rows, cols, j, weights);
                sum[j] = 1;
            }
        }
        for (int row = 0; row < z.length; row += cols) {
            for (int j = 0; j < cols; j++) {
                z[row + j] -= shift[j];
                weights[row + j] *= sum[j];
            }
        }
    }

    /** The exact max-shifted log-sum-exp step for row i. */
    private static void normaliseRow(double[] z, int i, int cols, double[] weights) {
        int row = i * cols;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < cols; j++) {
            max = Math.max(max, z[row + j]);
        }
        requireNormalisable(max, "row", i);
        double sum = 0;
        for (int j = 0; j < cols; j++) {
            double e = Math.exp(z[row + j] - max);
            weights[row + j] = e;
            sum += e;
        }
        double shift = max + Math.log(sum);
        double inverse = 1 / sum;
        for (int j = 0; j < cols; j++) {
            z[row + j] -= shift;
            weights[row + j] *= inverse;
        }
    }

    /** The exact max-shifted log-sum-exp step for column j (strided). */
    private static void normaliseColumn(double[] z, int rows, int cols, int j, double[] weights) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = j; k < rows * cols; k += cols) {
            max = Math.max(max, z[k]);
        }
        requireNormalisable(max, "column", j);
        double sum = 0;
        for (int k = j; k < rows * cols; k += cols) {
            double e = Math.exp(z[k] - max);
            weights[k] = e;
            sum += e;
        }
        double shift = max + Math.log(sum);
        double inverse = 1 / sum;
        for (int k = j; k < rows * cols; k += cols) {
            z[k] -= shift;
            weights[k] *= inverse;
        }
    }

    /** A row or column can be normalised when its largest log-entry is finite (NaN fails this test too). */
    private static void requireNormalisable(double max, String what, int index) {
        if (!(max > Double.NEGATIVE_INFINITY) || max == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Sinkhorn normalisation: " + what + " " + index
                    + (max == Double.POSITIVE_INFINITY ? " holds an infinite entry"
                            : " has no positive entry or holds a NaN"));
        }
    }

    private static void requireSquareFinite(double[] m, int n) {
        if (n <= 0 || m == null || m.length != n * n) {
            throw new IllegalArgumentException("Sinkhorn normalisation needs an n x n score matrix, got "
                    + (m == null ? 0 : m.length) + " entries for n = " + n);
        }
        for (int k = 0; k < m.length; k++) {
            if (!Double.isFinite(m[k])) {
                throw new IllegalArgumentException("score entry (" + k / n + ", " + k % n + ") is not finite: " + m[k]);
            }
        }
    }
}
