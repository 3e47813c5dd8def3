package org.otexplorer.ui.ipot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.otexplorer.barycenter.BarycenterProblem;
import org.otexplorer.barycenter.glyphs.GlyphRaster;
import org.otexplorer.barycenter.glyphs.StrokeGlyph;
import org.otexplorer.histogram.GaussianMixture;
import org.otexplorer.histogram.Grid;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.ParameterValues;

/**
 * The barycenter problem a scenario describes (thesis Fig. 2.8, math.md §16.3–16.6): K copies of a glyph rescaled
 * to 0.35–0.8 of the side and shifted at random (the scenario's seed) on a side × side grid, or K random
 * two-component Gaussian mixtures on the race's bins; weights λ from {@code ipot.weights} (empty: 1/K each).
 */
final class BarycenterInputs {
    /** The smallest and largest glyph scale (fractions of the image side), as in Fig. 2.8. */
    static final double MIN_SCALE = 0.35;
    static final double MAX_SCALE = 0.8;

    private BarycenterInputs() {
    }

    /**
     * The problem.
     *
     * @throws IllegalArgumentException naming {@code ipot.weights} when there is not one weight per input or they
     *                                  do not sum to one
     */
    static BarycenterProblem problem(Scenario s) {
        ParameterValues v = IpotSection.of(s);
        int k = v.get(IpotSection.INPUT_COUNT);
        Grid grid;
        List<double[]> inputs = new ArrayList<>();
        if (isGlyphs(s)) {
            int side = v.get(IpotSection.GLYPH_SIDE);
            grid = Grid.image(side, side);
            StrokeGlyph glyph = StrokeGlyph.named(v.get(IpotSection.GLYPH));
            for (GlyphRaster.Placement at : GlyphRaster.randomPlacements(k, MIN_SCALE, MAX_SCALE, s.seed())) {
                inputs.add(GlyphRaster.render(glyph, at, side, side));
            }
        } else {
            int n = v.get(IpotSection.BINS);
            grid = Grid.line(n);
            for (int i = 0; i < k; i++) {
                inputs.add(GaussianMixture.random(2, n, s.seed() + 7919L * i).histogram(n));
            }
        }
        double[] weights = IpotSection.array(v.get(IpotSection.WEIGHTS));
        if (weights.length == 0) {
            weights = new double[k];
            Arrays.fill(weights, 1.0 / k);
        }
        try {
            return BarycenterProblem.of(grid, inputs, weights);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(IpotSection.field(IpotSection.WEIGHTS) + ": " + e.getMessage(), e);
        }
    }

    static boolean isGlyphs(Scenario s) {
        return "glyphs".equals(IpotSection.of(s).get(IpotSection.BARYCENTER_INPUTS));
    }

    /** The part of a scenario the inputs depend on. */
    static List<Object> inputs(Scenario s) {
        ParameterValues v = IpotSection.of(s);
        return List.of(s.seed(), v.get(IpotSection.BARYCENTER_INPUTS), v.get(IpotSection.GLYPH),
                v.get(IpotSection.INPUT_COUNT), v.get(IpotSection.GLYPH_SIDE), v.get(IpotSection.BINS),
                v.get(IpotSection.WEIGHTS));
    }
}
