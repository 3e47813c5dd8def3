package org.otexplorer.colour;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.histogram.Histograms;

/**
 * Colour transfer channel by channel (thesis §2.4.4, math.md §16.7): for each of R, G, B the plan T between the
 * source and target 256-bin histograms (bins of zero mass left out; cost {@code ((i − j)/255)²}) gives the
 * barycentric map {@code v ↦ Σ_j T_vj j / Σ_j T_vj}, applied to every pixel as a lookup table. An exact plan gives the
 * monotone (quantile) map; a blurred Sinkhorn plan averages over many target levels and pulls colours towards the
 * mean (washed out). {@link #matchHistograms} is the exact transfer at pixel level, which reproduces the target's
 * histograms exactly.
 */
public final class ChannelTransfer {
    private static final int LEVELS = 256;

    private ChannelTransfer() {
    }

    /** Every channel of {@code source} mapped by the plan of {@code method} onto the target's histogram. */
    public static RgbImage transfer(RgbImage source, RgbImage target, TransferMethod method) {
        int[][] out = new int[3][];
        for (int c = 0; c < 3; c++) {
            double[] map = channelMap(source.channelHistogram(c), target.channelHistogram(c), method);
            int[] values = source.channel(c);
            for (int i = 0; i < values.length; i++) {
                values[i] = RgbImage.clamp(map[values[i]]);
            }
            out[c] = values;
        }
        return RgbImage.fromChannels(source.width(), source.height(), out[0], out[1], out[2]);
    }

    /**
     * The barycentric map of the plan between two 256-bin histograms: entry v is where level v goes (levels the
     * source does not have map to themselves).
     *
     * @throws IllegalArgumentException if a histogram has the wrong length or is not valid
     */
    public static double[] channelMap(double[] source, double[] target, TransferMethod method) {
        if (source.length != LEVELS || target.length != LEVELS) {
            throw new IllegalArgumentException("channel histograms need 256 bins, got " + source.length + " and "
                    + target.length);
        }
        double[] a = Histograms.normalized(source, "source channel histogram");
        double[] b = Histograms.normalized(target, "target channel histogram");
        int[] rows = positive(a);
        int[] cols = positive(b);
        double[][] cost = new double[rows.length][cols.length];
        for (int r = 0; r < rows.length; r++) {
            for (int k = 0; k < cols.length; k++) {
                double d = (rows[r] - cols[k]) / (LEVELS - 1.0);
                cost[r][k] = d * d;
            }
        }
        TransportPlan plan = method.solve(TransportProblem.fromCost(cost, pick(a, rows), pick(b, cols)));
        double[] map = new double[LEVELS];
        for (int v = 0; v < LEVELS; v++) {
            map[v] = v;
        }
        for (int r = 0; r < rows.length; r++) {
            double mass = 0;
            double moved = 0;
            for (int k = 0; k < cols.length; k++) {
                double t = plan.get(r, k);
                mass += t;
                moved += t * cols[k];
            }
            if (mass > 0) {
                map[rows[r]] = moved / mass;
            }
        }
        return map;
    }

    /**
     * The exact transfer at pixel level: in each channel the source pixels are ranked by value (ties in pixel
     * order) and the pixel of rank r takes the target's value at quantile {@code (r + ½)/N_source}. With equally
     * many pixels this is the optimal assignment, and every channel histogram of the result equals the target's.
     */
    public static RgbImage matchHistograms(RgbImage source, RgbImage target) {
        int[][] out = new int[3][];
        for (int c = 0; c < 3; c++) {
            int[] values = source.channel(c);
            int[] sortedTarget = target.channel(c);
            Arrays.sort(sortedTarget);
            int[] order = rankOrder(values);
            int[] result = new int[values.length];
            for (int rank = 0; rank < order.length; rank++) {
                long index = ((2L * rank + 1) * sortedTarget.length) / (2L * order.length);
                result[order[rank]] = sortedTarget[(int) index];
            }
            out[c] = result;
        }
        return RgbImage.fromChannels(source.width(), source.height(), out[0], out[1], out[2]);
    }

    /** Pixel indices sorted by value, ties in index order (a counting sort over the 256 levels). */
    private static int[] rankOrder(int[] values) {
        int[] start = new int[LEVELS + 1];
        for (int v : values) {
            start[v + 1]++;
        }
        for (int v = 0; v < LEVELS; v++) {
            start[v + 1] += start[v];
        }
        int[] order = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            order[start[values[i]]++] = i;
        }
        return order;
    }

    private static int[] positive(double[] h) {
        return IntStream.range(0, h.length).filter(i -> h[i] > 0).toArray();
    }

    private static double[] pick(double[] h, int[] idx) {
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = h[idx[k]];
        }
        return out;
    }
}
