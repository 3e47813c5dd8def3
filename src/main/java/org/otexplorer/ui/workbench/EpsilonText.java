package org.otexplorer.ui.workbench;

import java.util.Locale;
import org.otexplorer.engine.Epsilon;

/**
 * How an ε slider writes its value: as given and in the other scale, "0.0200 × mean C = 0.00213" for ε relative
 * to the mean cost, "0.00213 = 0.0200 × mean C" for an absolute one ({@link Epsilon#absolute}, math.md §1: the
 * solvers use ε = value · mean(C)). Without a problem's mean cost yet, or relative to max C, only the value given.
 */
public final class EpsilonText {
    private EpsilonText() {
    }

    /**
     * The slider's text for {@code value} read with {@code reference}.
     *
     * @param meanCost the shown problem's mean of C, or NaN while there is none
     */
    public static String describe(double value, Epsilon.Reference reference, double meanCost) {
        String unit = switch (reference) {
            case ABSOLUTE -> "";
            case MEAN_COST -> " × mean C";
            case MAX_COST -> " × max C";
        };
        if (!(meanCost > 0) || Double.isInfinite(meanCost) || reference == Epsilon.Reference.MAX_COST) {
            return String.format(Locale.ROOT, "%.3g%s", value, unit);
        }
        return reference == Epsilon.Reference.MEAN_COST
                ? String.format(Locale.ROOT, "%.3g × mean C = %.3g", value, value * meanCost)
                : String.format(Locale.ROOT, "%.3g = %.3g × mean C", value, value / meanCost);
    }
}
