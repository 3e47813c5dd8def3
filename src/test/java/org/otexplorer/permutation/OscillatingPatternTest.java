package org.otexplorer.permutation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.otexplorer.permutation.Rejections.expectRejected;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fig. 1's six patterns: their enumeration, their plateaus (Fig. 2) and the two classes their curves form. */
class OscillatingPatternTest {
    private static final double[] EPSILONS = {1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10};

    @Test
    void theSixPatternsAreAllOscillatingBinaryMatricesUpToRotation() {
        List<int[][]> all = OscillatingPattern.allOscillatingBinaryMatrices();
        assertEquals(18, all.size(), "9 positions of the 2x2 zero block x 2 values of the crossing entry");
        Map<OscillatingPattern, Integer> orbit = new EnumMap<>(OscillatingPattern.class);
        for (int[][] m : all) {
            OscillatingPattern p = OscillatingPattern.rotationClassOf(m);
            assertNotNull(p, "every oscillating matrix is a rotation of a Fig. 1 pattern");
            orbit.merge(p, 1, Integer::sum);
        }
        // Corner and edge crossings have 4 rotations each, the centre crossing 1.
        assertEquals(Map.of(OscillatingPattern.CORNER_OPEN, 4, OscillatingPattern.CORNER_FULL, 4,
                OscillatingPattern.EDGE_FULL, 4, OscillatingPattern.EDGE_OPEN, 4,
                OscillatingPattern.CENTRE_FULL, 1, OscillatingPattern.CENTRE_OPEN, 1), orbit);
    }

    @Test
    void errorStaysOnItsPlateauUntilTheChangePointThenFalls() {
        for (OscillatingPattern p : OscillatingPattern.values()) {
            for (double eps : EPSILONS) {
                ConstraintErrors e = SinkhornNormalisation.errors(p.withEpsilon(eps), 60);
                // The full patterns run one half-step ahead of the open ones (see the class test below).
                int plateauEnd = (int) Math.floor(PlateauChangePoints.limitPrediction(eps)) - 3;
                for (int k = 2; k <= plateauEnd; k++) {
                    assertTrue(e.afterHalfStep(k) > 0.75, p + " eps " + eps + ": error " + e.afterHalfStep(k)
                            + " left the plateau early, at half-step " + k);
                }
                int settled = (int) Math.ceil(-Math.log(eps) / Math.log(2)) + 12;
                assertTrue(e.afterHalfStep(settled) < 1e-3, p + " eps " + eps + ": error " + e.afterHalfStep(settled)
                        + " still high at half-step " + settled);
            }
        }
    }

    @Test
    void withZerosTheErrorNeverFalls() {
        for (OscillatingPattern p : OscillatingPattern.values()) {
            ConstraintErrors e = SinkhornNormalisation.errors(p.withEpsilon(0), 500);
            for (int k = 1; k <= e.halfSteps(); k++) {
                assertTrue(e.afterHalfStep(k) > 0.5, p + ": error " + e.afterHalfStep(k) + " at half-step " + k);
            }
        }
    }

    @Test
    void theSixCurvesAreTwoCurvesBecauseNormalisationCommutesWithPermutations() {
        // N_r(P A Q) = P N_r(A) Q for permutation matrices P, Q, and every pattern is a row and column
        // permutation of CENTRE_OPEN (crossing entry 0) or of CENTRE_FULL (crossing entry 1).
        for (double eps : new double[] {1e-2, 1e-6}) {
            double[] open = SinkhornNormalisation.errors(OscillatingPattern.CENTRE_OPEN.withEpsilon(eps), 40).perHalfStep();
            double[] full = SinkhornNormalisation.errors(OscillatingPattern.CENTRE_FULL.withEpsilon(eps), 40).perHalfStep();
            for (OscillatingPattern p : OscillatingPattern.values()) {
                double[] curve = SinkhornNormalisation.errors(p.withEpsilon(eps), 40).perHalfStep();
                assertArrayEquals(p.crossingEntryIsOne() ? full : open, curve, 1e-12, p + " eps " + eps);
            }
            assertTrue(Math.abs(open[0] - full[0]) > 0.1, "the two classes differ");
        }
    }

    @Test
    void plateauLevelsAreOneAndFourThirds() {
        double eps = 1e-10;
        assertEquals(1, SinkhornNormalisation.errors(OscillatingPattern.EDGE_OPEN.withEpsilon(eps), 1).afterHalfStep(1),
                1e-8);
        assertEquals(4.0 / 3, SinkhornNormalisation.errors(OscillatingPattern.EDGE_FULL.withEpsilon(eps), 1)
                .afterHalfStep(1), 1e-8);
    }

    @Test
    void badInputIsRejected() {
        expectRejected("epsilon must be a finite number >= 0", () -> OscillatingPattern.CORNER_OPEN.withEpsilon(-1e-3));
        expectRejected("use one of", () -> OscillatingPattern.byName("diagonal"));
        assertEquals(OscillatingPattern.EDGE_OPEN, OscillatingPattern.byName("edge_open"));
    }
}
