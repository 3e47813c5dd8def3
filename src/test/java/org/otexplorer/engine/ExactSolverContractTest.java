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
    }
}
