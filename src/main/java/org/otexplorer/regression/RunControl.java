package org.otexplorer.regression;

/**
 * Pause, step, resume and cancel for a running optimizer, safe to call from any thread. The optimizer calls
 * {@link #awaitTurn()} before each iteration: it returns at once while running, blocks while paused until
 * {@link #step()} grants one iteration or {@link #resume()}, and returns false once cancelled.
 */
public final class RunControl {
    private boolean paused;
    private boolean cancelled;
    private int grantedSteps;

    /** Stops before the next iteration until {@link #step()} or {@link #resume()}. */
    public synchronized void pause() {
        paused = true;
    }

    /** Runs freely again. */
    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** While paused, lets exactly one more iteration run. */
    public synchronized void step() {
        grantedSteps++;
        notifyAll();
    }

    /** Ends the run before its next iteration. */
    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** Waits until the next iteration may run; false when the run was cancelled. */
    public synchronized boolean awaitTurn() {
        while (paused && grantedSteps == 0 && !cancelled) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
            }
        }
        if (cancelled) {
            return false;
        }
        if (paused) {
            grantedSteps--;
        }
        return true;
    }
}
