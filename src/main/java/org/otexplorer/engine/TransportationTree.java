package org.otexplorer.engine;

import java.util.Arrays;

/**
 * The spanning-tree basis of the transportation simplex: n row nodes {@code 0..n−1} and m column nodes
 * {@code n..n+m−1}, joined by n + m − 1 basic cells, rooted at row 0. Keeps parents, depths, node
 * potentials ({@code u_i + v_j = C_ij} on every basic cell, {@code u_0 = 0}) and the basic flows.
 *
 * <p><b>Anti-cycling by Orden's perturbation</b> (Orden 1956, as in Dantzig's "Linear Programming and
 * Extensions"): every supply becomes {@code a_i + δ} and the last column's demand {@code b_m + nδ}, δ → 0⁺. A
 * basic flow is then a pair {@code value + shift·δ} compared lexicographically. The flow on a tree cell is
 * ± (Σ supplies − Σ demands) over the subtree it cuts off, whose δ-part is ± (rows in the subtree − n if the
 * last column is in it); it vanishes only for a subtree that is one column of zero demand, and such columns
 * are removed before solving. So every basis of the perturbed problem is non-degenerate, each pivot strictly
 * lowers the perturbed cost, no basis repeats, and the method terminates.
 *
 * <p>Flows are kept in double-double arithmetic ({@link PerturbedAmounts}): a pivot pushes θ around its cycle,
 * and the plan is finally recomputed from the tree and the true weights (leaves first), so rounding neither
 * accumulates over pivots nor masquerades as a positive flow where the exact sum is zero; the δ-parts are
 * exact integers. A pivot updates parents, depths and potentials only in the subtree it re-hangs; everything
 * is recomputed from the tree every n + m pivots and before optimality is declared ({@link #refresh()}).
 */
final class TransportationTree {
    private final int n;
    private final int m;
    private final double[] cost;
    private final double[] supply;
    private final double[] demand;
    private final int[] edgeRow;
    private final int[] edgeCol;
    private final PerturbedAmounts edgeFlow;
    private final int[][] incident;
    private final int[] degree;
    private final int[] parentEdge;
    private final int[] parent;
    private final int[] depth;
    private final double[] potential;
    private final int[] order;
    private final int[] pathR;
    private final int[] pathS;
    private final int[] stack;
    private final PerturbedAmounts theta = new PerturbedAmounts(1);
    private int pivotsSinceRebuild;

    TransportationTree(double[] cost, int n, int m, double[] supply, double[] demand) {
        this.n = n;
        this.m = m;
        this.cost = cost;
        this.supply = supply;
        this.demand = demand;
        int edges = n + m - 1;
        edgeRow = new int[edges];
        edgeCol = new int[edges];
        edgeFlow = new PerturbedAmounts(edges);
        incident = new int[n + m][4];
        degree = new int[n + m];
        parentEdge = new int[n + m];
        parent = new int[n + m];
        depth = new int[n + m];
        potential = new double[n + m];
        order = new int[n + m];
        pathR = new int[n + m];
        pathS = new int[n + m];
        stack = new int[n + m];
    }

    double rowPotential(int i) {
        return potential[i];
    }

    double columnPotential(int j) {
        return potential[n + j];
    }

    /** The node potentials: rows 0..n−1 then columns; shared, do not modify. */
    double[] potentials() {
        return potential;
    }

    /**
     * Brings cell (i, j) into the basis. The cell closes a cycle through the tree; pushing flow around it
     * lowers the flow on every second cell, starting with the tree cells next to i and to j. The leaving cell
     * is the lexicographic minimum of those (unique under the perturbation; on an exact tie, the last one met
     * walking the cycle from its apex in the entering cell's direction, Cunningham's rule). Its flow θ is
     * pushed around the cycle, and the subtree it cut off is re-hung below the entering cell
     * ({@link #rehang}), so a pivot costs the cycle length plus the size of that subtree.
     */
    void pivot(int i, int j) {
        int x = i;
        int y = n + j;
        int lenR = 0;
        int lenS = 0;
        while (x != y) {
            if (depth[x] >= depth[y]) {
                pathR[lenR++] = parentEdge[x];
                x = parent[x];
            } else {
                pathS[lenS++] = parentEdge[y];
                y = parent[y];
            }
        }
        int leaving = -1;
        boolean leavesOnRowSide = false;
        for (int k = (lenS - 1) & ~1; k >= 0; k -= 2) {
            leaving = smaller(leaving, pathS[k]);
        }
        for (int k = 0; k < lenR; k += 2) {
            int before = leaving;
            leaving = smaller(leaving, pathR[k]);
            leavesOnRowSide |= leaving != before;
        }
        theta.copy(0, edgeFlow, leaving);
        pushAround(pathR, lenR);
        pushAround(pathS, lenS);
        double reducedCost = cost[i * m + j] - potential[i] - potential[n + j];
        removeIncidence(edgeRow[leaving], leaving);
        removeIncidence(n + edgeCol[leaving], leaving);
        addEdge(leaving, i, j);
        edgeFlow.copy(leaving, theta, 0);
        if (leavesOnRowSide) {
            rehang(i, n + j, leaving, reducedCost);
        } else {
            rehang(n + j, i, leaving, reducedCost);
        }
        // Potentials shifted pivot after pivot drift by rounding; an O(n + m) rebuild every n + m pivots
        // resets them (and the flows) to their values from the tree at amortised O(1) cost.
        if (++pivotsSinceRebuild >= n + m) {
            rebuild();
        }
    }

