package org.otexplorer.barycenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.otexplorer.barycenter.glyphs.GlyphRaster;
import org.otexplorer.barycenter.glyphs.StrokeGlyph;
import org.otexplorer.histogram.Grid;

/** Bad histograms, weights and parameters are rejected with a message that names them. */
class BadBarycenterInputTest {
    private static final Grid LINE = Grid.line(4);
    private static final double[] OK = {1, 2, 3, 4};

    @Test
    void badHistogramsAreNamed() {
        expect("input histogram 1 bin 2 is NaN", () -> BarycenterProblem.uniform(LINE, List.of(OK, new double[] {1, 1, Double.NaN, 1})));
        expect("input histogram 0 bin 0 is negative", () -> BarycenterProblem.uniform(LINE, List.of(new double[] {-1, 1, 1, 1}, OK)));
        expect("input histogram 1 has zero total mass", () -> BarycenterProblem.uniform(LINE, List.of(OK, new double[4])));
        expect("has 3 bins but the grid has 4", () -> BarycenterProblem.uniform(LINE, List.of(OK, new double[] {1, 1, 1})));
        expect("is infinite", () -> BarycenterProblem.uniform(LINE, List.of(OK, new double[] {1, Double.POSITIVE_INFINITY, 1, 1})));
        expect("at least one input", () -> BarycenterProblem.uniform(LINE, List.of()));
    }

    @Test
    void weightsMustBeNonNegativeAndSumToOne() {
        expect("sum to 0.9", () -> BarycenterProblem.of(LINE, List.of(OK, OK), new double[] {0.5, 0.4}));
        expect("lambda_1 must be", () -> BarycenterProblem.of(LINE, List.of(OK, OK), new double[] {1.5, -0.5}));
        expect("2 inputs but 3 weights", () -> BarycenterProblem.of(LINE, List.of(OK, OK), new double[] {0.2, 0.3, 0.5}));
        assertEquals(0.25, BarycenterProblem.of(LINE, List.of(OK, OK), new double[] {0.25, 0.75}).weight(0));
    }

    @Test
    void parametersAreChecked() {
        BarycenterProblem p = BarycenterProblem.uniform(LINE, List.of(OK, OK));
        expect("beta", () -> new IpotBarycenter(p, 0, 1, IpotBarycenter.Order.CONSENSUS));
        expect("beta", () -> new IpotBarycenter(p, -1, 1, IpotBarycenter.Order.CONSENSUS));
        expect("inner iterations", () -> new IpotBarycenter(p, 1, 0, IpotBarycenter.Order.CONSENSUS));
        expect("epsilon", () -> new IbpBarycenter(p, Double.NaN));
        expect("tolerance", () -> BarycenterRuns.run(new IbpBarycenter(p, 1), 10, -1, 1, () -> false));
        expect("unknown glyph 'A'", () -> StrokeGlyph.named("A"));
        expect("exactly two inputs", () -> DisplacementInterpolation.exact(BarycenterProblem.uniform(LINE, List.of(OK, OK, OK)), 3));
        expect("scale", () -> new GlyphRaster.Placement(0, 0.5, 0.5));
    }

    private static void expect(String fragment, Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(fragment), "expected '" + fragment + "' in: " + ex.getMessage());
    }
}
