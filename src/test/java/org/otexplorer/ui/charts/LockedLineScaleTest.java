package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Matching lines on a scale locked over several plans: opacity P_ij / max(largest, max P). */
class LockedLineScaleTest {
    private static final double[] X = {0, 1};
    private static final double[] Y = {0, 0};

    private static float[] sorted(float[] a) {
        float[] s = a.clone();
        java.util.Arrays.sort(s);
        return s;
    }

    @Test
    void aLargerLockedTopDrawsABlurredPlanFaintAndCullsWhatFallsBelowOneColourStep() {
        double[] plan = {0.5, 0.25, 0.003, 0};
        MatchingLines own = MatchingLines.of(X, Y, X, Y, plan);
        assertArrayEquals(new float[] {0.006f, 0.5f, 1f}, sorted(own.alpha()), 1e-6f, "each plan's own top");
        MatchingLines locked = MatchingLines.of(X, Y, X, Y, plan, 1.0);
        assertArrayEquals(new float[] {0.25f, 0.5f}, sorted(locked.alpha()), 1e-6f, "P_ij / 1");
        assertEquals(1, locked.culled(), "0.003 is under 1/255 of the locked top");
        MatchingLines below = MatchingLines.of(X, Y, X, Y, plan, 0.1);
        assertArrayEquals(sorted(own.alpha()), sorted(below.alpha()), 0f, "a top below the plan's own is its own");
    }
}
