package org.otexplorer.service;

import java.nio.file.Path;
import java.util.Objects;
import org.otexplorer.engine.Solver;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverMonitor;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.StopReason;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;

/**
 * Turns a scenario into a transport problem and solves it, remembering between calls what a slider drag
 * can reuse: the problem (rebuilt only when the data, seed or base directory change) and the last
 * potentials (a warm start when only ε, ρ, τ or other method parameters change on the same data and
 * method). Used by the service's single worker thread only.
 */
final class TransportRun {
    /** What identifies the data: same key, same points and cost matrix. */
    private record DataKey(DataSpec data, long seed, Path baseDirectory) {
    }

    private DataKey problemKey;
    private TransportProblem problem;
    private DataKey warmKey;
    private String warmMethod;
    private double[] warmF;
    private double[] warmG;

    /** The problem of the scenario, reused when its data did not change. */
    TransportProblem problemFor(Scenario scenario, Path baseDirectory) {
        DataKey key = new DataKey(scenario.data(), scenario.seed(), baseDirectory);
        if (!key.equals(problemKey)) {
            problem = DemoPointClouds.problem(scenario.data(), scenario.seed(), baseDirectory);
            problemKey = key;
        }
        return problem;
    }

    /** Solves the scenario's problem, warm-started when possible. */
    Solved solve(Scenario scenario, Path baseDirectory, SolverMonitor monitor) {
        TransportProblem p = problemFor(scenario, baseDirectory);
        EngineSpec engine = scenario.engine();
        Solver solver = SolverFactory.create(engine.method());
        SolverSettings settings = engine.toSettings(p);
        boolean warm = solver.isEntropic() && sameOrEdited(problemKey, warmKey)
                && Objects.equals(warmMethod, engine.method());
        if (warm) {
            settings = settings.withWarmStart(warmF, warmG);
        }
        TransportResult result = solver.solve(p, settings, monitor);
        remember(engine.method(), result);
        return new Solved(p, result, warm);
    }

    /**
     * Whether the last potentials fit the problem: the same data, or points edited on the chart with the same
     * counts (a dragged point or a changed weight: the old potentials are a close start, issue 14 view 3).
     */
    private static boolean sameOrEdited(DataKey now, DataKey warm) {
        if (now.equals(warm)) {
            return true;
        }
        return warm != null && now.data().points() != null && warm.data().points() != null
                && now.data().points().n() == warm.data().points().n()
                && now.data().points().m() == warm.data().points().m();
    }

    /** Keeps finite potentials, even of a cancelled solve: they are still a better start than zero. */
    private void remember(String method, TransportResult result) {
        if (!result.hasPotentials() || !allFinite(result.f()) || !allFinite(result.g())
                || result.stopReason() == StopReason.NUMERICAL_BREAKDOWN) {
            warmKey = null;
            return;
        }
        warmKey = problemKey;
        warmMethod = method;
        warmF = result.f().clone();
        warmG = result.g().clone();
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /** A finished solve with the problem it solved. */
    record Solved(TransportProblem problem, TransportResult result, boolean warmStarted) {
    }
}
