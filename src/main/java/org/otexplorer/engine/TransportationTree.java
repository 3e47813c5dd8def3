package org.otexplorer.engine;

import java.util.Arrays;

/**
 * The spanning-tree basis of the transportation simplex: n row nodes {@code 0..n−1} and m column nodes
 * {@code n..n+m−1}, joined by n + m − 1 basic cells with their flows, rooted at row 0. Keeps parents,
 * depths and the node potentials ({@code u_i + v_j = C_ij} on every basic cell, {@code u_0 = 0}).
 */
final class TransportationTree {
    private final int n;
    private final int m;
    private final double[] cost;
    private final int[] edgeRow;
    private final int[] edgeCol;
    private final double[] edgeFlow;
    private final int[][] incident;
    private final int[] degree;
    private final int[] parentEdge;
    private final int[] parent;
    private final int[] depth;
    private final double[] potential;
    private final int[] order;

    private TransportationTree(TransportProblem p) {
        n = p.n();
        m = p.m();
        cost = p.costArray();
        int edges = n + m - 1;
        edgeRow = new int[edges];
        edgeCol = new int[edges];
        edgeFlow = new double[edges];
        incident = new int[n + m][4];
        degree = new int[n + m];
        parentEdge = new int[n + m];
        parent = new int[n + m];
        depth = new int[n + m];
        potential = new double[n + m];
        order = new int[n + m];
    }

    /**
     * The least-cost starting basis: cells in increasing cost order (ties and near-ties in any order) get as
     * much flow as their row and column still allow; each allocation closes exactly one line (the row when
     * both would close), so the n + m − 1 allocations, degenerate zeros included, form a spanning tree.
     */
    static TransportationTree leastCostStart(TransportProblem p) {
        TransportationTree t = new TransportationTree(p);
        int n = t.n;
        int m = t.m;
        double[] supply = p.sourceWeights().clone();
        double[] demand = p.targetWeights().clone();
        boolean[] rowClosed = new boolean[n];
        boolean[] colClosed = new boolean[m];
        int openRows = n;
        int openCols = m;
        int edges = 0;
        for (long key : cellsByApproximateCost(t.cost)) {
            int idx = (int) (key & indexMask(t.cost.length));
            int i = idx / m;
            int j = idx % m;
            if (rowClosed[i] || colClosed[j]) {
                continue;
            }
            boolean closeRow = openCols == 1 || (openRows > 1 && supply[i] <= demand[j]);
            double q = closeRow ? supply[i] : demand[j];
            supply[i] -= q;
            demand[j] -= q;
            t.addEdge(edges++, i, j, Math.max(0, q));
            if (closeRow) {
                rowClosed[i] = true;
                openRows--;
            } else {
                colClosed[j] = true;
                openCols--;
            }
            if (edges == n + m - 1) {
                break;
            }
        }
        t.rebuild();
        return t;
    }

    double rowPotential(int i) {
        return potential[i];
    }

    double columnPotential(int j) {
        return potential[n + j];
    }

    /**
     * Brings cell (i, j) into the basis: pushes the largest feasible flow θ around the cycle it closes and
     * drops a blocking cell (the last one met when walking the cycle from its apex in the direction of the
     * entering cell), then recomputes parents, depths and potentials.
     */
    void pivot(int i, int j) {
        int r = i;
        int s = n + j;
        int[] pathR = new int[depth[r] + 1];
        int[] pathS = new int[depth[s] + 1];
        int lenR = 0;
        int lenS = 0;
        int x = r;
        int y = s;
        while (x != y) {
            if (depth[x] >= depth[y]) {
                pathR[lenR++] = parentEdge[x];
                x = parent[x];
            } else {
                pathS[lenS++] = parentEdge[y];
                y = parent[y];
            }
        }
        // Along each path the first edge loses flow, the next gains, and so on.
        double theta = Double.POSITIVE_INFINITY;
        for (int k = 0; k < lenR; k += 2) {
            theta = Math.min(theta, edgeFlow[pathR[k]]);
        }
        for (int k = 0; k < lenS; k += 2) {
            theta = Math.min(theta, edgeFlow[pathS[k]]);
        }
        int leaving = -1;
        for (int k = (lenS - 1) & ~1; k >= 0 && leaving < 0; k -= 2) {
            if (edgeFlow[pathS[k]] == theta) {
                leaving = pathS[k];
            }
        }
        for (int k = 0; k < lenR && leaving < 0; k += 2) {
            if (edgeFlow[pathR[k]] == theta) {
                leaving = pathR[k];
            }
        }
        shift(pathR, lenR, theta);
        shift(pathS, lenS, theta);
        removeIncidence(edgeRow[leaving], leaving);
        removeIncidence(n + edgeCol[leaving], leaving);
        addEdge(leaving, i, j, theta);
        rebuild();
    }

