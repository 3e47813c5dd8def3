package org.otexplorer.engine;

import org.junit.jupiter.api.Nested;

/** The exact, assignment, IPOT and robust (ρ = 0) solvers against the shared solver contract. */
class ExactSolverContractTest {

    @Nested
    class NetworkSimplex extends SolverContract {
        @Override
        protected Solver solver() {
            return new NetworkSimplexSolver();
        }

        @Override
        protected SolverSettings settings() {
            return SolverSettings.defaults();
        }

        @Override
        protected double exactCostTolerance() {
            return 1e-14;
        }

        @Override
        protected SolverSettings historySettings() {
            return settings();
        }

        /** One entry: the exact plan meets the marginals, up to round-off. */
        @Override
        protected double[] handHistory(TransportProblem p, SolverSettings s) {
            return new double[] {0};
        }

        @Override
        protected boolean oneHistoryEntryPerIteration() {
            return false;
        }
    }

    @Nested
    class Assignment extends SolverContract {
        @Override
        protected Solver solver() {
            return new AssignmentSolver();
        }

        @Override
        protected SolverSettings settings() {
            return SolverSettings.defaults();
        }

        @Override
        protected double exactCostTolerance() {
            return 1e-14;
        }

        @Override
        protected SolverSettings historySettings() {
            return settings();
        }

        /** One entry: the exact plan meets the marginals, up to round-off. */
        @Override
        protected double[] handHistory(TransportProblem p, SolverSettings s) {
            return new double[] {0};
        }

        @Override
        protected boolean oneHistoryEntryPerIteration() {
            return false;
        }

        @Override
        protected TransportProblem historyProblem() {
            return TransportProblem.fromCost(new double[][] {{0, 1}, {0.5, 0.2}});
        }

        @Override
        protected TransportProblem marginalsProblem() {
            return squareProblem(7, 7, 11);
        }
    }

    @Nested
    class Ipot extends SolverContract {
        @Override
        protected Solver solver() {
            return new IpotSolver();
        }

        @Override
        protected SolverSettings settings() {
            return SolverSettings.defaults().withBeta(0.1).withTolerance(1e-11).withMaxIterations(200_000);
        }

        @Override
        protected double exactCostTolerance() {
            return 1e-8;
        }

        @Override
        protected SolverSettings historySettings() {
            return settings();
        }

        @Override
        protected double[] handHistory(TransportProblem p, SolverSettings s) {
            return HandIterates.ipot(p, s);
        }
    }

    @Nested
    class RobustWithZeroRadius extends SolverContract {
        @Override
        protected Solver solver() {
            return new RobustSinkhornSolver();
        }

        @Override
        protected SolverSettings settings() {
            return SolverSettings.defaults().withEpsilon(1e-3).withTolerance(1e-12).withMaxIterations(200_000);
        }

        @Override
        protected double exactCostTolerance() {
            return 1e-2;
        }

        @Override
        protected SolverSettings historySettings() {
            return settings().withEpsilon(0.2);
        }

        @Override
        protected double[] handHistory(TransportProblem p, SolverSettings s) {
            return HandIterates.sinkhorn(p, s); // at ρ = 0 the balanced log-domain loop (math.md §2.2)
        }
    }
}
