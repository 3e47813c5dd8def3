package org.otexplorer.permutation;

/**
 * Both constraint errors of the Sinkhorn normalisation after every half-step (math.md §15.1): entry
 * {@code k − 1} belongs to half-step k (odd k: a row step {@code N_r}, even k: a column step {@code N_c}).
 * {@code rowError[k−1] = max_i |1 − Σ_j X_ij|} and {@code columnError[k−1] = max_j |1 − Σ_i X_ij|} for the
 * matrix X after that half-step; the paper's {@code Err_c} is the column error after a row step and its
 * {@code Err_r} the row error after a column step; the other one is zero up to rounding.
 */
public record ConstraintErrors(double[] rowError, double[] columnError) {
    public ConstraintErrors {
        if (rowError.length != columnError.length) {
            throw new IllegalArgumentException("row and column errors need one entry per half-step each, got "
                    + rowError.length + " and " + columnError.length);
        }
        rowError = rowError.clone();
        columnError = columnError.clone();
    }

    /** How many half-steps are recorded. */
    public int halfSteps() {
        return rowError.length;
    }

    /** The error the half-step k leaves, the larger of the two (the one its normalisation did not enforce). */
    public double afterHalfStep(int k) {
        return Math.max(rowError[k - 1], columnError[k - 1]);
    }

    /** {@code Err_r} after full iteration l (row step then column step), as the paper plots it. */
    public double afterIteration(int l) {
        return rowError[2 * l - 1];
    }

    /** The error after every half-step, {@link #afterHalfStep} for k = 1 … halfSteps. */
    public double[] perHalfStep() {
        double[] e = new double[halfSteps()];
        for (int k = 1; k <= e.length; k++) {
            e[k - 1] = afterHalfStep(k);
        }
        return e;
    }

    /** The first half-step whose error is below {@code threshold}, or 0 if none is. */
    public int firstHalfStepBelow(double threshold) {
        for (int k = 1; k <= halfSteps(); k++) {
            if (afterHalfStep(k) < threshold) {
                return k;
            }
        }
        return 0;
    }

    @Override
    public double[] rowError() {
        return rowError.clone();
    }

    @Override
    public double[] columnError() {
        return columnError.clone();
    }
}
