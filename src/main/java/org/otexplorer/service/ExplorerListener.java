package org.otexplorer.service;

/**
 * Receives the {@link ExplorerService}'s events, always through the delivery executor given to the service
 * (the UI passes {@code Platform::runLater}, so these run on the FX thread). Events of a request that a
 * newer one has replaced are dropped, so a listener only ever sees the newest request's story.
 */
public interface ExplorerListener {
    /** The solve of the newest request made progress (at most ~30 reports a second). */
    default void onProgress(ProgressUpdate update) {
    }

    /** The newest request's solve finished. */
    default void onSolved(SolveView view) {
    }

    /** The H-matrix analysis of the newest request finished. */
    default void onSpectrum(SpectrumView view) {
    }

    /** The newest request was cancelled by {@link ExplorerService#cancel()} before it finished. */
    default void onCancelled(long requestId) {
    }

    /** The newest request failed; the message says why in the user's words. */
    default void onError(long requestId, String message) {
    }
}
