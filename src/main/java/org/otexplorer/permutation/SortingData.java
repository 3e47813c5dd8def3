package org.otexplorer.permutation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Sequences for the sorting task (math.md §15.6): each is N numbers drawn from U(0,1) in random order x, its
 * sorted version x̂ (ascending) and the true order: {@code order[j]} is the index in x of the j-th smallest
 * number, so {@code x̂_j = x[order[j]]}.
 */
public final class SortingData {
    private final double[][] inputs;
    private final double[][] sorted;
    private final int[][] order;

    private SortingData(double[][] inputs, double[][] sorted, int[][] order) {
        this.inputs = inputs;
        this.sorted = sorted;
        this.order = order;
    }

    /** {@code count} sequences of {@code n} numbers from the generator. */
    public static SortingData generate(int n, int count, SplittableRandom rng) {
        double[][] x = new double[count][n];
        double[][] s = new double[count][];
        int[][] o = new int[count][];
        for (int b = 0; b < count; b++) {
            for (int i = 0; i < n; i++) {
                x[b][i] = rng.nextDouble();
            }
            double[] seq = x[b];
            o[b] = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> seq[i]))
                    .mapToInt(Integer::intValue).toArray();
            s[b] = Arrays.stream(o[b]).mapToDouble(i -> seq[i]).toArray();
        }
        return new SortingData(x, s, o);
    }

    public int count() {
        return inputs.length;
    }

    public int n() {
        return inputs[0].length;
    }

    /** Sequence b as given to the network (a copy). */
    public double[] input(int b) {
        return inputs[b].clone();
    }

    /** Sequence b sorted ascending (a copy). */
    public double[] sorted(int b) {
        return sorted[b].clone();
    }

    /** The true order of sequence b: the input index of the j-th smallest number (a copy). */
    public int[] order(int b) {
        return order[b].clone();
    }

    /** All inputs one after another, {@code count · N} values: the network's batch of single numbers. */
    double[] flatInputs() {
        double[] flat = new double[count() * n()];
        for (int b = 0; b < count(); b++) {
            System.arraycopy(inputs[b], 0, flat, b * n(), n());
        }
        return flat;
    }
}
