package org.otexplorer.service;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records every event a service delivers, for tests that wait for the outcome of a request. */
final class RecordingListener implements ExplorerListener {
    /** How long a test waits for an outcome before it fails (a hang, not a timing assertion). */
    static final long PATIENCE_SECONDS = 60;

    final List<ProgressUpdate> progress = new CopyOnWriteArrayList<>();
    final List<SolveView> solved = new CopyOnWriteArrayList<>();
    final List<Long> cancelled = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();

    @Override
    public void onProgress(ProgressUpdate update) {
        progress.add(update);
    }

    @Override
    public void onSolved(SolveView view) {
        solved.add(view);
        outcomes.add(view);
    }

    @Override
    public void onSpectrum(SpectrumView view) {
        outcomes.add(view);
    }

    @Override
    public void onCancelled(long requestId) {
        cancelled.add(requestId);
        outcomes.add("cancelled " + requestId);
    }

    @Override
    public void onError(long requestId, String message) {
        errors.add(message);
        outcomes.add("error " + message);
    }

    /** The next solve, cancellation, spectrum or error; fails the test if none comes. */
    Object nextOutcome() throws InterruptedException {
        Object o = outcomes.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (o == null) {
            throw new AssertionError("no outcome within " + PATIENCE_SECONDS + " s");
        }
        return o;
    }
}
