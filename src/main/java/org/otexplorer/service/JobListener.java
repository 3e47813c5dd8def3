package org.otexplorer.service;

/**
 * Receives a job's events through the service's delivery executor (the explorer passes
 * {@code Platform::runLater}, so these run on the FX thread). Events of a job that a newer one on the same
 * channel replaced are dropped: a listener only ever sees the newest job's story.
 *
 * @param <R> the job's result type
 */
public interface JobListener<R> {
    /** Progress of the running job (at most ~30 reports a second). */
    default void onProgress(ProgressUpdate update) {
    }

    /** An intermediate result (at most ~30 a second; the newest always arrives before the result). */
    default void onPartial(R partial) {
    }

    /** The job's result. */
    void onResult(R result);

    /** The job was cancelled before it finished ({@link ComputeService#cancel}). */
    default void onCancelled(long jobId) {
    }

    /** The job failed; the message says why in the user's words. */
    default void onError(long jobId, String message) {
    }
}
