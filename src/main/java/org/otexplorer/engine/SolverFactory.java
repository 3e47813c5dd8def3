package org.otexplorer.engine;

import java.util.List;

/**
 * Makes solvers by the method id that the CLI and scenario files use. When unsure, use
 * {@code "sinkhorn"} (stabilized scaling Sinkhorn) for entropic OT and {@code "exact"} for unregularised OT.
 */
public final class SolverFactory {
    private SolverFactory() {
    }

    /** The method ids this factory knows, in the order the CLI lists them. */
    public static List<String> methodIds() {
        return List.of(SinkhornSolver.ID, LogDomainSinkhornSolver.ID, IpotSolver.ID, NetworkSimplexSolver.ID,
                AssignmentSolver.ID, RobustSinkhornSolver.ID, UnbalancedSinkhornSolver.ID);
    }

    /**
     * A solver for the given method id.
     *
     * @throws IllegalArgumentException for an unknown id; the message lists the known ones
     */
    public static Solver create(String id) {
        if (id == null) {
            throw new IllegalArgumentException("no method given; expected one of " + methodIds());
        }
        switch (id) {
            case SinkhornSolver.ID:
                return new SinkhornSolver();
            case LogDomainSinkhornSolver.ID:
                return new LogDomainSinkhornSolver();
            case IpotSolver.ID:
                return new IpotSolver();
            case NetworkSimplexSolver.ID:
                return new NetworkSimplexSolver();
            case AssignmentSolver.ID:
                return new AssignmentSolver();
            case RobustSinkhornSolver.ID:
                return new RobustSinkhornSolver();
            case UnbalancedSinkhornSolver.ID:
                return new UnbalancedSinkhornSolver();
            default:
                throw new IllegalArgumentException("unknown method '" + id + "'; expected one of " + methodIds());
        }
    }
}
