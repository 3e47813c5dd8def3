package org.otexplorer.engine;

import java.util.Arrays;

/**
 * Linear assignment (n = m, uniform weights) by the shortest augmenting path method of Jonker and
 * Volgenant (1987, "A shortest augmenting path algorithm for dense and sparse linear assignment
 * problems"): column reduction and reduction transfer give feasible duals and match most rows; each
 * remaining row is then inserted by a Dijkstra search over reduced costs {@code C_ij − u_i − v_j} with dual
 * updates, which finds the cheapest augmenting path. O(n³), exact. (JV's augmenting row reduction is not
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
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOfColumn = new int[n + 1];
        int[] previousColumn = new int[n + 1];
        double[] minReduced = new double[n + 1];
        boolean[] visited = new boolean[n + 1];
        boolean[] assigned = reduceColumns(costRowMajor, n, u, v, rowOfColumn);
        for (int row = 1; row <= n; row++) {
            if (assigned[row]) {
                continue;
            }
            // Column 0 is a virtual column holding the row being inserted.
            rowOfColumn[0] = row;
            int column = 0;
            Arrays.fill(minReduced, Double.POSITIVE_INFINITY);
            Arrays.fill(visited, false);
            do {
                visited[column] = true;
                int i = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int nextColumn = -1;
                int base = (i - 1) * n - 1;
                for (int j = 1; j <= n; j++) {
                    if (visited[j]) {
                        continue;
                    }
                    double reduced = costRowMajor[base + j] - u[i] - v[j];
                    if (reduced < minReduced[j]) {
                        minReduced[j] = reduced;
                        previousColumn[j] = column;
                    }
                    if (minReduced[j] < delta) {
                        delta = minReduced[j];
                        nextColumn = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (visited[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minReduced[j] -= delta;
                    }
                }
                column = nextColumn;
            } while (rowOfColumn[column] != 0);
            // Augment along the shortest path back to the virtual column.
            do {
                int prev = previousColumn[column];
                rowOfColumn[column] = rowOfColumn[prev];
                column = prev;
            } while (column != 0);
        }
        int[] assignment = new int[n];
        for (int j = 1; j <= n; j++) {
            assignment[rowOfColumn[j] - 1] = j - 1;
        }
        return assignment;
    }

    /**
     * Jonker–Volgenant's initialisation: column reduction {@code v_j = min_i C_ij} (u = 0), each row that is
     * the minimum of some column taking one such column, then reduction transfer: a matched row i with column
     * j1 moves the slack {@code μ = min_{j≠j1} (C_ij − v_j)} from {@code v_j1} to {@code u_i}. Afterwards
     * {@code u_i + v_j ≤ C_ij} everywhere with equality on the matched pairs, the invariant the augmentation
     * phase needs, and typically most rows are already matched. Indices are 1-based as in the caller.
     *
     * @return which rows are matched
     */
    private static boolean[] reduceColumns(double[] c, int n, double[] u, double[] v, int[] rowOfColumn) {
        boolean[] assigned = new boolean[n + 1];
        int[] columnOfRow = new int[n + 1];
        for (int j = n; j >= 1; j--) {
            int best = 1;
            for (int i = 2; i <= n; i++) {
                if (c[(i - 1) * n + j - 1] < c[(best - 1) * n + j - 1]) {
                    best = i;
                }
            }
            v[j] = c[(best - 1) * n + j - 1];
            if (!assigned[best]) {
                assigned[best] = true;
                columnOfRow[best] = j;
                rowOfColumn[j] = best;
            }
        }
        for (int i = 1; i <= n && n > 1; i++) {
            if (!assigned[i]) {
                continue;
            }
            int j1 = columnOfRow[i];
            double slack = Double.POSITIVE_INFINITY;
            for (int j = 1; j <= n; j++) {
                if (j != j1) {
                    slack = Math.min(slack, c[(i - 1) * n + j - 1] - v[j]);
                }
            }
            v[j1] -= slack;
            u[i] += slack;
        }
        return assigned;
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
