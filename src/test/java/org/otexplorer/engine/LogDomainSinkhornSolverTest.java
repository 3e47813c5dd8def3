package org.otexplorer.engine;

/** Log-domain Sinkhorn against the shared solver contract. */
class LogDomainSinkhornSolverTest extends SolverContract {
    @Override
    protected Solver solver() {
        return new LogDomainSinkhornSolver();
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
        return HandIterates.sinkhorn(p, s);
    }
}
