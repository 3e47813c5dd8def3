package org.otexplorer.ui.permutation;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.concurrent.CancellationException;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.permutation.NonConvergenceGrid;
import org.otexplorer.permutation.OscillatingPattern;
import org.otexplorer.permutation.SinkhornNormalisation;

/**
 * The lab's matrix after every half-step of {@code S^(L) = (N_c ∘ N_r)^L} (math.md §15.1), computed once off the FX
 * thread so that playing, stepping and the slider only pick a frame: frame 0 is the input, frame k the matrix after
 * half-step k (odd: a row step, even: a column step), with both constraint errors of each frame.
 *
 * @param title       what is normalised, in words ("centre-open, ε = 1e-10")
 * @param n           the matrix size
 * @param frames      frame k row-major, k = 0 … 2L
 * @param rowError    {@code max_i |1 − Σ_j X_ij|} of each frame
 * @param columnError {@code max_j |1 − Σ_i X_ij|} of each frame
 */
record LabFrames(String title, int n, double[][] frames, double[] rowError, double[] columnError) {
    /** The largest matrix the lab steps through. */
    static final int MAX_SIZE = 50;

    /** Half-steps recorded (2L). */
    int halfSteps() {
        return frames.length - 1;
    }

    /** The error the frame's last half-step did not enforce (the larger of the two). */
    double error(int frame) {
        return Math.max(rowError[frame], columnError[frame]);
    }

    /**
     * The frames of the scenario's lab matrix.
     *
     * @throws IllegalArgumentException when the matrix cannot be normalised (the message names the field)
     * @throws CancellationException    when {@code cancelled} turns true
     */
    static LabFrames compute(Scenario s, BooleanSupplier cancelled) {
        ParameterValues v = PermutationSection.of(s);
        SinkhornNormalisation normalisation = source(s);
        int halfSteps = 2 * v.get(PermutationSection.ITERATIONS);
        int n = normalisation.n();
        double[][] frames = new double[halfSteps + 1][];
        double[] rows = new double[halfSteps + 1];
        double[] columns = new double[halfSteps + 1];
        for (int k = 0; k <= halfSteps; k++) {
            if (k > 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("lab cancelled");
                }
                normalisation.halfStep();
            }
            double[][] m = normalisation.matrix();
            frames[k] = new double[n * n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(m[i], 0, frames[k], i * n, n);
            }
            rows[k] = normalisation.rowError();
            columns[k] = normalisation.columnError();
        }
        return new LabFrames(title(s), n, frames, rows, columns);
    }

    /** The normalisation of what the scenario's lab shows. */
    static SinkhornNormalisation source(Scenario s) {
        ParameterValues v = PermutationSection.of(s);
        return switch (v.get(PermutationSection.SOURCE)) {
            case "random" -> SinkhornNormalisation.ofLogScores(NonConvergenceGrid.sampleLogScores(s.seed(),
                    v.get(PermutationSection.SAMPLE_SIZE), v.get(PermutationSection.SAMPLE_INDEX),
                    v.get(PermutationSection.SAMPLE_TEMPERATURE)), v.get(PermutationSection.SAMPLE_SIZE));
            case "custom" -> custom(PermutationSection.customMatrix(v));
            default -> SinkhornNormalisation.of(PermutationSection.pattern(v).withEpsilon(
                    v.get(PermutationSection.EPSILON)));
        };
    }

    /**
     * The normalisation of a typed or imported matrix.
     *
     * @throws IllegalArgumentException naming {@code permutation.matrix} when it is larger than the lab shows, not
     *                                  square, negative, NaN or has a zero row or column
     */
    static SinkhornNormalisation custom(double[][] m) {
        String field = PermutationSection.NAME + "." + PermutationSection.MATRIX.name();
        if (m.length > MAX_SIZE) {
            throw new IllegalArgumentException(field + ": the lab steps through matrices up to " + MAX_SIZE + "×"
                    + MAX_SIZE + ", got " + m.length + " rows");
        }
        try {
            return SinkhornNormalisation.of(m);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static String title(Scenario s) {
        ParameterValues v = PermutationSection.of(s);
        return switch (v.get(PermutationSection.SOURCE)) {
            case "random" -> String.format(Locale.ROOT, "exp(χ/τ), τ = %s, n = %d, sample %d of seed %d",
                    Parameter.format(v.get(PermutationSection.SAMPLE_TEMPERATURE)),
                    v.get(PermutationSection.SAMPLE_SIZE), v.get(PermutationSection.SAMPLE_INDEX), s.seed());
            case "custom" -> "the typed matrix";
            default -> {
                OscillatingPattern p = PermutationSection.pattern(v);
                yield PermutationSection.patternId(p) + ", zeros → ε = "
                        + Parameter.format(v.get(PermutationSection.EPSILON));
            }
        };
    }
}
