package org.otexplorer.ui.transport;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.otexplorer.service.SolveView;

/**
 * The plan as the heatmap shows it: optionally with columns ordered by the optimal assignment (each column
 * placed at the row that sends it most mass, so a matching becomes a diagonal) and optionally on a log10
 * color scale clipped to a useful dynamic range: entries more than {@code decades} decades below the largest (zeros
 * of exact, sparse plans and the underflow of small ε among them) take the lowest colour, so the scale shows the
 * structure of the plan rather than 300 decades of underflow.
 *
 * @param rows        n
 * @param columns     m
 * @param values      row-major color values (P_ij or log10 P_ij)
 * @param columnOrder original column index of each displayed column
 * @param logScale    whether {@code values} are log10
 */
public record PlanDisplay(int rows, int columns, double[] values, int[] columnOrder, boolean logScale) {

    /** The display of a solve's plan, a log scale spanning {@code decades} decades below the largest entry. */
    public static PlanDisplay of(SolveView view, boolean sortByAssignment, boolean logScale, int decades) {
        int n = view.n();
        int m = view.m();
        int[] order = sortByAssignment ? assignmentOrder(view) : IntStream.range(0, m).toArray();
        double largest = Arrays.stream(view.plan()).max().orElse(0);
        double floor = logScale ? Math.max(largest * Math.pow(10, -decades), smallestPositive(view.plan())) : 0;
        double[] z = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int jj = 0; jj < m; jj++) {
                double p = view.planEntry(i, order[jj]);
                z[i * m + jj] = logScale ? Math.log10(Math.max(p, floor)) : p;
            }
        }
        return new PlanDisplay(n, m, z, order, logScale);
    }

    /** The entries of {@code values} in the display's column order. */
    static double[] permuted(double[] values, int[] order) {
        double[] out = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = values[order[k]];
        }
        return out;
    }

    /** Largest displayed value (the top of the color scale). */
    public double max() {
        return Arrays.stream(values).max().orElse(0);
    }

    /** Columns sorted by the row that sends each of them the most mass (ties: original order). */
    static int[] assignmentOrder(SolveView view) {
        int n = view.n();
        int m = view.m();
        int[] heaviestRow = new int[m];
        for (int j = 0; j < m; j++) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (view.planEntry(i, j) > view.planEntry(best, j)) {
                    best = i;
                }
            }
            heaviestRow[j] = best;
        }
        return IntStream.range(0, m).boxed().sorted(Comparator.comparingInt(j -> heaviestRow[j]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static double smallestPositive(double[] p) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : p) {
            if (v > 0 && v < min) {
                min = v;
            }
        }
        return Double.isInfinite(min) ? Double.MIN_NORMAL : min;
    }
}
