package org.otexplorer.engine;

import java.util.Arrays;

/**
 * Linear assignment (n = m, uniform weights) by the shortest augmenting path method of Jonker and
 * Volgenant (1987, "A shortest augmenting path algorithm for dense and sparse linear assignment
 * problems"): column reduction and reduction transfer give feasible duals and match most rows; each
 * remaining row is then inserted by a Dijkstra search over reduced costs {@code C_ij − u_i − v_j}, the duals
 * updated once per inserted row, which finds the cheapest augmenting path. O(n³), exact. (JV's augmenting row reduction is not
 * implemented; it only speeds up the start.)
 * The plan puts 1/n on the optimal permutation; {@link TransportResult#assignment()} gives it.
 */
public final class AssignmentSolver extends NamedSolver {
    public static final String ID = "assignment";

    public AssignmentSolver() {
        super(ID, false, "Optimal one-to-one matching (n = m) by Jonker–Volgenant.",
                java.util.List.of());
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        int n = problem.n();
        if (problem.m() != n) {
            throw new IllegalArgumentException("assignment needs as many target as source points, got " + n + " and "
                    + problem.m() + " (use the exact method for n != m)");
        }
        problem.requireBalanced();
        requireUniform(problem.sourceWeights(), "source");
        requireUniform(problem.targetWeights(), "target");
        long start = System.nanoTime();
        int[] assignment = solveAssignment(problem.costArray(), n);
        double[] plan = new double[n * n];
        for (int i = 0; i < n; i++) {
            plan[i * n + assignment[i]] = 1.0 / n;
        }
        TransportResult r = TransportResult.builder(ID)
                .epsilon(0)
                .plan(new TransportPlan(n, n, plan))
                .assignment(assignment)
                .iterations(n)
                .stopReason(StopReason.CONVERGED)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9)
                .build(problem);
        monitor.iteration(n, r.marginalError());
        return r.toBuilder().marginalErrorHistory(new double[] {r.marginalError()}).build(problem);
    }

    /**
     * The permutation σ minimising {@code Σ_i C_{iσ(i)}} for a square cost matrix (row-major, n×n).
     *
     * @return the column assigned to each row
     * @throws IllegalArgumentException if the array is not n×n or holds a NaN or infinite entry
     */
    public static int[] solveAssignment(double[] costRowMajor, int n) {
        if (n <= 0 || costRowMajor.length != n * n) {
            throw new IllegalArgumentException("assignment needs an n x n cost matrix, got " + costRowMajor.length
                    + " entries for n = " + n);
        }
        for (int k = 0; k < costRowMajor.length; k++) {
            if (!Double.isFinite(costRowMajor[k])) {
                throw new IllegalArgumentException("assignment cost entry (" + k / n + ", " + k % n + ") is not finite: "
                        + costRowMajor[k]);
            }
        }
        double[] u = new double[n];
        double[] v = new double[n];
        int[] rowOfColumn = new int[n];
        int[] columnOfRow = new int[n];
        reduceColumns(costRowMajor, n, u, v, rowOfColumn, columnOfRow);
        ShortestPaths paths = new ShortestPaths(n);
        for (int row = 0; row < n; row++) {
            if (columnOfRow[row] < 0) {
                paths.insert(row, costRowMajor, u, v, rowOfColumn, columnOfRow);
            }
        }
        return columnOfRow;
    }

    /**
     * The augmentation phase's work arrays, reused for every row inserted. {@link #insert} runs Dijkstra's search
     * from an unmatched row over the reduced costs {@code C_ij − u_i − v_j} (non-negative, zero on matched pairs):
     * each step scans the newest row against the columns not yet reached, fixes the nearest column (an unmatched
     * one on ties, which ends the search sooner) and continues from the row matched to it, until it fixes an
     * unmatched column. Only then are the duals moved, for the rows and columns the search reached, by their
     * distance's shortfall from the path's length, which keeps every reduced cost non-negative and makes the path
     * tight, and the matching is flipped along the path. One pass over the remaining columns per step, no dual
     * update per step (Jonker and Volgenant 1987, §3).
     */
    private static final class ShortestPaths {
        private final double[] distance;
        private final int[] previousRow;
        private final int[] remaining;
        private final int[] reachedRows;
        private final int[] fixedColumns;

        ShortestPaths(int n) {
            distance = new double[n];
            previousRow = new int[n];
            remaining = new int[n];
            reachedRows = new int[n];
            fixedColumns = new int[n];
        }

        void insert(int start, double[] c, double[] u, double[] v, int[] rowOfColumn, int[] columnOfRow) {
            int n = distance.length;
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                remaining[j] = j;
            }
            int left = n;
            int rows = 0;
            int columns = 0;
            double length = 0;
            int row = start;
            int sink = -1;
            while (sink < 0) {
                reachedRows[rows++] = row;
                double nearest = Double.POSITIVE_INFINITY;
                int at = -1;
                int base = row * n;
                double offset = length - u[row];
                for (int k = 0; k < left; k++) {
                    int j = remaining[k];
                    double d = offset + c[base + j] - v[j];
                    if (d < distance[j]) {
                        distance[j] = d;
                        previousRow[j] = row;
                    }
                    double dj = distance[j];
                    if (dj < nearest || dj == nearest && rowOfColumn[j] < 0) {
                        nearest = dj;
                        at = k;
                    }
                }
                length = nearest;
                int column = remaining[at];
                remaining[at] = remaining[--left];
                fixedColumns[columns++] = column;
                if (rowOfColumn[column] < 0) {
                    sink = column;
                } else {
                    row = rowOfColumn[column];
                }
            }
            u[start] += length;
            for (int k = 1; k < rows; k++) {
                int i = reachedRows[k];
                u[i] += length - distance[columnOfRow[i]];
            }
            for (int k = 0; k < columns; k++) {
                int j = fixedColumns[k];
                v[j] -= length - distance[j];
            }
            for (int column = sink; ; ) {
                int i = previousRow[column];
                rowOfColumn[column] = i;
                int next = columnOfRow[i];
                columnOfRow[i] = column;
                if (i == start) {
                    break;
                }
                column = next;
            }
        }
    }

    /**
     * Jonker–Volgenant's initialisation: column reduction {@code v_j = min_i C_ij} (u = 0), each row that is
     * the minimum of some column taking one such column, then reduction transfer: a matched row i with column
     * j1 moves the slack {@code μ = min_{j≠j1} (C_ij − v_j)} from {@code v_j1} to {@code u_i}. Afterwards
     * {@code u_i + v_j ≤ C_ij} everywhere with equality on the matched pairs, the invariant the augmentation
     * phase needs, and typically most rows are already matched. Unmatched rows and columns are −1.
     */
    private static void reduceColumns(double[] c, int n, double[] u, double[] v, int[] rowOfColumn,
                                      int[] columnOfRow) {
        Arrays.fill(rowOfColumn, -1);
        Arrays.fill(columnOfRow, -1);
        for (int j = n - 1; j >= 0; j--) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (c[i * n + j] < c[best * n + j]) {
                    best = i;
                }
            }
            v[j] = c[best * n + j];
            if (columnOfRow[best] < 0) {
                columnOfRow[best] = j;
                rowOfColumn[j] = best;
            }
        }
        for (int i = 0; i < n && n > 1; i++) {
            int j1 = columnOfRow[i];
            if (j1 < 0) {
                continue;
            }
            double slack = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != j1) {
                    slack = Math.min(slack, c[i * n + j] - v[j]);
                }
            }
            v[j1] -= slack;
            u[i] += slack;
        }
    }

    private static void requireUniform(double[] w, String side) {
        double expected = 1.0 / w.length;
        for (int i = 0; i < w.length; i++) {
            if (Math.abs(w[i] - expected) > 1e-12) {
                throw new IllegalArgumentException("assignment needs uniform " + side + " weights, but weight " + i
                        + " is " + w[i] + " (use the exact method for general weights)");
            }
        }
    }
}
