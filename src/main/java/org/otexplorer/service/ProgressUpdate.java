package org.otexplorer.service;

/**
 * A throttled progress report of the running solve.
 *
 * @param requestId      the request being solved
 * @param iteration      iterations done so far
 * @param marginalError  {@code ||P1 − a||₁ + ||Pᵀ1 − b||₁} after that iteration (or the solver's own error)
 * @param elapsedSeconds time since the request started running
 */
public record ProgressUpdate(long requestId, int iteration, double marginalError, double elapsedSeconds) {
}
