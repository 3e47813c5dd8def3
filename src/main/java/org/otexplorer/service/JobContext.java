package org.otexplorer.service;

import java.util.concurrent.Executor;
import org.otexplorer.engine.SolverMonitor;

/**
 * What a running {@link Job} sees of the service: whether it was cancelled (a newer request on its channel, or
 * the user), a progress sink (throttled to about 30 reports a second) and a way to publish intermediate results
 * (throttled too; the newest always arrives). It is a {@link SolverMonitor}, so a job hands it to a solver as is.
 *
 * @param <R> the job's result type
 */
public interface JobContext<R> extends SolverMonitor {
    /** The id the job's events carry. */
    long jobId();

    /**
     * Whether a newer request waits on the job's channel (even within its patience, when it is not cancelled): a
     * job may then skip what only this request's result would need.
     */
    default boolean hasNewerRequest() {
        return false;
    }

    /** Publishes an intermediate result (a race snapshot, a plan after k iterations); the newest one wins. */
    default void publish(R partial) {
        publishLatest(() -> partial);
    }

    /**
     * Publishes an intermediate result made only when it is delivered (at most ~30 times a second, off the
     * calling thread): for a job whose state changes far more often than anyone can look at it.
     */
    void publishLatest(java.util.function.Supplier<? extends R> partial);

    /** Runs {@code action} when the job is cancelled (for work the job hands to threads of its own). */
    void onCancel(Runnable action);

    /** The service's pool, for a job that runs parts in parallel (every part polls the job's cancellation). */
    Executor workers();

    /** A context that is never cancelled and drops what it is told (synchronous use: export, tests, the CLI). */
    static <R> JobContext<R> detached() {
        return new JobContext<>() {
            @Override
            public long jobId() {
                return 0;
            }

            @Override
            public void publishLatest(java.util.function.Supplier<? extends R> partial) {
            }

            @Override
            public void onCancel(Runnable action) {
            }

            @Override
            public Executor workers() {
                return Runnable::run;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void iteration(int iteration, double marginalError) {
            }
        };
    }
}
