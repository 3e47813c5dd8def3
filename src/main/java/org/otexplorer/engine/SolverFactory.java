package org.otexplorer.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.otexplorer.parameters.Parameter;

/**
 * Makes solvers by the method id that the CLI and scenario files use. When unsure, use
 * {@code "sinkhorn"} (stabilized scaling Sinkhorn) for entropic OT and {@code "exact"} for unregularised OT.
 * Adding a solver is one line here; its description and parameter declarations come from the solver.
 */
public final class SolverFactory {
    private static final Map<String, Supplier<Solver>> SOLVERS = new LinkedHashMap<>();

    static {
        SOLVERS.put(SinkhornSolver.ID, SinkhornSolver::new);
        SOLVERS.put(LogDomainSinkhornSolver.ID, LogDomainSinkhornSolver::new);
        SOLVERS.put(IpotSolver.ID, IpotSolver::new);
        SOLVERS.put(NetworkSimplexSolver.ID, NetworkSimplexSolver::new);
        SOLVERS.put(AssignmentSolver.ID, AssignmentSolver::new);
        SOLVERS.put(RobustSinkhornSolver.ID, RobustSinkhornSolver::new);
        SOLVERS.put(UnbalancedSinkhornSolver.ID, UnbalancedSinkhornSolver::new);
    }

    private SolverFactory() {
    }

    /** The method ids this factory knows, in the order the CLI lists them. */
    public static List<String> methodIds() {
        return List.copyOf(SOLVERS.keySet());
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
        Supplier<Solver> solver = SOLVERS.get(id);
        if (solver == null) {
            throw new IllegalArgumentException("unknown method '" + id + "'; expected one of " + methodIds());
        }
        return solver.get();
    }

    /**
     * Every parameter some solver reads, each once, in first-use order: the keys a scenario's engine section
     * may hold (it keeps the values of other methods too, so switching methods loses nothing).
     *
     * @throws IllegalStateException when two solvers declare the same name differently (a programming error)
     */
    public static List<Parameter<?>> allParameters() {
        Map<String, Parameter<?>> all = new LinkedHashMap<>();
        for (String id : SOLVERS.keySet()) {
            for (Parameter<?> p : create(id).parameters()) {
                Parameter<?> earlier = all.putIfAbsent(p.name(), p);
                if (earlier != null && !earlier.sameAs(p)) {
                    throw new IllegalStateException("solver " + id + " declares '" + p.name()
                            + "' differently from another solver");
                }
            }
        }
        return new ArrayList<>(all.values());
    }
}
