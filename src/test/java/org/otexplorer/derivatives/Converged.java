package org.otexplorer.derivatives;

import org.otexplorer.engine.LogDomainSinkhornSolver;
import org.otexplorer.engine.SinkhornNewton;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/** Sinkhorn converged to round-off (log-domain to 1e-14, then Newton polish), as math.md §13.2 asks. */
final class Converged {
    private Converged() {
    }

    static TransportResult solve(TransportProblem p, double eps) {
        TransportResult r = new LogDomainSinkhornSolver().solve(p, SolverSettings.defaults().withEpsilon(eps)
                .withTolerance(1e-14).withMaxIterations(1_000_000));
        return SinkhornNewton.polish(p, r, 0);
    }

    /** The §13.1 cross-language fixture: three sources, four targets, uniform weights. */
    static TransportProblem referenceProblem() {
        double[][] x = {{0.0, 0.0}, {1.0, 0.2}, {0.3, 0.8}};
        double[][] y = {{0.1, 0.1}, {0.9, 0.0}, {0.5, 1.0}, {0.2, 0.6}};
        return TransportProblem.fromPoints(x, y);
    }
}
