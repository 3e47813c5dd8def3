package org.otexplorer.service;

import java.util.List;

/**
 * An ε annealing solved: the ladder's rungs (in the units of the scenario's ε) and the solve at each, for the
 * panels and the exported animation. The walk back up shows the same solves in reverse (the entropic plan at an ε
 * is unique, so solving it again from the other side would only repeat it to the tolerance).
 *
 * @param rungs  ε of each rung, from large to small
 * @param solves the solve at each rung
 */
public record AnnealingView(double[] rungs, List<SolveView> solves) {
    /** Copies the list. */
    public AnnealingView {
        solves = List.copyOf(solves);
    }

    /** Frames of the walk down and back: 2K − 2. */
    public int frameCount() {
        return AnnealingLadder.frameCount(rungs.length);
    }

    /** The rung a frame shows. */
    public int rungOfFrame(int frame) {
        return AnnealingLadder.rungOfFrame(frame, rungs.length);
    }

    /** The solve a frame shows. */
    public SolveView frame(int frame) {
        return solves.get(rungOfFrame(frame));
    }

    /** The largest plan entry over every rung: the top of the locked colour scale. */
    public double largestPlanEntry() {
        double max = 0;
        for (SolveView s : solves) {
            for (double p : s.plan()) {
                max = Math.max(max, p);
            }
        }
        return max;
    }
}
