package org.otexplorer.service;

import org.otexplorer.engine.SolverMonitor;
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
        return context -> solve(input, context.jobId(), context);
    }

    /**
     * Solves on the calling thread, for a job that goes on with the result (the transport view prepares its panels
     * and analyses in the same job, so that they reach the screen together).
     *
     * @param requestId the id the view carries (the job's)
     * @param monitor   polled for cancellation, told every iteration
     */
    public SolveView solve(TransportInput input, long requestId, SolverMonitor monitor) {
        synchronized (run) {
            TransportRun.Solved solved = run.solve(input.scenario(), input.baseDirectory(), monitor);
            SolveView view = SolveViews.of(requestId, solved, DemoPointClouds.outlierTargets(input.scenario().data()));
            if (solved.result().stopReason() != StopReason.CANCELLED) {
                last = new Solved(view, solved);
            }
            return view;
        }
    }

    /** The solve a view shows, if it is the newest one solved here. */
    Solved solvedFor(SolveView view) {
        Solved s = last;
        return s != null && s.view() == view ? s : null;
    }
}
