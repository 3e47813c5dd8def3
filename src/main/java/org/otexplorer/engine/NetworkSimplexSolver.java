package org.otexplorer.engine;

/**
 * Exact (unregularised) OT by the network simplex method on the bipartite transportation graph
 * (Dantzig's transportation simplex / MODI; Ahuja, Magnanti and Orlin, "Network Flows", ch. 11).
 * General weights and n ≠ m are allowed; the weights must sum to 1 within
 * {@link TransportProblem#WEIGHT_SUM_TOLERANCE}.
 *
 * <p>The basis is a spanning tree of the n + m nodes ({@link TransportationTree}) with node potentials
 * {@code u_i + v_j = C_ij} on its cells. The start is the least-cost allocation. Pricing is block search:
 * cells are scanned cyclically in blocks of about √(nm) and the most negative reduced cost
 * {@code C_ij − u_i − v_j} of the first block that has one enters; a full scan without one proves optimality
 * (reduced costs ≥ −10⁻¹² · max|C|). Anti-cycling is Orden's perturbation of the weights (see
 * {@link TransportationTree}), which makes every pivot strictly improving, so the method terminates.
 * Points of zero weight are set aside ({@link PositiveSupport}; they send and receive nothing), which the
 * perturbation needs.
 *
 * <p>The flows are recomputed from the final tree and the true weights, so the marginal error is at rounding
 * level, and the plan is a vertex of the transport polytope: at most n + m − 1 nonzeros. The result has
 * ε = 0, objective = transport cost {@code <C,P>}, and no potentials (the LP duals of a degenerate vertex are
 * not unique, so none are reported). The iteration count is the number of pivots.
 */
public final class NetworkSimplexSolver extends NamedSolver {
    public static final String ID = "exact";

    public NetworkSimplexSolver() {
        super(ID, false, "Unregularised OT solved exactly by the network simplex: a sparse vertex plan.",
                java.util.List.of());
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        problem.requireBalanced();
        long start = System.nanoTime();
        PositiveSupport support = PositiveSupport.of(problem);
        TransportProblem reduced = support.reduced();
        int n = reduced.n();
        int m = reduced.m();
        double[] c = reduced.costArray();
        double[] b = reduced.targetWeights();
        TransportationTree tree = LeastCostStart.of(c, n, m, reduced.sourceWeights(), b);
        double tolerance = 1e-12 * Math.max(1, maxAbs(c));
        long pivotLimit = Math.max(settings.maxIterations(), 1000L * (n + m));
        BlockPricing pricing = new BlockPricing(c, n, m);
        int pivots = 0;
        StopReason reason = StopReason.CONVERGED;
        while (true) {
            int entering = pricing.enteringCell(tree.potentials(), tolerance);
            if (entering < 0) {
                // Optimality is only declared on potentials freshly computed from the tree.
                if (tree.refresh()) {
                    continue;
                }
                break;
            }
            if (pivots >= pivotLimit) {
                reason = StopReason.MAX_ITERATIONS;
                break;
            }
            if ((pivots & 255) == 0 && monitor.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            tree.pivot(entering / m, entering % m);
            pivots++;
        }
        double[] plan = support.expand(tree.plan());
        TransportResult r = TransportResult.builder(ID)
                .epsilon(0)
                .plan(new TransportPlan(problem.n(), problem.m(), plan))
                .iterations(pivots)
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9)
                .build(problem);
        monitor.iteration(pivots, r.marginalError());
        return r.toBuilder().marginalErrorHistory(new double[] {r.marginalError()}).build(problem);
    }

    /**
     * Block search pricing: scans the cells cyclically, resuming where the last scan stopped, and returns the
     * most negative reduced cost of the first block of about √(nm) cells that has one below −tolerance, or −1
     * once a full pass over all cells finds none (the optimality certificate).
     */
    private static final class BlockPricing {
        private final double[] cost;
        private final int n;
        private final int m;
        private final int block;
        private int row;
        private int col;

        BlockPricing(double[] cost, int n, int m) {
            this.cost = cost;
            this.n = n;
            this.m = m;
            this.block = Math.max(32, (int) Math.sqrt((double) n * m));
        }

        int enteringCell(double[] potential, double tolerance) {
            int entering = -1;
            double best = -tolerance;
            long unscanned = (long) n * m;
            int blockLeft = block;
            // Row segments: the inner loop runs over contiguous cells of one row with u_i hoisted.
            while (unscanned > 0) {
                int count = (int) Math.min(Math.min(m - col, blockLeft), unscanned);
                int base = row * m;
                double u = potential[row];
                for (int j = col, end = col + count; j < end; j++) {
                    double rc = cost[base + j] - u - potential[n + j];
                    if (rc < best) {
                        best = rc;
                        entering = base + j;
                    }
                }
                unscanned -= count;
                blockLeft -= count;
                col += count;
                if (col == m) {
                    col = 0;
                    row = row + 1 == n ? 0 : row + 1;
                }
                if (blockLeft == 0) {
                    if (entering >= 0) {
                        break;
                    }
                    blockLeft = block;
                }
            }
            return entering;
        }
    }

    private static double maxAbs(double[] c) {
        double scale = 0;
        for (double v : c) {
            scale = Math.max(scale, Math.abs(v));
        }
        return scale;
    }
}
