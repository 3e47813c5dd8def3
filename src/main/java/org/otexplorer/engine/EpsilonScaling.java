package org.otexplorer.engine;

/**
 * ε-scaling (annealing): solve at a large ε first, where Sinkhorn converges in a few iterations, then
 * shrink ε geometrically by {@link #FACTOR} down to the target, warm-starting every stage from the
 * previous stage's potentials. Intermediate stages stop at a coarse tolerance; the last one uses the
 * caller's. Iterations, history and time are totals over all stages.
 */
final class EpsilonScaling {
    /** ε shrinks by this factor per stage. */
    static final double FACTOR = 0.5;
    /** Marginal-error tolerance of the intermediate stages (never tighter than the caller's). */
    static final double STAGE_TOLERANCE = 1e-3;

    private EpsilonScaling() {
    }

    /** Runs {@code solver} through the ε schedule from max(C) down to {@code settings.epsilon()}. */
    static TransportResult solve(Solver solver, TransportProblem problem, SolverSettings settings,
                                 SolverMonitor monitor) {
        long start = System.nanoTime();
        double target = settings.epsilon();
        double eps = Math.max(target, problem.maxCost());
        SolverSettings stage = settings.withEpsilonScaling(false);
        IterationHistory history = new IterationHistory();
        int total = 0;
        TransportResult r;
        while (true) {
            boolean last = eps <= target;
            int remaining = settings.maxIterations() - total;
            SolverSettings s = stage.withEpsilon(last ? target : eps)
                    .withTolerance(last ? settings.tolerance() : Math.max(settings.tolerance(), STAGE_TOLERANCE))
                    .withMaxIterations(Math.max(1, remaining));
            int offset = total;
            r = solver.solve(problem, s, offsetMonitor(monitor, offset));
            total += r.iterations();
            history.addAll(r.marginalErrorHistory());
            if (last || r.stopReason() == StopReason.CANCELLED || r.stopReason() == StopReason.NUMERICAL_BREAKDOWN
                    || total >= settings.maxIterations()) {
                break;
            }
            stage = stage.withWarmStart(r.f(), r.g());
            eps = Math.max(target, eps * FACTOR);
        }
        StopReason reason = r.epsilon() == target || r.stopReason() != StopReason.CONVERGED
                ? r.stopReason() : StopReason.MAX_ITERATIONS;
        return r.toBuilder()
                .iterations(total)
                .marginalErrorHistory(history.toArray())
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9)
                .build(problem);
    }

    private static SolverMonitor offsetMonitor(SolverMonitor monitor, int offset) {
        return new SolverMonitor() {
            @Override
            public void iteration(int iteration, double marginalError) {
                monitor.iteration(offset + iteration, marginalError);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
