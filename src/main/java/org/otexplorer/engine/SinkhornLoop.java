package org.otexplorer.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The iteration loop the Sinkhorn schemes share (scaling and log-domain for balanced OT, the damped log-domain
 * scheme of unbalanced OT): one iteration per step with its error (the gradient of the scheme's dual, for
 * balanced OT the marginal error), the monitor's progress and cancellation, the tolerance, and the Newton phase (math.md §2.4):
 * once the {@link StallDetector} says the rate has stalled, {@link SinkhornNewton} takes the current potentials to
 * the tolerance. A failed Newton phase falls back to Sinkhorn from Newton's best iterate (at most
 * {@link #MAX_NEWTON_PHASES} phases; the warnings say so). The result lists the phases, and a warning notes the switch.
 */
final class SinkhornLoop {
    /** Newton phases at most per solve; after a failed one Sinkhorn continues and waits twice as long. */
    static final int MAX_NEWTON_PHASES = 4;

    /** One Sinkhorn scheme, driven by {@link #run}. */
    interface Scheme {
        /**
         * One iteration: the error of the new iterate (the L1 norm of its dual's gradient), or NaN when the
         * iteration broke down and was redone by exact log-domain steps (no checked iterate then).
         */
        double iterate();

        /** Potentials of the current iterate (math.md §0), fresh arrays. */
        double[] f();

        /** See {@link #f()}. */
        double[] g();

        /** Continues the iterations from these potentials. */
        void restart(double[] f, double[] g);

        /** The result for the current iterate: method, ε, plan, potentials. */
        TransportResult.Builder result();

        /** The scheme's own warnings (fall-backs to the log domain), if any. */
        List<String> warnings();

        /** Predicted remaining iterations above which a Newton phase is cheaper than this scheme's sweeps. */
        int newtonBreakEven();

        /** The dual the scheme minimises (its gradient is the error {@link #iterate()} returns). */
        EntropicDual dual();
    }

    private final String id;
    private final Scheme scheme;
    private final TransportProblem problem;
    private final SolverSettings settings;
    private final double eps;
    private final SolverMonitor monitor;
    private final IterateSink sink;
    private final EntropicDual dual;
    private final StallDetector detector;
    private final IterationHistory history = new IterationHistory();
    private final List<SolverPhase> phases = new ArrayList<>();
    private final List<NewtonPhaseReport.Switch> switches = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int iterations;
    private int phaseStart;

    private SinkhornLoop(String id, Scheme scheme, TransportProblem problem, SolverSettings settings, double eps,
                         SolverMonitor monitor, IterateSink sink) {
        this.id = id;
        this.scheme = scheme;
        this.problem = problem;
        this.settings = settings;
        this.eps = eps;
        this.monitor = monitor;
        this.sink = sink;
        dual = scheme.dual();
        detector = new StallDetector(settings.tolerance(), scheme.newtonBreakEven(), dual.totalMass());
    }

    /**
     * Runs {@code scheme} of method {@code id} at regularisation {@code eps} (the settings' ε, or the precision
     * floor above it) with the stopping rules and Newton flag of the settings.
     */
    static TransportResult run(String id, Scheme scheme, TransportProblem problem, SolverSettings settings,
                               double eps, SolverMonitor monitor) {
        return run(id, scheme, problem, settings, eps, monitor, IterateSink.NONE);
    }

    /** As {@link #run(String, Scheme, TransportProblem, SolverSettings, double, SolverMonitor)}, handing every checked iterate to {@code sink}. */
    static TransportResult run(String id, Scheme scheme, TransportProblem problem, SolverSettings settings,
                               double eps, SolverMonitor monitor, IterateSink sink) {
        return new SinkhornLoop(id, scheme, problem, settings, eps, monitor, sink).run();
    }

    private TransportResult run() {
        long start = System.nanoTime();
        double tol = settings.tolerance();
        int maxIterations = settings.maxIterations();
        int newtonPhasesLeft = settings.newton() ? MAX_NEWTON_PHASES : 0;
        StopReason reason = StopReason.MAX_ITERATIONS;
        SinkhornNewton.Outcome finish = null;
        monitor.phase(SolverPhase.SINKHORN);
        while (iterations < maxIterations) {
            if (monitor.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            double error = scheme.iterate();
            iterations++;
            if (!Double.isFinite(error)) {
                continue;
            }
            history.add(error);
            sink.sinkhorn(iterations, scheme);
            monitor.iteration(iterations, error);
            if (error <= tol) {
                reason = StopReason.CONVERGED;
                break;
            }
            if (newtonPhasesLeft == 0 || iterations == maxIterations || !detector.stalled(error)) {
                continue;
            }
            SinkhornNewton.Outcome outcome = newtonPhase();
            StopReason ended = NewtonPhaseReport.stopReason(outcome.status());
            if (ended != null) {
                reason = ended;
                finish = outcome;
                break;
            }
            scheme.restart(outcome.f(), outcome.g());
            detector.restart();
            newtonPhasesLeft--;
            monitor.phase(SolverPhase.SINKHORN);
        }
        if (finish == null && iterations > phaseStart) {
            phases.add(new SolverPhase(SolverPhase.SINKHORN, iterations - phaseStart));
        }
        TransportResult.Builder result = finish == null ? scheme.result()
                : EntropicSolverSupport.resultFromNewton(id, eps, finish);
        scheme.warnings().forEach(result::warning);
        NewtonPhaseReport.warnings(switches).forEach(result::warning);
        notes.forEach(result::warning);
        TransportResult r = result.phases(phases)
                .marginalErrorHistory(history.toArray())
                .iterations(iterations)
                .stopReason(reason)
                .elapsedSeconds((System.nanoTime() - start) * 1e-9)
                .build(problem);
        return EntropicSolverSupport.honest(r, problem, settings, eps, dual.residual(r.plan(), r.f(), r.g()));
    }

    /** Closes the Sinkhorn phase, runs Newton from the current iterate, and notes what happened. */
    private SinkhornNewton.Outcome newtonPhase() {
        phases.add(new SolverPhase(SolverPhase.SINKHORN, iterations - phaseStart));
        monitor.phase(SolverPhase.NEWTON);
        SinkhornNewton.Outcome outcome = new SinkhornNewton(problem, eps, dual,
                NewtonPhaseReport.precisionFloor(problem, eps, dual.totalMass())).recordingTo(sink)
                .run(scheme.f(), scheme.g(), settings.tolerance(), settings.maxIterations() - iterations, monitor,
                        iterations, history);
        phases.add(new SolverPhase(SolverPhase.NEWTON, outcome.steps()));
        switches.add(new NewtonPhaseReport.Switch(iterations - phaseStart, detector.rate(), outcome));
        if (outcome.status() == SinkhornNewton.Status.PRECISION_LIMIT) {
            notes.add(NewtonPhaseReport.precisionLimit(problem, eps, outcome.error()));
        }
        iterations += outcome.steps();
        phaseStart = iterations;
        return outcome;
    }
}
