package org.otexplorer.service;

import java.nio.file.Path;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.io.Scenario;

/**
 * A scenario computed synchronously, on the caller's thread: the solve and (for entropic methods, when
 * asked) the H-matrix analysis, as the explorer would show them. For headless figure export and tests;
 * the explorer itself goes through {@link ExplorerService}.
 *
 * @param solve    the solved plan and its figures
 * @param spectrum the H-matrix analysis, or {@code null} (non-entropic method or not asked)
 * @param traces   the regression optimizers run to their end, or {@code null} (no regression part or not asked)
 */
public record ScenarioSnapshot(SolveView solve, SpectrumView spectrum, TraceSnapshot traces) {

    /** Computes a scenario's OT view (and its spectrum when asked). */
    public static ScenarioSnapshot compute(Scenario scenario, Path baseDirectory, boolean withSpectrum) {
        return compute(scenario, baseDirectory, withSpectrum, false);
    }

    /**
     * Computes a scenario; relative data files are resolved against {@code baseDirectory}.
     *
     * @param withTraces also race the scenario's regression optimizers to their end ({@link TraceSnapshot#complete})
     */
    public static ScenarioSnapshot compute(Scenario scenario, Path baseDirectory, boolean withSpectrum,
                                           boolean withTraces) {
        TransportRun.Solved solved = new TransportRun().solve(scenario, baseDirectory, SolverMonitor.NONE);
        SolveView view = SolveViews.of(0, solved);
        SpectrumView spectrum = withSpectrum && view.f() != null
                ? SpectrumAnalysis.analyse(0, solved.problem(), solved.result(), scenario.view().spectrumThreshold())
                : null;
        TraceSnapshot traces = withTraces ? TraceSnapshot.complete(scenario, baseDirectory) : null;
        return new ScenarioSnapshot(view, spectrum, traces);
    }
}
