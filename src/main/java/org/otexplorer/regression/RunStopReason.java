package org.otexplorer.regression;

/**
 * Why an optimizer run stopped ({@link Trace.Summary#stopReason()}); the summary's {@code stopDetail} says
 * more in words. Consumers switch on these values and never parse the detail.
 */
public enum RunStopReason {
    /**
     * The method's own stopping test held: the closed-form fit was computed, the assignment or the most likely
     * permutation no longer changed, the loss changed by less than the tolerance, or (sgd-newton) the Hessian is
     * positive definite and a full Newton step's predicted improvement is below the threshold.
     */
    CONVERGED("converged"),
    /** The loss fell to the requested target ({@code gd}'s parameter {@code targetLoss}). */
    TARGET_REACHED("target reached"),
    /**
     * A method with a fixed amount of work did all of it and has no convergence test ({@code rs}: its
     * {@code samples} draws, then the refit of the best).
     */
    COMPLETED("completed"),
    /**
     * The method stopped making progress without its convergence test holding: a line search found no step that
     * lowers the loss, or the loss stopped improving where the curvature does not show a minimum
     * ({@code sgd-newton}).
     */
    STALLED("stalled"),
    /** The iteration limit was reached before any other stop. */
    ITERATION_LIMIT("iteration limit"),
    /** Cancelled through its {@link RunControl}; the trace holds the iterations made before. */
    CANCELLED("cancelled"),
    /** The loss or the parameters became non-finite, or the loss could not be evaluated any more. */
    DIVERGED("diverged"),
    /** The run could not be made (bad settings, unusable data); set by the callers that catch the failure. */
    FAILED("failed");

    private final String words;

    RunStopReason(String words) {
        this.words = words;
    }

    /** The reason in lower-case words, e.g. "iteration limit". */
    public String words() {
        return words;
    }
}
