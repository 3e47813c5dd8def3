package org.otexplorer.service;

import java.util.List;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;

/**
 * The ε ladder of an annealing (issue 14 view 2), as the scenario section {@value #SECTION} declares it: from a
 * large ε down to a small one, {@code stepsPerDecade} rungs per factor of ten, evenly spaced in log ε and both ends
 * included; the values are in the units of the scenario's own ε (× mean C when it is relative). Played, it walks
 * down and back up again, so an animation loops without a jump.
 *
 * @param from           the largest ε (first rung)
 * @param to             the smallest ε (last rung), below {@code from}
 * @param stepsPerDecade rungs per decade of ε
 */
public record AnnealingLadder(double from, double to, int stepsPerDecade) {
    /** The scenario section. */
    public static final String SECTION = "annealing";
    /** The top of the ladder. */
    public static final Parameter<Double> FROM = Parameter.real("from").defaultValue(1.0).above(0).typical(1e-3, 10)
            .logScale().symbol("ε from")
            .describe("The largest ε of the annealing ladder, where it starts (in the units of the scenario's ε).")
            .build();
    /** The bottom of the ladder. */
    public static final Parameter<Double> TO = Parameter.real("to").defaultValue(0.01).above(0).typical(1e-4, 1)
            .logScale().symbol("ε to")
            .describe("The smallest ε of the annealing ladder, where it turns back (in the units of the scenario's ε).")
            .build();
    /** Rungs per decade. */
    public static final Parameter<Integer> STEPS_PER_DECADE = Parameter.integer("stepsPerDecade").defaultValue(4)
            .range(1, 20).symbol("steps per decade")
            .describe("How many ε values of the ladder fall in each factor of ten, evenly spaced in log ε.").build();
    /** Playing speed. */
    public static final Parameter<Double> FRAMES_PER_SECOND = Parameter.real("framesPerSecond").defaultValue(4.0)
            .range(0.5, 30).logScale().symbol("speed").unit("frames/s")
            .describe("How many ladder steps the annealing shows a second, on screen and in an exported GIF.")
            .build();
    /** Whether the annealing plays (a scenario may open playing it). */
    public static final Parameter<Boolean> PLAY = Parameter.flag("play").defaultValue(false).symbol("playing")
            .describe("Whether the ε annealing plays: the scenario opens with ε walking the ladder.").build();
    /** The section's parameters, in the order the controls show them. */
    public static final List<Parameter<?>> PARAMETERS = List.of(FROM, TO, STEPS_PER_DECADE, FRAMES_PER_SECOND, PLAY);

    /** Checks the ladder. */
    public AnnealingLadder {
        if (!(to > 0 && from > to) || !Double.isFinite(from)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "annealing: need from > to > 0, got from = %.3g, to = %.3g", from, to));
        }
        if (stepsPerDecade < 1) {
            throw new IllegalArgumentException("annealing.stepsPerDecade must be >= 1, got " + stepsPerDecade);
        }
    }

    /** The ladder a scenario's section holds. */
    public static AnnealingLadder of(ParameterValues section) {
        return new AnnealingLadder(section.get(FROM), section.get(TO), section.get(STEPS_PER_DECADE));
    }

    /**
     * The rungs, from {@code from} down to {@code to}: {@code K = ⌈stepsPerDecade·log10(from/to)⌉ + 1} values
     * {@code ε_k = from · (to/from)^(k/(K−1))}, so consecutive rungs differ by the same factor, at most
     * {@code 10^(1/stepsPerDecade)}.
     */
    public double[] rungs() {
        int k = (int) Math.ceil(stepsPerDecade * Math.log10(from / to) - 1e-9) + 1;
        double[] eps = new double[k];
        for (int i = 0; i < k; i++) {
            eps[i] = from * Math.pow(to / from, (double) i / (k - 1));
        }
        eps[k - 1] = to;
        return eps;
    }

    /** Frames of the walk down and back up over {@code rungs} rungs: 2K − 2 (the two ends once each). */
    public static int frameCount(int rungs) {
        return Math.max(1, 2 * rungs - 2);
    }

    /** The rung frame {@code frame} of the walk shows: down 0 … K−1, then back K−2 … 1. */
    public static int rungOfFrame(int frame, int rungs) {
        int f = Math.floorMod(frame, frameCount(rungs));
        return f < rungs ? f : 2 * rungs - 2 - f;
    }
}
