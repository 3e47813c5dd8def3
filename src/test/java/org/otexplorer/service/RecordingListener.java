package org.otexplorer.service;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records every event the service delivers for jobs, for tests that wait for the outcome of a request. */
final class RecordingListener<R> implements JobListener<R> {
    /** How long a test waits for an outcome before it fails (a hang, not a timing assertion). */
    static final long PATIENCE_SECONDS = 60;

    final List<ProgressUpdate> progress = new CopyOnWriteArrayList<>();
    final List<R> results = new CopyOnWriteArrayList<>();
    final List<R> partials = new CopyOnWriteArrayList<>();
    final List<Long> cancelled = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();

    @Override
    public void onProgress(ProgressUpdate update) {
        progress.add(update);
    }

    @Override
    public void onPartial(R partial) {
        partials.add(partial);
    }

    @Override
    public void onResult(R result) {
        results.add(result);
        outcomes.add(result);
    }

    @Override
    public void onCancelled(long jobId) {
        cancelled.add(jobId);
        outcomes.add("cancelled " + jobId);
    }

    @Override
    public void onError(long jobId, String message) {
        errors.add(message);
        outcomes.add("error " + message);
    }

    /** The next result, cancellation or error; fails the test if none comes. */
    Object nextOutcome() throws InterruptedException {
        Object o = outcomes.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (o == null) {
            throw new AssertionError("no outcome within " + PATIENCE_SECONDS + " s");
        }
        return o;
    }
}
