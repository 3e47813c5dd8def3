package org.otexplorer.barycenter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.histogram.Grid;

/** Between two Gaussians the interpolant at s is the Gaussian with mean and std moved a fraction s of the way. */
class DisplacementInterpolationTest {
    @Test
    void framesMoveMeanAndStdLinearlyAndEndAtTheInputs() {
        int n = 400;
        Grid grid = Grid.line(n);
        double[] from = ExactBarycenter1DTest.gaussian(n, 100, 10);
        double[] to = ExactBarycenter1DTest.gaussian(n, 280, 25);
        List<DisplacementInterpolation.Frame> frames = DisplacementInterpolation.exact(
                BarycenterProblem.uniform(grid, List.of(from, to)), 5);
        assertEquals(5, frames.size());
        assertArrayEquals(from, frames.get(0).barycenter(), 1e-12);
        assertArrayEquals(to, frames.get(4).barycenter(), 1e-12);
        double h = grid.spacing();
        for (DisplacementInterpolation.Frame f : frames) {
            double[] q = f.barycenter();
            double mean = 0;
            double second = 0;
            for (int i = 0; i < n; i++) {
                mean += q[i] * i;
                second += q[i] * i * i;
            }
            double std = Math.sqrt(second - mean * mean);
            assertEquals(100 + 180 * f.s(), mean, 0.3, "s = " + f.s());
            assertEquals(10 + 15 * f.s(), std, 0.3, "s = " + f.s());
        }
        assertEquals(0.25, frames.get(1).s(), 1e-15);
        assertEquals(1.0 / (n - 1), h, 1e-15);
    }

    @Test
    void ipotFramesFollowTheExactOnesIncludingTheEndpointsWithAZeroWeight() {
        int n = 100;
        BarycenterProblem p = BarycenterProblem.uniform(Grid.line(n), List.of(ExactBarycenter1DTest.gaussian(n, 25, 4),
                ExactBarycenter1DTest.gaussian(n, 70, 7)));
        List<DisplacementInterpolation.Frame> exact = DisplacementInterpolation.exact(p, 4);
        List<DisplacementInterpolation.Frame> ipot = DisplacementInterpolation.ipot(p, 4, 0.01, 1000, () -> false);
        for (int f = 0; f < 4; f++) {
            double objectiveExact = ExactBarycenter1D.objective(p.withWeights(new double[] {1 - exact.get(f).s(), exact.get(f).s()}),
                    exact.get(f).barycenter());
            double objectiveIpot = ExactBarycenter1D.objective(p.withWeights(new double[] {1 - ipot.get(f).s(), ipot.get(f).s()}),
                    ipot.get(f).barycenter());
            assertEquals(objectiveExact, objectiveIpot, 1e-6, "frame " + f);
        }
    }
}