    /**
     * Recomputes potentials and flows from the tree and the weights if any pivot happened since the last
     * recomputation; returns whether it did. Call before accepting a pricing pass that found no entering cell.
     */
    boolean refresh() {
        if (pivotsSinceRebuild == 0) {
            return false;
        }
        rebuild();
        return true;
    }

    /** Along a tree path from an end of the entering cell to the apex: −θ on every second cell, +θ between. */
    private void pushAround(int[] path, int len) {
        for (int k = 0; k < len; k++) {
            if (k % 2 == 0) {
                edgeFlow.subtract(path[k], theta, 0);
            } else {
                edgeFlow.add(path[k], theta, 0);
            }
        }
    }

    /**
     * Re-hangs the subtree cut off by the leaving cell below {@code attach}, the entering cell's other end, with
     * {@code top} (the end inside the subtree) as its new root: a depth-first walk sets parents and depths and
     * shifts the subtree's potentials so that the entering cell has reduced cost 0 (rows and columns shift in
     * opposite directions, which keeps {@code u_i + v_j = C_ij} on the subtree's own cells).
     */
    private void rehang(int top, int attach, int edge, double reducedCost) {
        parent[top] = attach;
        parentEdge[top] = edge;
        depth[top] = depth[attach] + 1;
        boolean topIsRow = top < n;
        int size = 0;
        stack[size++] = top;
        while (size > 0) {
            int node = stack[--size];
            potential[node] += (node < n) == topIsRow ? reducedCost : -reducedCost;
            for (int k = 0; k < degree[node]; k++) {
                int e = incident[node][k];
                if (e == parentEdge[node]) {
                    continue;
                }
                int child = node < n ? n + edgeCol[e] : edgeRow[e];
                parent[child] = node;
                parentEdge[child] = e;
                depth[child] = depth[node] + 1;
                stack[size++] = child;
            }
        }
    }

    /**
     * The plan of the current basis for the true (unperturbed) weights, with the flows recomputed from the tree
     * and the weights; rounding negatives are clamped to 0.
     */
    double[] plan() {
        rebuild();
        double[] plan = new double[n * m];
        for (int e = 0; e < edgeRow.length; e++) {
            plan[edgeRow[e] * m + edgeCol[e]] = Math.max(0, edgeFlow.value(e));
        }
        return plan;
    }

    /** The candidate {@code e} if its perturbed flow is strictly smaller than {@code best}'s, else {@code best}. */
    private int smaller(int best, int e) {
        if (best < 0 || edgeFlow.compare(e, edgeFlow, best) < 0) {
            return e;
        }
        return best;
    }

    /** Makes cell (i, j) basic edge e (the starting allocation's cells); {@link #rebuild()} after the last. */
    void addEdge(int e, int i, int j) {
        edgeRow[e] = i;
        edgeCol[e] = j;
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

    /** Breadth-first walk from row 0 (parents, depths, potentials, visiting order), then the flows. */
    void rebuild() {
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
        recomputeFlows();
        pivotsSinceRebuild = 0;
    }

    /**
     * Leaves first: the flow on a node's parent cell is the net supply of a row's subtree or the net demand of
     * a column's subtree, for the perturbed weights (value and δ-part separately).
     */
    private void recomputeFlows() {
        PerturbedAmounts residual = new PerturbedAmounts(n + m);
        for (int i = 0; i < n; i++) {
            residual.set(i, supply[i], 1);
        }
        for (int j = 0; j < m; j++) {
            residual.set(n + j, demand[j], j == m - 1 ? n : 0);
        }
        for (int k = n + m - 1; k > 0; k--) {
            int node = order[k];
            edgeFlow.copy(parentEdge[node], residual, node);
            residual.subtract(parent[node], residual, node);
        }
    }
}
