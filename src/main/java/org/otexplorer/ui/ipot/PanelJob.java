package org.otexplorer.ui.ipot;

import java.util.function.Consumer;
import java.util.function.Function;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.Analysis;
import org.otexplorer.service.JobListener;
import org.otexplorer.ui.workbench.WorkbenchContext;

/**
 * One analysis of a panel on the window's compute service, with what it was last asked for and what the panel shows:
 * a panel computes when the part of the scenario the analysis depends on ({@code inputs}) changed, and is current
 * when its result (or its failure) is for the newest inputs. FX thread only.
 *
 * @param <R> the analysis' result
 */
final class PanelJob<R> {
    private final WorkbenchContext context;
    private final Analysis<Scenario, R> analysis;
    private final Function<Scenario, Object> inputs;
    private final Consumer<R> shown;
    private final Consumer<String> failed;
    private final Consumer<R> partial;
    private Object requestedInputs;
    private Object shownInputs;
    private R result;
    private String failure;
    private boolean running;
    private boolean cancelled;
    private Runnable changed = () -> { };

    PanelJob(WorkbenchContext context, Analysis<Scenario, R> analysis, Function<Scenario, Object> inputs,
             Consumer<R> shown, Consumer<String> failed) {
        this(context, analysis, inputs, shown, failed, r -> { });
    }

    /** A job whose intermediate results (published while it runs) reach {@code partial} on the FX thread. */
    PanelJob(WorkbenchContext context, Analysis<Scenario, R> analysis, Function<Scenario, Object> inputs,
             Consumer<R> shown, Consumer<String> failed, Consumer<R> partial) {
        this.context = context;
        this.analysis = analysis;
        this.inputs = inputs;
        this.shown = shown;
        this.failed = failed;
        this.partial = partial;
    }

    /** Whether the scenario's inputs have not been asked for yet (or their computation was cancelled). */
    boolean needsCompute(Scenario s) {
        return !inputs.apply(s).equals(requestedInputs);
    }

    /** Whether the panel shows the result (or the failure) for the scenario's inputs. */
    boolean isCurrent(Scenario s) {
        return inputs.apply(s).equals(shownInputs);
    }

    boolean isBusy() {
        return context.service().isBusy(analysis.channel());
    }

    /** Whether a computation this job asked for has not yet shown its result, failure or cancellation. */
    boolean isRunning() {
        return running;
    }

    /** Whether the newest computation was cancelled rather than shown. */
    boolean wasCancelled() {
        return cancelled;
    }

    /** Runs {@code listener} after the job starts, shows a result or failure, or is cancelled. */
    void onChange(Runnable listener) {
        changed = listener;
    }

    private void setRunning(boolean on, boolean cancel) {
        running = on;
        cancelled = cancel;
        changed.run();
    }

    /** Computes for the scenario; the result or the failure reaches the panel on the FX thread. */
    void compute(Scenario s) {
        Object in = inputs.apply(s);
        requestedInputs = in;
        setRunning(true, false);
        analysis.submit(context.service(), s, new JobListener<R>() {
            @Override
            public void onPartial(R r) {
                partial.accept(r);
            }

            @Override
            public void onResult(R r) {
                failure = null;
                shownInputs = in;
                result = r;
                shown.accept(r);
                setRunning(false, false);
            }

            @Override
            public void onCancelled(long jobId) {
                setRunning(false, true);
            }

            @Override
            public void onError(long jobId, String message) {
                failure = message;
                shownInputs = in;
                failed.accept(message);
                setRunning(false, false);
            }
        });
    }

    /** Computes when the scenario's inputs are new. */
    void computeIfNeeded(Scenario s) {
        if (needsCompute(s)) {
            compute(s);
        }
    }

    /** Cancels what runs; the next catch-up asks again. */
    void cancel() {
        if (isBusy()) {
            requestedInputs = null;
        }
        context.service().cancel(analysis.channel());
        if (running) {
            setRunning(false, true);
        }
    }

    /** The newest result shown, or {@code null}. */
    R result() {
        return result;
    }

    /** Why the newest computation failed, or {@code null}. */
    String failure() {
        return failure;
    }
}
