package org.otexplorer.service;

import java.nio.file.Path;
import org.otexplorer.io.Scenario;

/**
 * A scenario computed synchronously, on the caller's thread, by the transport workbench's analyses: the solve
 * and (for entropic methods, when asked) the H-matrix analysis, and the regression race run to its end. For
 * headless figure export and tests; the explorer runs the same analyses on the {@link ComputeService}.
 *
 * @param solve    the solved plan and its figures
 * @param spectrum the H-matrix analysis, or {@code null} (non-entropic method or not asked)
 * @param traces   the regression optimizers run to their end, or {@code null} (no regression part or not asked)
 */
public record ScenarioSnapshot(SolveView solve, SpectrumView spectrum, TraceSnapshot traces) {

    /**
     * Computes a scenario; relative data files are resolved against {@code baseDirectory}.
     *
     * @param withSpectrum also analyse the H-matrix of an entropic plan
     * @param withTraces   also race the scenario's regression optimizers to their end ({@link TraceSnapshot#complete})
     */
    public static ScenarioSnapshot compute(Scenario scenario, Path baseDirectory, boolean withSpectrum,
                                           boolean withTraces) {
        TransportSolve solve = new TransportSolve();
        SolveView view = solve.compute(new TransportInput(scenario, baseDirectory));
        SpectrumView spectrum = withSpectrum && view.f() != null
                ? new HSpectrum(solve).compute(new HSpectrum.Input(view, scenario.view().spectrumThreshold()))
                : null;
        TraceSnapshot traces = withTraces ? TraceSnapshot.complete(scenario, baseDirectory) : null;
        return new ScenarioSnapshot(view, spectrum, traces);
    }
}
