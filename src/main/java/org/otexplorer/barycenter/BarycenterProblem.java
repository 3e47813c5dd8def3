package org.otexplorer.barycenter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.otexplorer.histogram.Grid;
import org.otexplorer.histogram.Histograms;

/**
 * K histograms {@code p_k} on one grid with weights {@code λ_k ≥ 0}, {@code Σ λ_k = 1}: the data of the barycenter
 * problem {@code min_q Σ_k λ_k W(q, p_k)} (thesis Eq. 2.9). Inputs are copied and scaled to mass one; bad input
 * (a histogram with a negative, NaN or infinite bin or zero mass, the wrong number of bins, weights that are
 * negative or do not sum to one) is rejected with a message naming it.
 */
public final class BarycenterProblem {
    /** Tolerance on {@code |Σ λ_k − 1|}. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    private final Grid grid;
    private final List<double[]> inputs;
    private final double[] weights;

    private BarycenterProblem(Grid grid, List<double[]> inputs, double[] weights) {
        this.grid = grid;
        this.inputs = inputs;
        this.weights = weights;
    }

    /**
     * The problem for the given inputs and weights.
     *
     * @throws IllegalArgumentException naming the bad input
     */
    public static BarycenterProblem of(Grid grid, List<double[]> inputs, double[] weights) {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("a barycenter needs at least one input histogram");
        }
        if (weights == null || weights.length != inputs.size()) {
            throw new IllegalArgumentException("there are " + inputs.size() + " inputs but "
                    + (weights == null ? 0 : weights.length) + " weights lambda");
        }
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            if (!Double.isFinite(weights[k]) || weights[k] < 0) {
                throw new IllegalArgumentException("weight lambda_" + k + " must be a finite number >= 0, got "
                        + weights[k]);
            }
            sum += weights[k];
        }
        if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
            throw new IllegalArgumentException("weights lambda sum to " + sum + ", not 1");
        }
        List<double[]> copies = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            String name = "input histogram " + k;
            grid.requireFits(inputs.get(k), name);
            copies.add(Histograms.normalized(inputs.get(k), name));
        }
        return new BarycenterProblem(grid, List.copyOf(copies), weights.clone());
    }

    /** Equal weights 1/K. */
    public static BarycenterProblem uniform(Grid grid, List<double[]> inputs) {
        double[] w = new double[inputs == null ? 0 : inputs.size()];
        Arrays.fill(w, 1.0 / Math.max(1, w.length));
        return of(grid, inputs, w);
    }

    /** The same inputs with other weights (validated as in {@link #of}). */
    public BarycenterProblem withWeights(double[] newWeights) {
        return of(grid, inputs, newWeights);
    }

    public Grid grid() {
        return grid;
    }

    /** Number of inputs K. */
    public int size() {
        return inputs.size();
    }

    /** Input k (mass one); shared, do not modify. */
    public double[] input(int k) {
        return inputs.get(k);
    }

    /** The inputs (mass one each); shared, do not modify. */
    public List<double[]> inputs() {
        return inputs;
    }

    /** λ_k. */
    public double weight(int k) {
        return weights[k];
    }

    /** The weights λ (a copy). */
    public double[] weights() {
        return weights.clone();
    }
}
