package org.otexplorer.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.engine.StopReason;
import org.otexplorer.io.Scenario;

/**
 * ε annealing (issue 14 view 2, {@value #CHANNEL}): the scenario's problem solved at every rung of its
 * {@link AnnealingLadder}, from large ε to small, each solve warm-started from the potentials of the rung before
 * ({@link TransportRun}: same data and method, only ε changed), so the ladder costs little more than its last,
 * sharpest solve. An intermediate {@link AnnealingView} is published after every rung.
 */
public final class EpsilonAnnealing implements Analysis<EpsilonAnnealing.Input, AnnealingView> {
    /** The channel its jobs run on. */
    public static final String CHANNEL = "transport.annealing";

    /**
     * What to anneal.
     *
     * @param scenario      the scenario (its data, method and ε reference)
     * @param baseDirectory where its CSV paths resolve
     * @param ladder        the rungs
     */
    public record Input(Scenario scenario, Path baseDirectory, AnnealingLadder ladder) {
        /** The scenario's own ladder (its {@value AnnealingLadder#SECTION} section). */
        public static Input of(Scenario scenario, Path baseDirectory) {
            return new Input(scenario, baseDirectory, AnnealingLadder.of(scenario.section(AnnealingLadder.SECTION)));
        }
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /**
     * @throws IllegalArgumentException (from the job) when the scenario's method is not entropic: it has no ε
     */
    @Override
    public Job<AnnealingView> job(Input input) {
        return context -> {
            Scenario s = input.scenario();
            if (!SolverFactory.create(s.engine().method()).isEntropic()) {
                throw new IllegalArgumentException("ε annealing needs an entropic method (sinkhorn, sinkhorn-log, "
                        + "ipot, robust or unbalanced); this scenario uses " + s.engine().method());
            }
            Epsilon epsilon = s.engine().epsilon();
            double[] rungs = input.ladder().rungs();
            TransportRun run = new TransportRun();
            int outliers = DemoPointClouds.outlierTargets(s.data());
            List<SolveView> solves = new ArrayList<>();
            for (double rung : rungs) {
                Scenario at = s.withEngine(s.engine().with(SolverParameters.EPSILON, epsilon.withValue(rung)));
                TransportRun.Solved solved = run.solve(at, input.baseDirectory(), context);
                if (context.isCancelled() || solved.result().stopReason() == StopReason.CANCELLED) {
                    throw new CancellationException("the annealing was cancelled at ε = " + rung);
                }
                solves.add(SolveViews.of(context.jobId(), solved, outliers));
                context.publish(new AnnealingView(java.util.Arrays.copyOf(rungs, solves.size()), solves));
            }
            return new AnnealingView(rungs, solves);
        };
    }
}
