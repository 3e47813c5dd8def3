package org.otexplorer.ui.permutation;

import java.util.List;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.permutation.NonConvergenceGrid;
import org.otexplorer.service.Analysis;
import org.otexplorer.service.Job;

/**
 * The random-sample grid of a scenario (math.md §15.3): the τ × L table at the chosen n, threshold and number of
 * samples ({@link NonConvergenceGrid}).
 *
 * @param scenario what it was computed from
 * @param grid     the fractions and each cell's first unnormalised sample
 */
record GridResult(Scenario scenario, NonConvergenceGrid grid) {
    /** The grid's analysis on the {@code permutation.grid} channel. */
    static final Analysis<Scenario, GridResult> ANALYSIS = new Analysis<>() {
        @Override
        public String channel() {
            return "permutation.grid";
        }

        @Override
        public Job<GridResult> job(Scenario s) {
            return context -> new GridResult(s, NonConvergenceGrid.compute(PermutationSection.grid(s),
                    context::isCancelled));
        }
    };

    /** The part of a scenario the grid depends on. */
    static Object inputs(Scenario s) {
        ParameterValues v = PermutationSection.of(s);
        return List.of(s.seed(), v.get(PermutationSection.GRID_SIZE), v.get(PermutationSection.GRID_SAMPLES),
                v.get(PermutationSection.THRESHOLD));
    }

    /** The fractions as the heatmap draws them: row t = τ_t (largest first), column l = L_l. */
    double[] fractions() {
        double[] taus = grid.settings().temperatures();
        int[] ls = grid.settings().iterations();
        double[] v = new double[taus.length * ls.length];
        for (int t = 0; t < taus.length; t++) {
            for (int l = 0; l < ls.length; l++) {
                v[t * ls.length + l] = grid.fraction(t, l, 0);
            }
        }
        return v;
    }
}
