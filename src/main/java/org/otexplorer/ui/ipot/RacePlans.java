package org.otexplorer.ui.ipot;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.otexplorer.engine.IpotStepper;
import org.otexplorer.engine.SinkhornSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.StopReason;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.io.Scenario;
import org.otexplorer.ipot.ConvergenceRace;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.service.Analysis;
import org.otexplorer.service.Job;

/**
 * The plans the race panel draws at each of its frames: IPOT's iterate of the shown (β, L) after that many proximal
 * steps, and the shown ε's Sinkhorn plan after that many iterations (a solve from scratch, as the race records it;
 * once Sinkhorn has converged its plan stays). Plain data for the two plan heatmaps.
 *
 * @param frames    the iterations
 * @param ipot      IPOT's plan at each frame
 * @param sinkhorn  Sinkhorn's plan at each frame
 * @param ipotLabel e.g. "IPOT β = 0.01, L = 10"
 * @param sinkhornLabel e.g. "Sinkhorn ε = 0.001"
 * @param problem   the problem both solve (for the captions' cost and marginal error)
 */
record RacePlans(int[] frames, TransportPlan[] ipot, TransportPlan[] sinkhorn, String ipotLabel,
                 String sinkhornLabel, TransportProblem problem) {
    /** The plans' analysis on the {@code ipot.racePlans} channel. */
    static final Analysis<Scenario, RacePlans> ANALYSIS = new Analysis<>() {
        @Override
        public String channel() {
            return "ipot.racePlans";
        }

        @Override
        public Job<RacePlans> job(Scenario s) {
            return context -> RacePlans.compute(s, context::isCancelled);
        }
    };

    static RacePlans compute(Scenario s, BooleanSupplier cancelled) {
        TransportProblem p = IpotSection.problem(s);
        ParameterValues v = IpotSection.of(s);
        ConvergenceRace.IpotSetting setting = shownIpot(s);
        double eps = shownEpsilon(s);
        int[] frames = ConvergenceRace.ladder(v.get(IpotSection.ITERATIONS));
        TransportPlan[] ipot = new TransportPlan[frames.length];
        TransportPlan[] sinkhorn = new TransportPlan[frames.length];
        IpotStepper stepper = IpotStepper.of(p, setting.beta(), setting.innerIterations());
        SinkhornSolver solver = new SinkhornSolver();
        boolean converged = false;
        for (int f = 0; f < frames.length; f++) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("race plans cancelled");
            }
            while (stepper.iteration() < frames[f]) {
                stepper.step();
            }
            ipot[f] = stepper.plan();
            if (converged) {
                sinkhorn[f] = sinkhorn[f - 1];
                continue;
            }
            TransportResult r = solver.solve(p, SolverSettings.defaults().withEpsilon(eps)
                    .withTolerance(ConvergenceRace.TOLERANCE).withMaxIterations(frames[f]).withNewton(false));
            sinkhorn[f] = r.plan();
            converged = r.stopReason() == StopReason.CONVERGED;
        }
        return new RacePlans(frames, ipot, sinkhorn, String.format("IPOT β = %s, L = %d", Parameter.format(setting.beta()),
                setting.innerIterations()), "Sinkhorn ε = " + Parameter.format(eps), p);
    }

    /** The part of a scenario the plans depend on. */
    static Object inputs(Scenario s) {
        ParameterValues v = IpotSection.of(s);
        return List.of(RaceResult.histogramInputs(s), v.get(IpotSection.BETAS), v.get(IpotSection.INNER),
                v.get(IpotSection.EPSILONS), v.get(IpotSection.SHOWN_IPOT), v.get(IpotSection.SHOWN_SINKHORN),
                v.get(IpotSection.ITERATIONS));
    }

    /** The (β, L) whose plan is drawn: {@code shownIpot}, or the last configuration when it names none. */
    static ConvergenceRace.IpotSetting shownIpot(Scenario s) {
        List<ConvergenceRace.IpotSetting> all = IpotSection.ipotSettings(s);
        if (all.isEmpty()) {
            throw new IllegalArgumentException(IpotSection.field(IpotSection.BETAS) + ": the race needs at least one β");
        }
        return all.get(Math.min(IpotSection.of(s).get(IpotSection.SHOWN_IPOT), all.size() - 1));
    }

    /** The ε whose plan is drawn: {@code shownSinkhorn}, or the last ε when it names none. */
    static double shownEpsilon(Scenario s) {
        double[] eps = IpotSection.epsilons(s);
        if (eps.length == 0) {
            throw new IllegalArgumentException(IpotSection.field(IpotSection.EPSILONS)
                    + ": the race needs at least one ε");
        }
        return eps[Math.min(IpotSection.of(s).get(IpotSection.SHOWN_SINKHORN), eps.length - 1)];
    }
}