    /**
     * Flows recomputed from the tree alone for the exact weights (leaves first), so rounding accumulated over
     * the pivots does not reach the plan; round-off negatives are clamped to 0.
     */
    double[] exactPlan(double[] a, double[] b) {
        double[] residual = new double[n + m];
        System.arraycopy(a, 0, residual, 0, n);
        System.arraycopy(b, 0, residual, n, m);
        double[] plan = new double[n * m];
        for (int k = n + m - 1; k > 0; k--) {
            int node = order[k];
            int e = parentEdge[node];
            double flow = Math.max(0, residual[node]);
            residual[parent[node]] -= flow;
            plan[edgeRow[e] * m + edgeCol[e]] = flow;
        }
        return plan;
    }

    private void shift(int[] path, int len, double theta) {
        for (int k = 0; k < len; k++) {
            edgeFlow[path[k]] += (k % 2 == 0) ? -theta : theta;
        }
    }

    private void addEdge(int e, int i, int j, double flow) {
        edgeRow[e] = i;
        edgeCol[e] = j;
        edgeFlow[e] = flow;
        addIncidence(i, e);
        addIncidence(n + j, e);
    }

    private void addIncidence(int node, int e) {
        if (degree[node] == incident[node].length) {
            incident[node] = Arrays.copyOf(incident[node], degree[node] * 2);
        }
        incident[node][degree[node]++] = e;
    }

    private void removeIncidence(int node, int e) {
        int[] list = incident[node];
        for (int k = 0; k < degree[node]; k++) {
            if (list[k] == e) {
                list[k] = list[--degree[node]];
                return;
            }
        }
        throw new IllegalStateException("basis cell " + e + " is not incident to node " + node);
    }

    /** Breadth-first walk from row 0: parents, depths, potentials and the visiting order. */
    private void rebuild() {
        Arrays.fill(parent, -2);
        parent[0] = -1;
        parentEdge[0] = -1;
        depth[0] = 0;
        potential[0] = 0;
        order[0] = 0;
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int node = order[head++];
            for (int k = 0; k < degree[node]; k++) {
                int e = incident[node][k];
                int other = node < n ? n + edgeCol[e] : edgeRow[e];
                if (parent[other] != -2) {
                    continue;
                }
                parent[other] = node;
                parentEdge[other] = e;
                depth[other] = depth[node] + 1;
                potential[other] = cost[edgeRow[e] * m + edgeCol[e]] - potential[node];
                order[tail++] = other;
            }
        }
        if (tail != n + m) {
            throw new IllegalStateException("transportation basis is not a spanning tree (" + tail + " of " + (n + m)
                    + " nodes reached)");
        }
    }

    /** Cell indices packed under the high bits of their order-preserving cost bits, sorted. */
    private static long[] cellsByApproximateCost(double[] c) {
        long mask = indexMask(c.length);
        long[] keys = new long[c.length];
        for (int k = 0; k < c.length; k++) {
            long bits = Double.doubleToLongBits(c[k]);
            long sortable = bits ^ ((bits >> 63) & Long.MAX_VALUE);
            keys[k] = (sortable & ~mask) | k;
        }
        Arrays.sort(keys);
        return keys;
    }

    private static long indexMask(int cells) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, cells - 1));
        return (1L << bits) - 1;
    }
}
