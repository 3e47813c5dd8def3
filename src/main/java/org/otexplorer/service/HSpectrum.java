package org.otexplorer.service;

import org.otexplorer.engine.SolverMonitor;

/**
 * The H-matrix analysis of the newest entropic solve ({@value #CHANNEL}; math.md §4, §5.4, §10): its spectrum,
 * λ₂ₙ₋₁, the condition number and the Hessian's Prop. 4 check at the truncation threshold τ. It reads the plan
 * the {@link TransportSolve} of the same window produced, so it runs after that solve's view arrived.
 */
public final class HSpectrum implements Analysis<HSpectrum.Input, SpectrumView> {
    /** The channel its jobs run on. */
    public static final String CHANNEL = "transport.spectrum";

    private final TransportSolve solve;

    /**
     * What the analysis needs.
     *
     * @param view      the solve to analyse (the newest of the window's {@link TransportSolve})
     * @param threshold truncation threshold τ (absolute)
     */
    public record Input(SolveView view, double threshold) {
    }

    /** The analysis of the plans {@code solve} produces. */
    public HSpectrum(TransportSolve solve) {
        this.solve = solve;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /**
     * The job; it fails with a message when the view is not the newest solve or the method is not entropic.
     */
    @Override
    public Job<SpectrumView> job(Input input) {
        return context -> analyse(input, context);
    }

    /**
     * Analyses on the calling thread (a job that solved the plan goes on with its analysis).
     *
     * @param monitor polled between the parts; a cancelled analysis returns what it has
     * @throws IllegalArgumentException when the view is not the newest solve or the method is not entropic
     */
    public SpectrumView analyse(Input input, SolverMonitor monitor) {
        TransportSolve.Solved solved = solve.solvedFor(input.view());
        if (solved == null) {
            throw new IllegalArgumentException("the spectrum belongs to the newest solve; this one was replaced");
        }
        return SpectrumAnalysis.analyse(input.view().requestId(), solved.solved().problem(),
                solved.solved().result(), input.threshold(), monitor);
    }
}
