package org.otexplorer.ui.ipot;

import java.util.List;
import org.otexplorer.barycenter.BarycenterProblem;
import org.otexplorer.barycenter.BarycenterRuns;
import org.otexplorer.barycenter.ExactBarycenter1D;
import org.otexplorer.barycenter.IpotBarycenter;
import org.otexplorer.barycenter.Sharpness;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.service.Analysis;
import org.otexplorer.service.Job;

/**
 * One frame of displacement interpolation between the first two inputs (math.md §16.5): the IPOT barycenter with
 * weights (1 − s, s) (consensus order, the panel's β and steps) and, on a line grid, the exact one. The weight
 * slider asks for one frame at a time on its own channel, so a drag shows the newest s.
 *
 * @param s        the weight of the second input
 * @param first    input 0
 * @param second   input 1
 * @param ipot     the IPOT barycenter
 * @param sharpness its sharpness
 * @param exact    the exact barycenter on the grid (1-D), or {@code null}
 */
record InterpolationFrame(double s, double[] first, double[] second, double[] ipot, Sharpness sharpness,
                          double[] exact) {
    /** The frame's analysis on the {@code ipot.interpolation} channel. */
    static final Analysis<Scenario, InterpolationFrame> ANALYSIS = new Analysis<>() {
        @Override
        public String channel() {
            return "ipot.interpolation";
        }

        @Override
        public Job<InterpolationFrame> job(Scenario s) {
            return context -> InterpolationFrame.compute(s, context::isCancelled);
        }
    };

    static InterpolationFrame compute(Scenario sc, java.util.function.BooleanSupplier cancelled) {
        ParameterValues v = IpotSection.of(sc);
        BarycenterProblem all = BarycenterInputs.problem(sc);
        double s = v.get(IpotSection.INTERPOLATION);
        BarycenterProblem two = BarycenterProblem.of(all.grid(), List.of(all.input(0), all.input(1)),
                new double[] {1 - s, s});
        int steps = v.get(IpotSection.BARYCENTER_STEPS);
        double[] q = BarycenterRuns.run(new IpotBarycenter(two, v.get(IpotSection.BARYCENTER_BETA), 1,
                IpotBarycenter.Order.CONSENSUS), steps, 0, steps, cancelled).barycenter();
        double[] exact = two.grid().isLine() ? ExactBarycenter1D.of(two).onGrid() : null;
        return new InterpolationFrame(s, two.input(0), two.input(1), q, Sharpness.of(q), exact);
    }

    /** The part of a scenario the frame depends on. */
    static Object inputs(Scenario s) {
        ParameterValues v = IpotSection.of(s);
        return List.of(BarycenterInputs.inputs(s), v.get(IpotSection.BARYCENTER_BETA),
                v.get(IpotSection.BARYCENTER_STEPS), v.get(IpotSection.INTERPOLATION));
    }
}
