package org.otexplorer.engine;

/**
 * One phase of a solve and the iterations it took, in the order the phases ran: for instance
 * {@code sinkhorn 812} then {@code newton 6} when the Sinkhorn rate stalled and the solver switched to Newton
 * steps on the dual (math.md §2.4). Iterations of all phases add up to {@link TransportResult#iterations()}.
 *
 * @param name       {@link #SINKHORN}, {@link #NEWTON} or {@link #EPSILON_SCALING}
 * @param iterations iterations (sweeps, or Newton steps) of this phase
 */
public record SolverPhase(String name, int iterations) {
    /** Sinkhorn (scaling or log-domain) iterations. */
    public static final String SINKHORN = "sinkhorn";
    /** Newton steps on the dual, each a conjugate-gradient solve and a line search (math.md §2.4). */
    public static final String NEWTON = "newton";
    /** The intermediate stages of ε-scaling, all together (the last stage lists its own phases). */
    public static final String EPSILON_SCALING = "epsilon-scaling";
}
