package org.otexplorer.ui.transport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.otexplorer.service.Job;
import org.otexplorer.service.JobContext;
import org.otexplorer.service.SolveView;
import org.otexplorer.service.TransportInput;
import org.otexplorer.service.TransportSolve;

/**
 * A solve with what the plan and source-and-target panels show of it, made in one job on the solve channel (issue 12
 * item 13): the solve, then — side by side on the service's two cores — the plan panel's panes and the
 * source-and-target picture, so that the FX thread gets them in one event and both change in the same pulse, with
 * the status bar. The H-matrix analysis does not hold the plan back: as its last act the job hands the solve to
 * {@code analyse} (the spectrum channel, {@link SpectrumDelivery}), whose result is a second delivery of the same
 * request; meanwhile the spectrum panel is marked pending. The job keeps the solve channel's rules: a newer request
 * cancels it or, under the channel's patience, cuts it short. A superseded solve (cut short, or finished with a newer
 * request waiting: a drag) is shown without an analysis, its picture made on the source-and-target pane's own
 * channel, so that the newer solve runs at once beside it (a drag at n = 1000 keeps its frame rate).
 *
 * @param view         the solve
 * @param planSettings what the plan's panes were prepared with
 * @param plan         the plan panel's panes
 * @param scatter      the source-and-target picture, or {@code null} (superseded, or the projection did not fit:
 *                     prepared on the pane's channel)
 * @param analysing    whether the job handed the solve to the analysis (the spectrum is pending)
 * @param noSpectrum   why an entropic plan gets no analysis (superseded), or {@code null}
 * @param stages       what each part took
 */
record SolvedPanels(SolveView view, PlanPanelController.Display planSettings, PlanPanes plan,
                    ScatterPane.Prepared scatter, boolean analysing, String noSpectrum, Stages stages) {

    /** Why a superseded solve's spectrum is not shown. */
    static final String SUPERSEDED = "This plan's H-matrix is not analysed: a newer request came first.";

    /**
     * Milliseconds each part of the job took (the benchmark prints them).
     *
     * @param solve        the solve
     * @param solveCpu     its thread's CPU time
     * @param plan         the plan's panes
     * @param scatter      the source-and-target picture (beside the plan)
     * @param scatterCpu   its thread's CPU time
     * @param job          the whole job, from its start to its result
     * @param finishedNanos {@link System#nanoTime} when the job returned (the FX thread's wait follows)
     */
    record Stages(double solve, double solveCpu, double plan, double scatter, double scatterCpu, double job,
                  long finishedNanos) {
    }

    /**
     * The job.
     *
     * @param plan    the plan panel's settings of now ({@link PlanPanelController#displayJob})
     * @param scatter the source-and-target panel's picture of a solve ({@link ScatterPanelController#displayJob})
     * @param analyse starts the H-matrix analysis of an entropic solve (any thread), or {@code null} when the
     *                spectrum is not on screen
     */
    static Job<SolvedPanels> job(TransportSolve solve, TransportInput input, PlanPanelController.Display plan,
                                 Function<SolveView, ScatterPane.Prepared> scatter, Consumer<SolveView> analyse) {
        return context -> {
            long start = System.nanoTime();
            TimedPart<SolveView> solved = TimedPart.of(() -> solve.solve(input, context.jobId(), context));
            SolveView view = solved.value();
            // Superseded (a newer request waits): the newer one is not kept waiting for a picture or an analysis
            // nobody will look at long, and the picture is made on the pane's own channel, beside it.
            boolean superseded = superseded(view, context);
            CompletableFuture<TimedPart<ScatterPane.Prepared>> picture = superseded ? null : CompletableFuture.supplyAsync(
                    () -> TimedPart.of(() -> scatter.apply(view)), context.workers());
            TimedPart<PlanPanes> panes = TimedPart.of(() -> plan.prepare(view));
            TimedPart<ScatterPane.Prepared> drawn = picture == null ? TimedPart.none() : join(picture);
            boolean entropic = analyse != null && view.f() != null;
            boolean analysing = entropic && !superseded(view, context);
            if (analysing) {
                analyse.accept(view);
            }
            long end = System.nanoTime();
            return new SolvedPanels(view, plan, panes.value(), drawn.value(), analysing,
                    entropic && !analysing ? SUPERSEDED : null,
                    new Stages(solved.millis(), solved.cpuMillis(), panes.millis(), drawn.millis(), drawn.cpuMillis(),
                            (end - start) * 1e-6, end));
        };
    }

    private static boolean superseded(SolveView view, JobContext<?> context) {
        return view.intermediate() || context.isCancelled() || context.hasNewerRequest();
    }

    /** The part's own exception (a failed analysis says why), not the future's wrapper. */
    private static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
