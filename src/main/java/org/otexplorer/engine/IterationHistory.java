package org.otexplorer.engine;

import java.util.Arrays;

/** A growable record of the marginal error at each check, without boxing. */
final class IterationHistory {
    private double[] values = new double[64];
    private int size;

    void add(double error) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = error;
    }

    void addAll(double[] errors) {
        for (double e : errors) {
            add(e);
        }
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
