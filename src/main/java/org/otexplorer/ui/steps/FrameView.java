package org.otexplorer.ui.steps;

import org.otexplorer.engine.StepRecording;
import org.otexplorer.engine.TransportPlan;

/**
 * What the step-by-step view draws for one frame, prepared off the FX thread: the plan after k (half-)steps, its row
 * and column sums against a and b, the potentials f and g (null for IPOT, which has none) and the marginal error
 * {@code ||P1 − a||₁ + ||Pᵀ1 − b||₁} of that plan.
 *
 * @param frame          the frame index k
 * @param iteration      the solver iteration the frame belongs to
 * @param n              rows (source points)
 * @param m              columns (target points)
 * @param plan           the plan, row-major
 * @param rowSums        P1
 * @param columnSums     Pᵀ1
 * @param a              the source weights
 * @param b              the target weights
 * @param f              the source potential, or null
 * @param g              the target potential, or null
 * @param marginalError  the plan's marginal error against a and b
 * @param caption        what the frame is (iteration, half-step, phase)
 */
record FrameView(int frame, int iteration, int n, int m, double[] plan, double[] rowSums, double[] columnSums,
                 double[] a, double[] b, double[] f, double[] g, double marginalError, String caption) {

    static FrameView of(StepsRun run, int k) {
        StepRecording r = run.recording();
        TransportPlan p = r.plan(k);
        double[] a = r.problem().sourceWeights();
        double[] b = r.problem().targetWeights();
        return new FrameView(k, r.iteration(k), p.n(), p.m(), p.values(), p.rowSums(), p.columnSums(), a, b, r.f(k),
                r.g(k), p.marginalError(a, b), run.caption(k));
    }
}
