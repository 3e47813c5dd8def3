package org.otexplorer.service;

import org.otexplorer.engine.StopReason;

/**
 * The transport workbench's solve ({@value #CHANNEL}): the scenario's problem solved by its method, warm-started
 * from the previous potentials when only the method's parameters changed ({@link TransportRun}), as a
 * {@link SolveView}. One instance per window: it remembers the problem, the warm start and the last solved plan,
 * which the {@link HSpectrum} analysis differentiates.
 */
public final class TransportSolve implements Analysis<TransportInput, SolveView> {
    /** The channel its jobs run on. */
    public static final String CHANNEL = "transport.solve";

    private final TransportRun run = new TransportRun();
    private volatile Solved last;

    /** The solve behind a view, for the analyses that need the plan itself. */
    record Solved(SolveView view, TransportRun.Solved solved) {
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Job<SolveView> job(TransportInput input) {
        return context -> {
            synchronized (run) {
                TransportRun.Solved solved = run.solve(input.scenario(), input.baseDirectory(), context);
                SolveView view = SolveViews.of(context.jobId(), solved,
                        DemoPointClouds.outlierTargets(input.scenario().data()));
                if (solved.result().stopReason() != StopReason.CANCELLED) {
                    last = new Solved(view, solved);
                }
                return view;
            }
        };
    }

    /** The solve a view shows, if it is the newest one solved here. */
    Solved solvedFor(SolveView view) {
        Solved s = last;
        return s != null && s.view() == view ? s : null;
    }
}
