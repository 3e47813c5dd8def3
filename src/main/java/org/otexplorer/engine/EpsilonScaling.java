package org.otexplorer.engine;

import java.util.List;

/**
 * ε-scaling (annealing): solve at a large ε first, where Sinkhorn converges in a few iterations, then
 * shrink ε geometrically by {@link #FACTOR} down to the target, warm-starting every stage from the
 * previous stage's potentials. Intermediate stages stop at a coarse tolerance and never switch to Newton; the
 * last one uses the caller's tolerance and Newton flag (math.md §2.4). Iterations, history and time are totals
 * over all stages; the phases list the intermediate stages together, then the last stage's own phases. When the
 * iteration limit ends the schedule early, the result is the plan of the stage reached, at that stage's ε, not
 * converged, and a warning says so.
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
        double lastStage = Math.max(target, EntropicSolverSupport.epsilonFloor(problem));
        double eps = Math.max(lastStage, problem.maxCost());
        SolverSettings stage = settings.withEpsilonScaling(false);
        IterationHistory history = new IterationHistory();
        int total = 0;
        int intermediate = 0;
        TransportResult r;
        while (true) {
            boolean last = eps <= lastStage;
            int remaining = settings.maxIterations() - total;
            SolverSettings s = stage.withEpsilon(last ? target : eps)
                    .withTolerance(last ? settings.tolerance() : Math.max(settings.tolerance(), STAGE_TOLERANCE))
                    .withNewton(last && settings.newton())
                    .withMaxIterations(Math.max(1, remaining));
            r = solver.solve(problem, s, offsetMonitor(monitor, total));
            total += r.iterations();
            history.addAll(r.marginalErrorHistory());
            if (last || r.stopReason() == StopReason.CANCELLED || r.stopReason() == StopReason.NUMERICAL_BREAKDOWN
                    || total >= settings.maxIterations()) {
                break;
            }
            intermediate += r.iterations();
            stage = stage.withWarmStart(r.f(), r.g());
            eps = Math.max(lastStage, eps * FACTOR);
        }
        boolean reachedTarget = eps <= lastStage;
        TransportResult.Builder out = r.toBuilder();
        out.phases(List.of()).phase(SolverPhase.EPSILON_SCALING, reachedTarget ? intermediate : total);
        if (reachedTarget) {
            r.phases().forEach(p -> out.phase(p.name(), p.iterations()));
        } else if (r.stopReason() != StopReason.CANCELLED && total >= settings.maxIterations()) {
            out.stopReason(r.stopReason() == StopReason.CONVERGED ? StopReason.MAX_ITERATIONS : r.stopReason())
                    .warning(String.format("epsilon-scaling stopped at the iteration limit in the stage at epsilon = "
                            + "%.3g, before the target %.3g: the plan is that stage's, not converged", r.epsilon(), target));
        }
        return out.iterations(total)
                .marginalErrorHistory(history.toArray())
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
            public void phase(String name) {
                monitor.phase(name);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
