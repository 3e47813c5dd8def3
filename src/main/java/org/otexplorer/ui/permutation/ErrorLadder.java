package org.otexplorer.ui.permutation;

import java.util.ArrayList;
import java.util.List;
import org.otexplorer.permutation.ConstraintErrors;
import org.otexplorer.permutation.OscillatingPattern;
import org.otexplorer.permutation.PlateauChangePoints;
import org.otexplorer.permutation.SinkhornNormalisation;

/**
 * Fig. 2 for one pattern: the constraint error after every half-step (the one the step did not enforce) for each ε of
 * the ladder 1e-1 … 1e-10, and Appendix D's change points beside the measured ones (math.md §15.2): the paper's
 * eq. (31) {@code k = −log₂ε + 2}, the corrected {@code k = −log₂ε − 1} (entry (1,1) tends to 1/4, not 1/2) and the
 * first half-step whose error is below 1/2.
 *
 * @param pattern   the pattern
 * @param epsilons  the ε of each curve
 * @param errors    errors[e][k − 1] after half-step k
 * @param paper     eq. (31) for each ε, in half-steps
 * @param corrected {@code −log₂ε − 1} for each ε
 * @param measured  first half-step below 1/2 for each ε (0: not within the curve)
 */
record ErrorLadder(OscillatingPattern pattern, double[] epsilons, double[][] errors, double[] paper,
                   double[] corrected, int[] measured) {
    /** Fig. 2's ε: 1e-1 down to 1e-10. */
    static final double[] LADDER = {1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10};
    /** At least this many iterations, so that even ε = 1e-10 leaves its plateau (at about 33 half-steps). */
    static final int MIN_ITERATIONS = 25;

    /**
     * The ladder, plus {@code epsilon} when it is a positive value off the ladder, over {@code max(L, 25)}
     * iterations.
     */
    static ErrorLadder compute(OscillatingPattern pattern, double epsilon, int iterations) {
        List<Double> eps = new ArrayList<>();
        for (double e : LADDER) {
            eps.add(e);
        }
        if (epsilon > 0 && epsilon < 1 && eps.stream().noneMatch(e -> Math.abs(e / epsilon - 1) < 1e-9)) {
            eps.add(epsilon);
            eps.sort((a, b) -> Double.compare(b, a));
        }
        int l = Math.max(iterations, MIN_ITERATIONS);
        int count = eps.size();
        double[] e = new double[count];
        double[][] errors = new double[count][];
        double[] paper = new double[count];
        double[] corrected = new double[count];
        int[] measured = new int[count];
        for (int k = 0; k < count; k++) {
            e[k] = eps.get(k);
            ConstraintErrors c = SinkhornNormalisation.errors(pattern.withEpsilon(e[k]), l);
            errors[k] = c.perHalfStep();
            paper[k] = PlateauChangePoints.paperPrediction(e[k]);
            corrected[k] = PlateauChangePoints.limitPrediction(e[k]);
            measured[k] = c.firstHalfStepBelow(PlateauChangePoints.HALF_PLATEAU);
        }
        return new ErrorLadder(pattern, e, errors, paper, corrected, measured);
    }

    int halfSteps() {
        return errors[0].length;
    }
}
