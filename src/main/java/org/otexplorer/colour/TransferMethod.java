package org.otexplorer.colour;

import org.otexplorer.engine.IpotSolver;
import org.otexplorer.engine.NetworkSimplexSolver;
import org.otexplorer.engine.SinkhornSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.parameters.Parameter;

/**
 * How a colour plan is solved: exactly (network simplex), by IPOT (β, at most {@code iterations} proximal steps
 * with L = 1) or by Sinkhorn (ε, the stabilised scaling solver, at most {@code iterations}). Costs are squared
 * distances of colours scaled to [0, 1] per channel, so β and ε are on that scale (thesis Fig. 2.7 uses
 * Sinkhorn at ε = 1e-2 and 1e-3).
 *
 * @param kind       which solver
 * @param parameter  β for IPOT, ε for Sinkhorn, unused (0) for the exact solver
 * @param iterations the iteration limit (IPOT, Sinkhorn)
 */
public record TransferMethod(Kind kind, double parameter, int iterations) {
    /** The solvers. */
    public enum Kind {
        EXACT, IPOT, SINKHORN
    }

    /** Marginal-error tolerance of the iterative solvers. */
    public static final double TOLERANCE = 1e-9;

    public TransferMethod {
        if (kind != Kind.EXACT && (!(parameter > 0) || Double.isInfinite(parameter))) {
            throw new IllegalArgumentException((kind == Kind.IPOT ? "IPOT's beta" : "Sinkhorn's epsilon")
                    + " must be a finite number > 0, got " + parameter);
        }
        if (kind != Kind.EXACT && iterations < 1) {
            throw new IllegalArgumentException("iteration limit must be >= 1, got " + iterations);
        }
    }

    /** The exact plan (network simplex). When unsure, this. */
    public static TransferMethod exact() {
        return new TransferMethod(Kind.EXACT, 0, 0);
    }

    /** IPOT with proximal parameter β and at most {@code iterations} steps (L = 1). */
    public static TransferMethod ipot(double beta, int iterations) {
        return new TransferMethod(Kind.IPOT, beta, iterations);
    }

    /** Sinkhorn at ε with at most {@code iterations} iterations. */
    public static TransferMethod sinkhorn(double epsilon, int iterations) {
        return new TransferMethod(Kind.SINKHORN, epsilon, iterations);
    }

    /** E.g. "exact", "IPOT beta = 0.01", "Sinkhorn eps = 0.001". */
    public String label() {
        return switch (kind) {
            case EXACT -> "exact";
            case IPOT -> "IPOT beta = " + Parameter.format(parameter);
            case SINKHORN -> "Sinkhorn eps = " + Parameter.format(parameter);
        };
    }

    /** The plan of {@code problem} by this method. */
    TransportPlan solve(TransportProblem problem) {
        SolverSettings s = SolverSettings.defaults().withTolerance(TOLERANCE).withMaxIterations(Math.max(1, iterations));
        TransportResult r = switch (kind) {
            case EXACT -> new NetworkSimplexSolver().solve(problem, s);
            case IPOT -> new IpotSolver().solve(problem, s.withBeta(parameter).withInnerIterations(1));
            case SINKHORN -> new SinkhornSolver().solve(problem, s.withEpsilon(parameter));
        };
        return r.plan();
    }
}
