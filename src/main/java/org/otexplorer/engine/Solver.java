package org.otexplorer.engine;

import java.util.List;
import org.otexplorer.parameters.Parameter;

/**
 * One optimal-transport solver. Implementations are stateless and thread-safe; everything a solve
 * needs comes in through the problem and the settings, and everything it found goes out in the
 * {@link TransportResult}. Make one with {@link SolverFactory#create(String)}.
 */
public interface Solver {
    /** The method id used by the CLI and scenario files, e.g. {@code "sinkhorn"}. */
    String id();

    /** Whether the method solves the entropic problem (and so uses ε and returns dual potentials). */
    boolean isEntropic();

    /**
     * Whether a warm start ({@link SolverSettings#withWarmStart}) can change the answer these settings give, not
     * only how fast it comes: the explorer then solves from the start, so that a slider step shows what a fresh
     * solve gives. False unless a solver says otherwise.
     */
    default boolean answerDependsOnStart(SolverSettings settings) {
        return false;
    }

    /** One sentence on what the method computes (help texts, the explorer's solver panel). */
    String description();

    /**
     * The declared parameters this method reads, in the order the explorer shows them
     * ({@link SolverParameters}, or the solver's own declarations).
     */
    List<Parameter<?>> parameters();

    /**
     * Solves the problem.
     *
     * @throws IllegalArgumentException when the problem or settings are not valid for this method; the
     *                                  message names the problem
     */
    TransportResult solve(TransportProblem problem, SolverSettings settings, SolverMonitor monitor);

    /** Solves without progress reports or cancellation. */
    default TransportResult solve(TransportProblem problem, SolverSettings settings) {
        return solve(problem, settings, SolverMonitor.NONE);
    }
}
