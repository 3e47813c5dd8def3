package org.otexplorer.ui.transport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.otexplorer.service.HSpectrum;
import org.otexplorer.service.Job;
import org.otexplorer.service.SolveView;
import org.otexplorer.service.SpectrumView;
import org.otexplorer.service.TransportInput;
import org.otexplorer.service.TransportSolve;

/**
 * A solve with everything the panels show of it, made in one job on the solve channel (issue 12 item 13): the
 * solve, then — side by side on the service's two cores — the plan panel's panes, the source-and-target picture and
 * the H-matrix analysis, so that the FX thread gets them in one event and every panel changes in the same pulse
 * (never a new plan beside an old spectrum). The job keeps the solve channel's rules: a newer request cancels it or,
 * under the channel's patience, cuts it short, and the iterate it stopped at is shown without its analysis.
 *
 * @param view         the solve
 * @param planSettings what the plan's panes were prepared with
 * @param plan         the plan panel's panes
 * @param scatter      the source-and-target picture, or {@code null} (the projection did not fit: prepared later)
 * @param spectrum     the H-matrix analysis, or {@code null} (not on screen, not entropic, or see noSpectrum)
 * @param noSpectrum   why an entropic plan has no analysis (an intermediate iterate, a failed analysis), or
 *                     {@code null}
 * @param stages       what each part took
 */
record SolvedPanels(SolveView view, PlanPanelController.Display planSettings, PlanPanes plan,
                    ScatterPane.Prepared scatter, SpectrumView spectrum, String noSpectrum, Stages stages) {

    /** Why an intermediate iterate's spectrum is not shown. */
    static final String INTERMEDIATE = "The H-matrix of an intermediate iterate is not analysed (a newer request"
            + " cut its solve short).";

    /**
     * Milliseconds each part of the job took (the benchmark prints them).
     *
     * @param solve        the solve
     * @param plan         the plan's panes
     * @param scatter      the source-and-target picture (beside the plan)
     * @param analysis     the H-matrix analysis (beside them), 0 when not run
     * @param job          the whole job, from its start to its result
     * @param finishedNanos {@link System#nanoTime} when the job returned (the FX thread's wait follows)
     */
    record Stages(double solve, double plan, double scatter, double analysis, double job, long finishedNanos) {
    }

    /**
     * The job.
     *
     * @param plan      the plan panel's settings of now ({@link PlanPanelController#displayJob})
     * @param scatter   the source-and-target panel's picture of a solve ({@link ScatterPanelController#displayJob})
     * @param threshold the spectrum's truncation threshold τ, or {@code null} when the spectrum is not on screen
     */
    static Job<SolvedPanels> job(TransportSolve solve, HSpectrum spectrum, TransportInput input,
                                 PlanPanelController.Display plan, Function<SolveView, ScatterPane.Prepared> scatter,
                                 Double threshold) {
        return context -> {
            long start = System.nanoTime();
            SolveView view = solve.solve(input, context.jobId(), context);
            long solved = System.nanoTime();
            boolean intermediate = view.intermediate();
            boolean analyse = threshold != null && view.f() != null && !intermediate;
            CompletableFuture<Timed<SpectrumView>> analysis = analyse ? CompletableFuture.supplyAsync(
                    () -> Timed.of(() -> spectrum.analyse(new HSpectrum.Input(view, threshold), context)),
                    context.workers()) : null;
            CompletableFuture<Timed<ScatterPane.Prepared>> picture = CompletableFuture.supplyAsync(
                    () -> Timed.of(() -> scatter.apply(view)), context.workers());
            Timed<PlanPanes> panes = Timed.of(() -> plan.prepare(view));
            Timed<ScatterPane.Prepared> drawn = join(picture);
            SpectrumView analysed = null;
            String noSpectrum = threshold != null && view.f() != null && intermediate ? INTERMEDIATE : null;
            double analysisMillis = 0;
            if (analysis != null) {
                try {
                    Timed<SpectrumView> a = join(analysis);
                    analysed = a.value();
                    analysisMillis = a.millis();
                } catch (IllegalArgumentException e) {
                    noSpectrum = e.getMessage();
                }
            }
            long end = System.nanoTime();
            return new SolvedPanels(view, plan, panes.value(), drawn.value(), analysed, noSpectrum,
                    new Stages((solved - start) * 1e-6, panes.millis(), drawn.millis(), analysisMillis,
                            (end - start) * 1e-6, end));
        };
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

    /** A part's value and how long it took. */
    private record Timed<T>(T value, double millis) {
        static <T> Timed<T> of(Supplier<T> part) {
            long start = System.nanoTime();
            T value = part.get();
            return new Timed<>(value, (System.nanoTime() - start) * 1e-6);
        }
    }
}
