package org.otexplorer.engine;

import java.util.Arrays;

/**
 * The starting basis of the network simplex ({@link NetworkSimplexSolver}): the least-cost allocation on the
 * transportation graph, for Orden's perturbed weights (see {@link TransportationTree}).
 */
final class LeastCostStart {
    /** Cells per row and per column the least-cost start considers first. */
    static final int START_CANDIDATES = 8;

    private LeastCostStart() {
    }

    /**
     * The least-cost starting basis for the perturbed weights: cells in increasing cost order get as much flow
     * as their row and column still allow; each allocation closes exactly one line, so the n + m − 1
     * allocations form a spanning tree. Under the perturbation a row and a column never close together. Only the
     * {@link #START_CANDIDATES} cheapest cells of every row and column are sorted at first (sorting all nm cells
     * took about half of a solve at n = 1000), then the cells between the rows and columns those leave open.
     *
     * @param cost   row-major n×m costs
     * @param supply row weights a (n, summing to the same total as the demand)
     * @param demand column weights b (m, all > 0)
     */
    static TransportationTree of(double[] cost, int n, int m, double[] supply, double[] demand) {
        TransportationTree t = new TransportationTree(cost, n, m, supply, demand);
        PerturbedAmounts left = new PerturbedAmounts(n);
        for (int i = 0; i < n; i++) {
            left.set(i, supply[i], 1);
        }
        PerturbedAmounts need = new PerturbedAmounts(m);
        for (int j = 0; j < m; j++) {
            need.set(j, demand[j], j == m - 1 ? n : 0);
        }
        Allocation alloc = new Allocation(t, n, m, left, need);
        // The cheapest few cells of every row and column first, then the cells between the lines still open.
        alloc.run(cellsByApproximateCost(cost, cheapestCells(cost, n, m, START_CANDIDATES)));
        if (!alloc.done()) {
            alloc.run(cellsByApproximateCost(cost, alloc.openCells()));
        }
        t.rebuild();
        return t;
    }

    /**
     * The least-cost allocation over cells in the order given: each cell whose row and column are both open gets as
     * much flow as they still allow, closing one of them (under the perturbation a row and a column never close
     * together), until n + m − 1 cells form the spanning tree.
     */
    private static final class Allocation {
        private final TransportationTree tree;
        private final int m;
        private final PerturbedAmounts left;
        private final PerturbedAmounts need;
        private final boolean[] rowClosed;
        private final boolean[] colClosed;
        private final int edgesNeeded;
        private final long mask;
        private int openRows;
        private int openCols;
        private int edges;

        Allocation(TransportationTree tree, int n, int m, PerturbedAmounts left, PerturbedAmounts need) {
            this.tree = tree;
            this.m = m;
            this.left = left;
            this.need = need;
            rowClosed = new boolean[n];
            colClosed = new boolean[m];
            openRows = n;
            openCols = m;
            edgesNeeded = n + m - 1;
            mask = indexMask(n * m);
        }

        boolean done() {
            return edges == edgesNeeded;
        }

        /** The cells whose row and column are both still open. */
        int[] openCells() {
            int[] cells = new int[openRows * openCols];
            int k = 0;
            for (int i = 0; i < rowClosed.length; i++) {
                if (!rowClosed[i]) {
                    for (int j = 0; j < m; j++) {
                        if (!colClosed[j]) {
                            cells[k++] = i * m + j;
                        }
                    }
                }
            }
            return cells;
        }

        void run(long[] keys) {
            for (long key : keys) {
                if (done()) {
                    return;
                }
                int idx = (int) (key & mask);
                int i = idx / m;
                int j = idx % m;
                if (rowClosed[i] || colClosed[j]) {
                    continue;
                }
                // The guards keep the tree spanning even if rounding upsets the comparison at the very end.
                boolean closeRow = openCols == 1 || (openRows > 1 && left.compare(i, need, j) <= 0);
                if (closeRow) {
                    need.subtract(j, left, i);
                    rowClosed[i] = true;
                    openRows--;
                } else {
                    left.subtract(i, need, j);
                    colClosed[j] = true;
                    openCols--;
                }
                tree.addEdge(edges++, i, j);
            }
        }
    }

    /**
     * The indices of the {@code k} cheapest cells of every row and of every column (with repeats), in one row-major
     * pass: the candidates of the least-cost start, which rarely needs more than a few cells per line.
     */
    private static int[] cheapestCells(double[] c, int n, int m, int k) {
        int kr = Math.min(k, m);
        int kc = Math.min(k, n);
        int[] rowBest = new int[n * kr];
        int[] colBest = new int[m * kc];
        double[] colWorst = new double[m * kc];
        Arrays.fill(colWorst, Double.POSITIVE_INFINITY);
        double[] rowWorst = new double[kr];
        for (int i = 0; i < n; i++) {
            int row = i * m;
            Arrays.fill(rowWorst, Double.POSITIVE_INFINITY);
            for (int j = 0; j < m; j++) {
                double v = c[row + j];
                insert(v, row + j, rowWorst, 0, rowBest, i * kr, kr);
                insert(v, row + j, colWorst, j * kc, colBest, j * kc, kc);
            }
        }
        int[] out = new int[rowBest.length + colBest.length];
        System.arraycopy(rowBest, 0, out, 0, rowBest.length);
        System.arraycopy(colBest, 0, out, rowBest.length, colBest.length);
        return out;
    }

    /**
     * Keeps the {@code k} smallest values of one line, ascending, in {@code values[vo..vo+k)}, with their cells in
     * {@code cells[co..co+k)} (insertion into a short sorted list).
     */
    private static void insert(double v, int cell, double[] values, int vo, int[] cells, int co, int k) {
        int at = k - 1;
        if (!(v < values[vo + at])) {
            return;
        }
        while (at > 0 && values[vo + at - 1] > v) {
            values[vo + at] = values[vo + at - 1];
            cells[co + at] = cells[co + at - 1];
            at--;
        }
        values[vo + at] = v;
        cells[co + at] = cell;
    }

    /**
     * The given cells' indices packed under the high bits of their order-preserving cost bits, sorted, without
     * repeats.
     */
    private static long[] cellsByApproximateCost(double[] c, int[] cells) {
        long mask = indexMask(c.length);
        int count = cells.length;
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            int idx = cells[k];
            long bits = Double.doubleToLongBits(c[idx]);
            long sortable = bits ^ ((bits >> 63) & Long.MAX_VALUE);
            keys[k] = (sortable & ~mask) | idx;
        }
        Arrays.sort(keys);
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (k == 0 || keys[k] != keys[k - 1]) {
                keys[distinct++] = keys[k];
            }
        }
        return distinct == count ? keys : Arrays.copyOf(keys, distinct);
    }

    private static long indexMask(int cells) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, cells - 1));
        return (1L << bits) - 1;
    }
}
