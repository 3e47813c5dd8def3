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
     * @param stopReason        why the run stopped
     * @param stopDetail        the reason in words, e.g. "the assignment no longer changes" (never {@code null})
     */
    public record Summary(Double loss, Double parameterError, Double relativeTestError, int iterations, double seconds,
                          RunStopReason stopReason, String stopDetail) {

        /** Requires a stop reason and a detail. */
        public Summary {
            java.util.Objects.requireNonNull(stopReason, "stopReason");
            java.util.Objects.requireNonNull(stopDetail, "stopDetail");
        }

        /** The summary of a run that could not be made or threw after {@code iterations} iterations. */
        public static Summary failed(int iterations, String message) {
            return new Summary(null, null, null, iterations, 0, RunStopReason.FAILED, message);
        }

        /** The same summary with another reason and detail. */
        public Summary withStop(RunStopReason reason, String detail) {
            return new Summary(loss, parameterError, relativeTestError, iterations, seconds, reason, detail);
        }

        /** Reason and detail in one line for people, e.g. "converged: the assignment no longer changes". */
        public String describe() {
            return stopDetail.isEmpty() ? stopReason.words() : stopReason.words() + ": " + stopDetail;
        }
    }
}
