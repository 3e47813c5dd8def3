package org.otexplorer.engine;

/**
 * {@code e^x} for a whole row of exponents, in loops the JDK 17 JIT compiles to vector instructions, where
 * {@code Math.exp} is an out-of-line call per entry. Branch-free passes over arrays: range reduction
 * {@code x = k ln 2 + r}, {@code |r| ≤ ln2/2}, with a two-part ln 2 (Cody–Waite); the degree-13 Taylor polynomial
 * of {@code e^r} (truncation error below 4e-18); then {@code 2^k} from exponent bits, as two factors
 * {@code 2^⌊k/2⌋ · 2^(k−⌊k/2⌋)} so that results near overflow are finite and beyond it infinite without a branch.
 * Results below {@link #FLUSH_BELOW} are 0 (as {@link LogDomainKernels#exp} flushes subnormals): such a term cannot
 * change a sum of terms near 1, and a subnormal operand makes every later multiply-add on it many times slower.
 * The argument is clamped to [−746, 710], beyond which e^x is 0 or ∞ anyway; NaN stays NaN. Within 2 ulp of
 * {@link StrictMath#exp} elsewhere (measured over 8 million points; BatchExpTest). One instance holds the scratch
 * for rows of up to a given length and is used by one thread.
 */
final class BatchExp {
    /** Below this argument e^x rounds to 0: the clamp changes no result. */
    static final double LOWEST = -746.0;
    /** Above this argument e^x overflows: the clamp changes no result. */
    static final double HIGHEST = 710.0;
    /** {@code 2^−1021.5} (3.1e-308): smaller results are flushed to 0, larger ones are normal numbers. */
    static final double FLUSH_BELOW = 0x1.6a09e667f3bcdp-1022;
    private static final double INV_LN2 = 1.4426950408889634;
    /** ln 2 to 32 bits (its trailing bits are zero, so {@code k · LN2_HI} is exact for |k| < 2²¹), and the rest. */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;

    private final double[] powers;
    private final long[] firstFactors;
    private final long[] secondFactors;

    /** Scratch for rows of at most {@code capacity} entries. */
    BatchExp(int capacity) {
        powers = new double[capacity];
        firstFactors = new long[capacity];
        secondFactors = new long[capacity];
    }

    /** {@code out[j] = e^x[j]} for {@code j < len}; returns {@code Σ out[j]}. {@code out} may be {@code x} itself. */
    double expAndSum(double[] x, double[] out, int len) {
        exp(x, out, len);
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < len; j += 4) {
            s0 += out[j];
            s1 += out[j + 1];
            s2 += out[j + 2];
            s3 += out[j + 3];
        }
        for (; j < len; j++) {
            s0 += out[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code out[j] = e^x[j]} for {@code j < len}. {@code out} may be {@code x} itself. */
    void exp(double[] x, double[] out, int len) {
        reducedPolynomials(x, out, len);
        for (int j = 0; j < len; j++) {
            long k = (long) powers[j];
            long half = k >> 1;
            // All ones where k < −1021, where the result would be below 2^−1021.5: that factor becomes +0.
            long flush = (k + 1021) >> 63;
            firstFactors[j] = ((half + 1023) << 52) & ~flush;
            secondFactors[j] = (k - half + 1023) << 52;
        }
        for (int j = 0; j < len; j++) {
            out[j] = out[j] * Double.longBitsToDouble(firstFactors[j]) * Double.longBitsToDouble(secondFactors[j]);
        }
    }

    /** {@code poly[j] = e^r} and {@code powers[j] = k} for the clamped {@code x[j] = k ln 2 + r}. */
    private void reducedPolynomials(double[] x, double[] poly, int len) {
        for (int j = 0; j < len; j++) {
            double e = Math.min(Math.max(x[j], LOWEST), HIGHEST);
            double k = Math.rint(e * INV_LN2);
            double r = (e - k * LN2_HI) - k * LN2_LO;
            double p = 1.0 / 6227020800.0;
            p = p * r + 1.0 / 479001600.0;
            p = p * r + 1.0 / 39916800.0;
            p = p * r + 1.0 / 3628800.0;
            p = p * r + 1.0 / 362880.0;
            p = p * r + 1.0 / 40320.0;
            p = p * r + 1.0 / 5040.0;
            p = p * r + 1.0 / 720.0;
            p = p * r + 1.0 / 120.0;
            p = p * r + 1.0 / 24.0;
            p = p * r + 1.0 / 6.0;
            p = p * r + 0.5;
            p = p * r + 1.0;
            poly[j] = p * r + 1.0;
            powers[j] = k;
        }
    }
}
