package org.otexplorer.ui.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.service.ScenarioSnapshot;
import org.otexplorer.service.SolveView;

/**
 * What the plan panel's panes hold (issue 14 views 4 and 5), checked against the solves themselves: pane B in
 * pane A's order, one colour range spanning both, the difference entry by entry, the cost matrix and the
 * one-dimensional order by position.
 */
class PlanPanesTest {
    private static final Path SIDE_BY_SIDE = Path.of("samples/side-by-side-balanced-vs-robust.json");
    private static final Path ONE_D = Path.of("samples/one-dimensional-plan-with-histograms.json");

    private static SolveView solve(Scenario s) {
        return ScenarioSnapshot.compute(s, Path.of("samples"), false, false).solve();
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    @Test
    void paneBIsTheSecondPlanInPaneAsOrderOnOneSharedScaleAndTheDifferenceIsAMinusB() {
        Scenario s = ScenarioFiles.load(SIDE_BY_SIDE);
        SolveView a = solve(s);
        SolveView b = solve(SplitSection.paneB(s));
        assertEquals("robust", b.method());
        ViewSpec sorted = s.view().withSortByAssignment(true);
        PlanPanes panes = PlanPanes.of(a, b, sorted, false, true, null);
        int[] columns = panes.a().columnOrder();
        assertArrayEquals(columns, panes.b().columnOrder(), "pane B in pane A's order");
        int m = a.m();
        for (int i = 0; i < a.n(); i++) {
            for (int jj = 0; jj < m; jj++) {
                assertEquals(b.planEntry(i, columns[jj]), panes.b().value(i, jj), 0);
                assertEquals(a.planEntry(i, columns[jj]) - b.planEntry(i, columns[jj]),
                        panes.difference().value(i, jj), 1e-18);
            }
        }
        assertArrayEquals(new double[] {0, Math.max(max(a.plan()), max(b.plan()))}, panes.colorRange(), 0,
                "linear colours from 0 to the larger of the two plans' maxima");
        double reach = 0;
        for (int k = 0; k < a.plan().length; k++) {
            reach = Math.max(reach, Math.abs(a.plan()[k] - b.plan()[k]));
        }
        assertArrayEquals(new double[] {-reach, reach}, panes.differenceRange(), 0, "centred at 0");
        assertEquals(max(a.plan()), panes.a().largestEntry(), 0, "the summary's max P is pane A's");
        assertEquals(max(b.plan()), panes.b().largestEntry(), 0);
        PlanPanes logPanes = PlanPanes.of(a, null, sorted.withLogColorScale(true), false, false, null);
        assertEquals(Math.log10(logPanes.a().largestEntry()), logPanes.a().max(), 1e-15,
                "in log colour the scale's top is log10 of the largest entry");
    }

    @Test
    void aLockedRangeAndTheLogScaleApplyToBothPanes() {
        Scenario s = ScenarioFiles.load(SIDE_BY_SIDE);
        SolveView a = solve(s);
        SolveView b = solve(SplitSection.paneB(s));
        assertArrayEquals(new double[] {0, 0.5}, PlanPanes.of(a, b, s.view(), false, false,
                new double[] {0, 0.5}).colorRange(), 0);
        PlanPanes log = PlanPanes.of(a, b, s.view().withLogColorScale(true), false, false, null);
        double lo = Math.min(log.a().span()[0], log.b().span()[0]);
        assertArrayEquals(new double[] {lo, Math.log10(Math.max(max(a.plan()), max(b.plan())))}, log.colorRange(), 1e-12);
        assertNull(log.difference(), "no difference pane unless asked");
    }

    @Test
    void paneBTakesTheEngineWithItsMethodAndAMultipleOfEpsilon() {
        Scenario s = ScenarioFiles.load(SIDE_BY_SIDE);
        Scenario tenfold = SplitSection.with(s, SplitSection.PRESETS.get(2));
        assertEquals(s.engine().method(), SplitSection.engineB(tenfold).method(), "'same' keeps pane A's method");
        assertEquals(10 * s.engine().epsilon().value(), SplitSection.engineB(tenfold).epsilon().value(), 1e-15);
        assertEquals(s.engine().epsilon().isRelative(), SplitSection.engineB(tenfold).epsilon().isRelative());
        assertEquals(0.5, SplitSection.engineB(s).get(SolverParameters.RHO2), "ρ₂ from the engine section");
        assertEquals(SplitSection.PRESETS.get(0), SplitSection.preset(s));
        assertThrows(IllegalArgumentException.class, () -> SplitSection.with(s, SplitSection.EPSILON_FACTOR, 0.0));
        assertThrows(IllegalArgumentException.class, () -> SplitSection.with(s, SplitSection.METHOD, "simplex"));
    }

    @Test
    void theCostViewShowsCInTheDisplayOrderOverItsOwnRange() {
        Scenario s = ScenarioFiles.load(SIDE_BY_SIDE);
        SolveView a = solve(s);
        PlanPanes cost = PlanPanes.of(a, solve(SplitSection.paneB(s)), s.view().withSortByAssignment(true), true,
                true, new double[] {0, 1e-3});
        assertNull(cost.b(), "the cost matrix is the same for both methods: one pane");
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        double[][] x = a.sourcePoints();
        double[][] y = a.targetPoints();
        int[] columns = cost.a().columnOrder();
        for (int i = 0; i < a.n(); i++) {
            for (int jj = 0; jj < a.m(); jj++) {
                double dx = x[i][0] - y[columns[jj]][0];
                double dy = x[i][1] - y[columns[jj]][1];
                assertEquals(dx * dx + dy * dy, cost.a().value(i, jj), 1e-12, "C_ij = |x_i − y_j|²");
                lo = Math.min(lo, dx * dx + dy * dy);
                hi = Math.max(hi, dx * dx + dy * dy);
            }
        }
        assertArrayEquals(new double[] {lo, hi}, cost.colorRange(), 1e-12, "C's own range, not the locked plan range");
    }

    @Test
    void oneDimensionalPointsAreOrderedByPosition() {
        SolveView s = solve(ScenarioFiles.load(ONE_D));
        PlanDisplay d = PlanDisplay.of(s, false, false, 6);
        for (int k = 1; k < d.rows(); k++) {
            assertTrue(s.sourcePoints()[d.rowOrder()[k - 1]][0] <= s.sourcePoints()[d.rowOrder()[k]][0]);
        }
        for (int k = 1; k < d.columns(); k++) {
            assertTrue(s.targetPoints()[d.columnOrder()[k - 1]][0] <= s.targetPoints()[d.columnOrder()[k]][0]);
        }
        assertEquals(s.n(), Arrays.stream(d.rowOrder()).distinct().count(), "a permutation of the rows");
        assertEquals(s.m(), Arrays.stream(d.columnOrder()).distinct().count(), "a permutation of the columns");
    }
}
