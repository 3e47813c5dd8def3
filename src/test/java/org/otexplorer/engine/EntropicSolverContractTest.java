package org.otexplorer.engine;

import org.junit.jupiter.api.Nested;

/** Both entropic solvers, with and without ε-scaling, against the shared solver contract. */
class EntropicSolverContractTest {
    private static final SolverSettings TIGHT =
            SolverSettings.defaults().withEpsilon(1e-3).withTolerance(1e-12).withMaxIterations(200_000);

    @Nested
    class StabilizedScaling extends SolverContract {
        @Override
        protected Solver solver() {
            return new SinkhornSolver();
        }

        @Override
        protected SolverSettings settings() {
            return TIGHT;
        }

        @Override
        protected double exactCostTolerance() {
            return 1e-2;
        }

        @Override
        protected SolverSettings historySettings() {
            return TIGHT.withEpsilon(0.2);
        }

        @Override
        protected double[] handHistory(TransportProblem p, SolverSettings s) {
            return HandIterates.sinkhorn(p, s);
        }
    }

    @Nested
    class StabilizedScalingWithEpsilonScaling extends SolverContract {
        @Override
        protected Solver solver() {
            return new SinkhornSolver();
        }

        @Override
        protected SolverSettings settings() {
            return TIGHT.withEpsilon(1e-4).withEpsilonScaling(true);
        }

        @Override
        protected double exactCostTolerance() {
            return 1e-3;
        }

        @Override
        protected SolverSettings historySettings() {
            return TIGHT.withEpsilon(0.05).withEpsilonScaling(true);
        }

        @Override
        protected double[] handHistory(TransportProblem p, SolverSettings s) {
            return HandIterates.epsilonScaledSinkhorn(p, s);
        }
    }

    @Nested
    class LogDomainWithEpsilonScaling extends SolverContract {
        @Override
        protected Solver solver() {
            return new LogDomainSinkhornSolver();
        }

        @Override
        protected SolverSettings settings() {
            return TIGHT.withEpsilon(1e-4).withEpsilonScaling(true);
        }

        @Override
        protected double exactCostTolerance() {
            return 1e-3;
        }

        @Override
        protected SolverSettings historySettings() {
            return TIGHT.withEpsilon(0.05).withEpsilonScaling(true);
        }

        @Override
        protected double[] handHistory(TransportProblem p, SolverSettings s) {
            return HandIterates.epsilonScaledSinkhorn(p, s);
        }
    }
}
