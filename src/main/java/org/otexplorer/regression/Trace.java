package org.otexplorer.regression;

import java.util.List;

/**
 * A finished (or stopped) optimizer run: its entries, its final summary and parameters.
 *
 * @param method     optimizer id
 * @param entries    one entry per iteration
 * @param summary    the final loss, errors, iterations, time and why it stopped
 * @param parameters the final Θ
 */
public record Trace(String method, List<TraceEntry> entries, Summary summary, double[][] parameters) {

    /**
     * @param loss              final loss ({@code null} when no iteration finished)
     * @param parameterError    final {@code ||Θ − W*||/||W*||}
     * @param relativeTestError final relative test error
     * @param iterations        iterations made
     * @param seconds           wall-clock time
     * @param stopReason        e.g. "converged", "max iterations", "cancelled", "diverged: loss is NaN"
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Summary(Double loss, Double parameterError, Double relativeTestError, int iterations, double seconds,
                          String stopReason) {
    }
}
