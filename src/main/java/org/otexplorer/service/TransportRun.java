package org.otexplorer.service;

import java.nio.file.Path;
import java.util.Objects;
import org.otexplorer.engine.IpotSolver;
import org.otexplorer.engine.IpotStepper;
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
 * method, unless the solver's answer depends on its start, {@link Solver#answerDependsOnStart}), or for
 * IPOT the last run's state (when β, L or the tolerance change on the same problem). Used by the service's single
 * worker thread only.
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
    /** The last IPOT run and its problem, IPOT's warm start. */
    private DataKey ipotKey;
    private IpotStepper ipotRun;
    /** Largest n·m whose IPOT run is kept for the next one to go on from. */
    static final long MAX_KEPT_IPOT_ENTRIES = 1_000_000;

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
        if (solver instanceof IpotSolver ipot) {
            return solveIpot(ipot, p, settings, monitor);
        }
        boolean warm = solver.isEntropic() && !solver.answerDependsOnStart(settings)
                && sameOrEdited(problemKey, warmKey) && Objects.equals(warmMethod, engine.method());
        if (warm) {
            settings = settings.withWarmStart(warmF, warmG);
        }
        TransportResult result = solver.solve(p, settings, monitor);
        remember(engine.method(), result);
        return new Solved(p, result, warm);
    }

    /**
     * IPOT going on from the previous IPOT run of the same problem ({@link IpotStepper#continuing}: its limit is the
     * exact plan whatever β, so a β step from a converged run takes few proximal steps), else from {@code 1 1ᵀ}. Only
     * the same problem: the iterates keep the start's support, which on edited points may miss the new optimum's.
     * The run's state is kept up to {@value #MAX_KEPT_IPOT_ENTRIES} plan entries (it holds five n × m arrays).
     */
    private Solved solveIpot(IpotSolver ipot, TransportProblem p, SolverSettings settings, SolverMonitor monitor) {
        boolean warm = ipotRun != null && problemKey.equals(ipotKey);
        IpotStepper stepper = warm ? IpotStepper.continuing(ipotRun, p, settings.beta(), settings.innerIterations())
                : IpotStepper.of(p, settings.beta(), settings.innerIterations());
        TransportResult result = ipot.solve(p, settings, monitor, stepper);
        warmKey = null;
        boolean keep = result.stopReason() != StopReason.NUMERICAL_BREAKDOWN
                && (long) p.n() * p.m() <= MAX_KEPT_IPOT_ENTRIES;
        ipotKey = keep ? problemKey : null;
        ipotRun = keep ? stepper : null;
        return new Solved(p, result, stepper.warmStarted());
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
