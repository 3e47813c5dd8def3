package org.otexplorer.ui.permutation;

import java.util.List;
import org.otexplorer.permutation.HeadKind;
import org.otexplorer.permutation.SortingSnapshot;

/**
 * The training race as it stands (plain data, made on the race's thread): every head's curves against the epoch and
 * its latest snapshot.
 *
 * @param heads   one trace per racing head, in {@link HeadKind} order
 * @param epochs  the epochs each head will run
 * @param running whether the race is still going (false once every head has done all its epochs)
 */
record RaceSnapshot(List<HeadTrace> heads, int epochs, boolean running) {
    /**
     * One head's curves, one entry per epoch done (entry 0: the untrained network).
     *
     * @param epoch           0, 1, …
     * @param loss            the training reconstruction loss
     * @param kendallTau      the test Kendall τ (Mena et al.'s, Table 5)
     * @param outputTau       Kendall τ of the reconstruction against the sorted sequence
     * @param anyWrong        the proportion of test sequences with a wrong position
     * @param constraintMean  mean {@code Err_r} of the training soft matrices (0 for hard heads)
     * @param constraintMax   their largest {@code Err_r}
     * @param latest          the newest snapshot (test sequence, soft and hard matrices)
     */
    record HeadTrace(HeadKind head, double[] epoch, double[] loss, double[] kendallTau, double[] outputTau,
                     double[] anyWrong, double[] constraintMean, double[] constraintMax, SortingSnapshot latest) {
        int epochsDone() {
            return epoch.length - 1;
        }
    }

    /** The trace of a head, or {@code null} when it does not race. */
    HeadTrace trace(HeadKind head) {
        return heads.stream().filter(h -> h.head() == head).findFirst().orElse(null);
    }

    /** Epochs every head has done. */
    int epochsDone() {
        return heads.stream().mapToInt(HeadTrace::epochsDone).min().orElse(0);
    }
}
