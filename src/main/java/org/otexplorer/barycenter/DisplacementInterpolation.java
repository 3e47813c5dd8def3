package org.otexplorer.barycenter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Displacement interpolation between two inputs (McCann): the barycenters with weights {@code λ = (1 − s, s)} for
 * s from 0 to 1 move the mass of the first input along its optimal transport to the second (math.md §16.5). A
 * weight slider shows one frame per s.
 */
public final class DisplacementInterpolation {
    /** One frame: the weight s of the second input, the barycenter and its sharpness. */
    public record Frame(double s, double[] barycenter, Sharpness sharpness) {
    }

    private DisplacementInterpolation() {
    }

    /**
     * {@code frames} evenly spaced frames s = 0, 1/(frames − 1), ..., 1, each solved by {@code solve}.
     *
     * @param twoInputs a problem with exactly two inputs (its weights are replaced)
     * @param cancelled polled between frames; the frames so far are returned when it turns true
     * @throws IllegalArgumentException unless there are two inputs and at least two frames
     */
    public static List<Frame> frames(BarycenterProblem twoInputs, int frames,
                                     Function<BarycenterProblem, double[]> solve, BooleanSupplier cancelled) {
        if (twoInputs.size() != 2) {
            throw new IllegalArgumentException("displacement interpolation needs exactly two inputs, got "
                    + twoInputs.size());
        }
        if (frames < 2) {
            throw new IllegalArgumentException("need at least two frames, got " + frames);
        }
        List<Frame> out = new ArrayList<>();
        for (int f = 0; f < frames && !cancelled.getAsBoolean(); f++) {
            double s = f / (frames - 1.0);
            double[] q = solve.apply(twoInputs.withWeights(new double[] {1 - s, s}));
            out.add(new Frame(s, q, Sharpness.of(q)));
        }
        return out;
    }

    /** Frames by the exact quantile-averaging barycenter (line grids), each moved onto the grid. */
    public static List<Frame> exact(BarycenterProblem twoInputs, int frames) {
        return frames(twoInputs, frames, p -> ExactBarycenter1D.of(p).onGrid(), () -> false);
    }

    /** Frames by the IPOT barycenter (consensus order, L = 1), {@code steps} proximal steps each. */
    public static List<Frame> ipot(BarycenterProblem twoInputs, int frames, double beta, int steps,
                                   BooleanSupplier cancelled) {
        return frames(twoInputs, frames, p -> BarycenterRuns.run(new IpotBarycenter(p, beta, 1,
                IpotBarycenter.Order.CONSENSUS), steps, 0, steps, cancelled).barycenter(), cancelled);
    }
}
