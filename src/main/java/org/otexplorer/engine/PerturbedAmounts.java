package org.otexplorer.engine;

/**
 * A vector of amounts {@code x_k + s_k·δ} of Orden's perturbed transportation problem (see
 * {@link TransportationTree}): the real part is a double-double {@code hi + lo} (Dekker's two-sum), so that
 * sums and differences of weights over a subtree are exact to about 10⁻³² and an exact tie between two
 * such sums is recognised as a tie; the δ-part {@code s} is an exact integer. Amounts are ordered
 * lexicographically: real part first, then δ-part.
 */
final class PerturbedAmounts {
    private final double[] hi;
    private final double[] lo;
    private final long[] shift;

    PerturbedAmounts(int size) {
        hi = new double[size];
        lo = new double[size];
        shift = new long[size];
    }

    /** Sets entry k to {@code value + shift·δ}. */
    void set(int k, double value, long deltaPart) {
        hi[k] = value;
        lo[k] = 0;
        shift[k] = deltaPart;
    }

    /** Copies entry k of {@code from} into entry target. */
    void copy(int target, PerturbedAmounts from, int k) {
        hi[target] = from.hi[k];
        lo[target] = from.lo[k];
        shift[target] = from.shift[k];
    }

    /** Entry target ← entry target − entry k of {@code from}, in double-double arithmetic. */
    void subtract(int target, PerturbedAmounts from, int k) {
        accumulate(target, -from.hi[k], -from.lo[k], -from.shift[k]);
    }

    /** Entry target ← entry target + entry k of {@code from}, in double-double arithmetic. */
    void add(int target, PerturbedAmounts from, int k) {
        accumulate(target, from.hi[k], from.lo[k], from.shift[k]);
    }

    /** Adds {@code bHi + bLo + bShift·δ} to entry target: Knuth's two-sum of the high parts, then renormalise. */
    private void accumulate(int target, double bHi, double bLo, long bShift) {
        double a = hi[target];
        double sum = a + bHi;
        double bVirtual = sum - a;
        double error = (a - (sum - bVirtual)) + (bHi - bVirtual);
        error += lo[target] + bLo;
        double h = sum + error;
        lo[target] = error - (h - sum);
        hi[target] = h;
        shift[target] += bShift;
    }

    /** Lexicographic comparison of entry k with entry k2 of {@code other}. */
    int compare(int k, PerturbedAmounts other, int k2) {
        int c = Double.compare(hi[k], other.hi[k2]);
        if (c == 0) {
            c = Double.compare(lo[k], other.lo[k2]);
        }
        if (c == 0) {
            c = Long.compare(shift[k], other.shift[k2]);
        }
        return c;
    }

    /** The real part of entry k, rounded to a double (δ → 0). */
    double value(int k) {
        return hi[k] + lo[k];
    }
}
