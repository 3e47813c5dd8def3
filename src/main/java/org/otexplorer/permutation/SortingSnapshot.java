package org.otexplorer.permutation;

/**
 * Plain data after one epoch of a {@link SortingRun} (no JavaFX): what the training race draws.
 *
 * @param head                 which permutation head trained
 * @param epoch                epochs done (0 before training)
 * @param loss                 the training reconstruction loss of this epoch, mean over sequences and samples
 * @param test                 the test metrics under the hard permutation {@code H(χ/τ)}
 * @param constraintErrorMean  mean {@code Err_r} of the epoch's soft training matrices (0 for hard heads)
 * @param constraintErrorMax   largest {@code Err_r} among them (0 for hard heads)
 * @param exampleInput         the first test sequence x
 * @param exampleTrueOrder     its true order: input index of each sorted position
 * @param examplePredictedOrder its predicted order under the hard permutation
 * @param softPermutation      the head's relaxed matrix for it, N×N (rows: inputs, columns: positions)
 * @param hardPermutation      the hard permutation matrix {@code H(χ/τ)} for it, N×N
 */
public record SortingSnapshot(HeadKind head, int epoch, double loss, SortingMetrics test, double constraintErrorMean,
                              double constraintErrorMax, double[] exampleInput, int[] exampleTrueOrder,
                              int[] examplePredictedOrder, double[][] softPermutation, double[][] hardPermutation) {
}
