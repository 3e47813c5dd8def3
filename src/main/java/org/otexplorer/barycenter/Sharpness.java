package org.otexplorer.barycenter;

import java.util.Arrays;

/**
 * How sharp a barycenter is (math.md §16.3): the entropy {@code H(q) = −Σ q_i log q_i} of q scaled to mass one,
 * the support size (bins holding more than {@link #DEFAULT_THRESHOLD} of the mass), and the fewest bins that
 * hold 99 % of the mass. A blurred (entropic) barycenter has a larger value of all three than a crisp one.
 *
 * @param entropy      {@code −Σ q log q} (nats)
 * @param supportSize  bins with {@code q_i > threshold}
 * @param bins99       fewest bins holding 99 % of the mass
 */
public record Sharpness(double entropy, int supportSize, int bins99) {
    /** Bins above 1e-6 (of a total mass one) count as support. */
    public static final double DEFAULT_THRESHOLD = 1e-6;

    /** The sharpness of q (scaled to mass one first) at the default threshold. */
    public static Sharpness of(double[] q) {
        return of(q, DEFAULT_THRESHOLD);
    }

    /** The sharpness of q (scaled to mass one first), support above {@code threshold}. */
    public static Sharpness of(double[] q, double threshold) {
        double total = 0;
        for (double v : q) {
            total += v;
        }
        if (!(total > 0) || Double.isInfinite(total)) {
            throw new IllegalArgumentException("a barycenter of zero or infinite mass has no sharpness");
        }
        double entropy = 0;
        int support = 0;
        double[] sorted = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            double p = q[i] / total;
            sorted[i] = p;
            if (p > 0) {
                entropy -= p * Math.log(p);
            }
            if (p > threshold) {
                support++;
            }
        }
        Arrays.sort(sorted);
        double mass = 0;
        int count = 0;
        for (int i = sorted.length - 1; i >= 0 && mass < 0.99; i--) {
            mass += sorted[i];
            count++;
        }
        return new Sharpness(entropy, support, count);
    }
}
