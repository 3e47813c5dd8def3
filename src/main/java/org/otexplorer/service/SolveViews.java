package org.otexplorer.service;

import org.otexplorer.engine.RobustSinkhornSolver;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/** Copies a finished solve into the plain {@link SolveView} the UI draws. */
final class SolveViews {
    private SolveViews() {
    }

    static SolveView of(long requestId, TransportRun.Solved solved, int outlierTargets) {
        TransportProblem p = solved.problem();
        TransportResult r = solved.result();
        TransportPlan plan = r.plan();
        return new SolveView(requestId, r.method(), p.sourcePoints(), p.targetPoints(), p.n(), p.m(),
                plan.values(), p.costArray(), p.sourceWeights(), p.targetWeights(), plan.rowSums(),
                plan.columnSums(), r.hasPotentials() ? r.f() : null, r.hasPotentials() ? r.g() : null,
                r.assignment(), r.epsilon(), p.meanCost(), r.transportCost(), r.iterations(), PhaseTotals.of(r.phases()), stoppingError(r), errorName(r), r.marginalError(),
                r.marginalErrorHistory(), r.converged(), describe(r), r.warnings(), solved.warmStarted(),
                r.elapsedSeconds(), outlierTargets);
    }

    private static String describe(TransportResult r) {
        return switch (r.stopReason()) {
            case CONVERGED -> "converged";
            case MAX_ITERATIONS -> "iteration limit reached";
            case CANCELLED -> SolveView.INTERMEDIATE; // an explicit cancel delivers no result
            case NUMERICAL_BREAKDOWN -> "precision limit";
        };
    }

    /**
     * The error the method stops on, by the name the status bar shows: a method with penalised marginals
     * (unbalanced OT) converges on its optimality residual ‖P1 − ã‖₁ + ‖Pᵀ1 − b̃‖₁ (its recorded history), not on
     * the distance to a and b, which is not zero by design; robust OT on the marginal error against its relaxed marginals; the others on the marginal error.
     */
    private static String errorName(TransportResult r) {
        if (r.marginalsPenalised()) {
            return "residual";
        }
        return RobustSinkhornSolver.ID.equals(r.method()) ? "error vs relaxed marginals" : "error";
    }

    private static double stoppingError(TransportResult r) {
        double[] history = r.marginalErrorHistory();
        return r.marginalsPenalised() && history.length > 0 ? history[history.length - 1]
                : r.marginalError();
    }
}
