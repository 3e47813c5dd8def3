package org.otexplorer.service;

/**
 * A named computation a workbench runs: from an input (a scenario, a previous analysis' result) it makes the
 * {@link Job} the {@link ComputeService} runs on the analysis' channel, where the newest request wins. The same
 * analysis computes synchronously for headless export and tests ({@link #compute}).
 *
 * @param <I> the input
 * @param <R> the result, plain data
 */
public interface Analysis<I, R> {
    /** The service channel its jobs run on (one running job at a time; a newer request cancels it). */
    String channel();

    /** The job computing the result for {@code input}. */
    Job<R> job(I input);

    /** Computes on the calling thread, without cancellation or progress (export, the CLI, tests). */
    default R compute(I input) {
        return job(input).run(JobContext.detached());
    }

    /** Runs on the service: cancels this channel's running job, and events reach {@code listener}. */
    default long submit(ComputeService service, I input, JobListener<? super R> listener) {
        return service.submit(channel(), job(input), listener);
    }
}
