package org.otexplorer.ui.permutation;

import java.util.function.BooleanSupplier;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.service.Analysis;
import org.otexplorer.service.Job;

/**
 * Everything the normalisation lab draws for a scenario, computed in one job: the frames of its matrix, Fig. 2's
 * ladder for the chosen pattern (when the lab shows a pattern) and Appendix A's softmax gradient.
 *
 * @param scenario what it was computed from
 * @param frames   the lab matrix after every half-step
 * @param ladder   the pattern's ε ladder, or {@code null} when the lab shows a random or typed matrix
 * @param softmax  the softmax gradient against τ
 */
record LabResult(Scenario scenario, LabFrames frames, ErrorLadder ladder, SoftmaxGradient softmax) {
    /** The lab's analysis on the {@code permutation.lab} channel. */
    static final Analysis<Scenario, LabResult> ANALYSIS = new Analysis<>() {
        @Override
        public String channel() {
            return "permutation.lab";
        }

        @Override
        public Job<LabResult> job(Scenario s) {
            return context -> LabResult.compute(s, context::isCancelled);
        }
    };

    static LabResult compute(Scenario s, BooleanSupplier cancelled) {
        ParameterValues v = PermutationSection.of(s);
        LabFrames frames = LabFrames.compute(s, cancelled);
        ErrorLadder ladder = "pattern".equals(v.get(PermutationSection.SOURCE))
                ? ErrorLadder.compute(PermutationSection.pattern(v), v.get(PermutationSection.EPSILON),
                        v.get(PermutationSection.ITERATIONS))
                : null;
        return new LabResult(s, frames, ladder, SoftmaxGradient.compute(v.get(PermutationSection.SOFTMAX_SIZE),
                v.get(PermutationSection.SOFTMAX_GAP)));
    }

    /** The part of a scenario the lab depends on (its section but the other panels' parameters, and the seed). */
    static Object inputs(Scenario s) {
        ParameterValues v = PermutationSection.of(s);
        return java.util.List.of(s.seed(), v.get(PermutationSection.SOURCE), v.get(PermutationSection.PATTERN),
                v.get(PermutationSection.EPSILON), v.get(PermutationSection.ITERATIONS),
                v.get(PermutationSection.SAMPLE_TEMPERATURE), v.get(PermutationSection.SAMPLE_SIZE),
                v.get(PermutationSection.SAMPLE_INDEX), v.get(PermutationSection.MATRIX),
                v.get(PermutationSection.SOFTMAX_SIZE), v.get(PermutationSection.SOFTMAX_GAP));
    }
}
