package org.otexplorer.ui.transport;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.otexplorer.service.SolveView;

/**
 * A matrix of a solve as the heatmap shows it: the plan P (optionally on a log10 colour scale clipped to a useful
 * dynamic range: entries more than {@code decades} decades below the largest — zeros of exact, sparse plans and
 * the underflow of small ε among them — take the lowest colour, so the scale shows the structure of the plan
 * rather than 300 decades of underflow; the lowest colour is at least a decade below the smallest positive entry, so
 * that the zeros of a plan whose entries all have one value, an exact or assignment plan, show apart from its
 * entries on a colour bar of one decade rather than on a degenerate one), the cost matrix C, or the difference P_A − P_B of two plans. Rows and
 * columns are shown in an order: columns by the optimal assignment (each column placed at the row that sends it
 * most mass, so a matching becomes a diagonal) when asked, and for one-dimensional points rows and columns by
 * position, the classic layout in which the monotone 1-D matching is a staircase along the diagonal.
 *
 * @param rows        n
 * @param columns     m
 * @param values      row-major colour values in display order (P_ij, log10 P_ij, C_ij or a difference)
 * @param rowOrder    original row index of each displayed row
 * @param columnOrder original column index of each displayed column
 * @param logScale    whether {@code values} are log10
 * @param quantity    what the values are: {@code "P"}, {@code "C"} or {@code "P_A − P_B"}
 * @param largestEntry the largest entry of the plan shown (max P, whatever the colour scale; 0 for C and P_A − P_B)
 */
public record PlanDisplay(int rows, int columns, double[] values, int[] rowOrder, int[] columnOrder, boolean logScale,
                          String quantity, double largestEntry) {
    /** What a plan display shows. */
    public static final String PLAN = "P";
    /** What a cost display shows. */
    public static final String COST = "C";
    /** What a difference display shows. */
    public static final String DIFFERENCE = "P_A − P_B";

    /** The display of a solve's plan, a log scale spanning {@code decades} decades below the largest entry. */
    public static PlanDisplay of(SolveView view, boolean sortByAssignment, boolean logScale, int decades) {
        int[][] orders = orders(view, sortByAssignment);
        return of(view, orders[0], orders[1], logScale, decades);
    }

    /** The display of a solve's plan in given row and column orders (pane B in pane A's order). */
    public static PlanDisplay of(SolveView view, int[] rowOrder, int[] columnOrder, boolean logScale, int decades) {
        double largest = Arrays.stream(view.plan()).max().orElse(0);
        double floor = logScale ? Math.max(largest * Math.pow(10, -decades), smallestPositive(view.plan()) / 10) : 0;
        double[] z = arranged(view.plan(), view.m(), rowOrder, columnOrder);
        if (logScale) {
            for (int k = 0; k < z.length; k++) {
                z[k] = Math.log10(Math.max(z[k], floor));
            }
        }
        return new PlanDisplay(rowOrder.length, columnOrder.length, z, rowOrder, columnOrder, logScale, PLAN, largest);
    }

    /** The cost matrix C of a solve in the given orders, on a linear scale. */
    public static PlanDisplay cost(SolveView view, int[] rowOrder, int[] columnOrder) {
        return new PlanDisplay(rowOrder.length, columnOrder.length, arranged(view.cost(), view.m(), rowOrder,
                columnOrder), rowOrder, columnOrder, false, COST, 0);
    }

    /** P_A − P_B entry by entry (linear, whatever the plans' colour scale), in the given orders. */
    public static PlanDisplay difference(SolveView a, SolveView b, int[] rowOrder, int[] columnOrder) {
        if (a.n() != b.n() || a.m() != b.m()) {
            throw new IllegalArgumentException("the two plans differ in size: " + a.n() + " × " + a.m() + " and "
                    + b.n() + " × " + b.m());
        }
        double[] pa = arranged(a.plan(), a.m(), rowOrder, columnOrder);
        double[] pb = arranged(b.plan(), b.m(), rowOrder, columnOrder);
        for (int k = 0; k < pa.length; k++) {
            pa[k] -= pb[k];
        }
        return new PlanDisplay(rowOrder.length, columnOrder.length, pa, rowOrder, columnOrder, false, DIFFERENCE, 0);
    }

    /**
     * The row and column orders of a solve's display: by position for one-dimensional points, else rows as given
     * and columns by the assignment when {@code sortByAssignment}.
     */
    public static int[][] orders(SolveView view, boolean sortByAssignment) {
        if (view.sourcePoints()[0].length == 1) {
            return new int[][] {byPosition(view.sourcePoints()), byPosition(view.targetPoints())};
        }
        int[] rows = IntStream.range(0, view.n()).toArray();
        int[] columns = sortByAssignment ? assignmentOrder(view) : IntStream.range(0, view.m()).toArray();
        return new int[][] {rows, columns};
    }

    /** The entries of {@code values} in an order. */
    static double[] permuted(double[] values, int[] order) {
        double[] out = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = values[order[k]];
        }
        return out;
    }

    /** Smallest and largest displayed value. */
    public double[] span() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return values.length == 0 ? new double[] {0, 0} : new double[] {lo, hi};
    }

    /** Largest displayed value (the top of the colour scale). */
    public double max() {
        return span()[1];
    }

    /** The displayed value of the cell in display row {@code i}, display column {@code jj}. */
    public double value(int i, int jj) {
        return values[i * columns + jj];
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

    /** Indices of one-dimensional points in increasing position (ties: original order). */
    static int[] byPosition(double[][] points) {
        return IntStream.range(0, points.length).boxed().sorted(Comparator.comparingDouble(k -> points[k][0]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static double[] arranged(double[] matrix, int m, int[] rowOrder, int[] columnOrder) {
        double[] z = new double[rowOrder.length * columnOrder.length];
        for (int i = 0; i < rowOrder.length; i++) {
            for (int jj = 0; jj < columnOrder.length; jj++) {
                z[i * columnOrder.length + jj] = matrix[rowOrder[i] * m + columnOrder[jj]];
            }
        }
        return z;
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
