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
 */
public record ScenarioSnapshot(SolveView solve, SpectrumView spectrum) {

    /** Computes a scenario; relative data files are resolved against {@code baseDirectory}. */
    public static ScenarioSnapshot compute(Scenario scenario, Path baseDirectory, boolean withSpectrum) {
        TransportRun.Solved solved = new TransportRun().solve(scenario, baseDirectory, SolverMonitor.NONE);
        SolveView view = SolveViews.of(0, solved);
        SpectrumView spectrum = withSpectrum && view.f() != null
                ? SpectrumAnalysis.analyse(0, solved.problem(), solved.result(), scenario.view().spectrumThreshold())
                : null;
        return new ScenarioSnapshot(view, spectrum);
    }
}
