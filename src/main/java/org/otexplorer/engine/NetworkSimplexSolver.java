package org.otexplorer.engine;

/**
 * Exact (unregularised) OT by the network simplex method on the bipartite transportation graph
 * (Dantzig's transportation simplex / MODI; see Ahuja, Magnanti and Orlin, "Network Flows", ch. 11).
 * General weights and n ≠ m are allowed. The basis is a spanning tree of the n + m nodes with n + m − 1
 * basic cells; node potentials satisfy {@code u_i + v_j = C_ij} on the tree; cells with negative reduced
 * cost {@code C_ij − u_i − v_j} enter (block search pricing), the blocking cell of the cycle they close
 * leaves. The start is the least-cost allocation. At the end the flows are recomputed from the final tree
 * and the exact weights, so the marginal error is at rounding level, and the plan is a vertex: at most
 * n + m − 1 nonzeros.
 */
public final class NetworkSimplexSolver extends NamedSolver {
    public static final String ID = "exact";

    public NetworkSimplexSolver() {
        super(ID, false);
    }

    @Override
    public TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor) {
        problem.requireBalanced();
        long start = System.nanoTime();
        int n = problem.n();
        int m = problem.m();
        TransportationTree tree = TransportationTree.leastCostStart(problem);
        double[] c = problem.costArray();
        double scale = 0;
        for (double v : c) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tolerance = 1e-12 * Math.max(1, scale);
        int block = Math.max(32, (int) Math.sqrt((double) n * m));
        long pivotLimit = Math.max(settings.maxIterations(), 1000L * (n + m));
        int next = 0;
        int pivots = 0;
        StopReason reason = StopReason.CONVERGED;
        while (true) {
            // Block search: scan cells cyclically, enter the most negative reduced cost of the first block
            // that has one; a full cycle without any proves optimality.
            int entering = -1;
            double best = -tolerance;
            for (int cnt = 1; cnt <= n * m; cnt++) {
                int idx = next;
                next = next + 1 == n * m ? 0 : next + 1;
                double rc = c[idx] - tree.rowPotential(idx / m) - tree.columnPotential(idx % m);
                if (rc < best) {
                    best = rc;
                    entering = idx;
                }
                if (cnt % block == 0 && entering >= 0) {
                    break;
                }
            }
            if (entering < 0) {
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
        double[] plan = tree.exactPlan(problem.sourceWeights(), problem.targetWeights());
        TransportResult.Builder result = TransportResult.builder(ID)
                .epsilon(0)
                .plan(new TransportPlan(n, m, plan))
                .iterations(pivots)
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9);
        TransportResult r = result.build(problem);
        monitor.iteration(pivots, r.marginalError());
        return r.toBuilder().marginalErrorHistory(new double[] {r.marginalError()}).build(problem);
    }
}
