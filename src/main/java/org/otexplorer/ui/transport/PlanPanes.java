package org.otexplorer.ui.transport;

import org.otexplorer.io.ViewSpec;
import org.otexplorer.service.SolveView;

/**
 * What the plan panel draws, prepared off the FX thread: pane A (the scenario's solve: its plan, or its cost matrix
 * C), and when the plan is side by side (issue 14 view 5) pane B (the second solve's plan in pane A's row and column
 * order, so that cell (i, j) is the same pair in both) and optionally their difference P_A − P_B. Panes A and B
 * share one colour range — the union of their values' ranges, or the locked range — so equal colours mean equal
 * mass; the difference has its own range, symmetric about 0, for a diverging colormap centred at 0.
 *
 * @param a               pane A
 * @param b               pane B, or {@code null} (not side by side, or its solve has not arrived)
 * @param difference      P_A − P_B, or {@code null}
 * @param colorRange      the colour range of panes A and B [low, high]
 * @param differenceRange [−d, d] with d the largest |P_A − P_B|, or {@code null}
 */
public record PlanPanes(PlanDisplay a, PlanDisplay b, PlanDisplay difference, double[] colorRange,
                        double[] differenceRange) {

    /**
     * The panes of a solve and, when {@code solveB} is given (same size), of a second solve.
     *
     * @param cost           show pane A's cost matrix instead of the plans (then there is no pane B)
     * @param withDifference also the difference pane (needs pane B)
     * @param locked         a locked colour range of the plans, or {@code null}
     */
    public static PlanPanes of(SolveView solveA, SolveView solveB, ViewSpec v, boolean cost, boolean withDifference,
                               double[] locked) {
        int[][] orders = PlanDisplay.orders(solveA, v.sortByAssignment());
        if (cost) {
            PlanDisplay c = PlanDisplay.cost(solveA, orders[0], orders[1]);
            return new PlanPanes(c, null, null, c.span(), null);
        }
        PlanDisplay a = PlanDisplay.of(solveA, orders[0], orders[1], v.logColorScale(), v.logColorDecades());
        boolean paired = solveB != null && solveB.n() == solveA.n() && solveB.m() == solveA.m();
        PlanDisplay b = paired
                ? PlanDisplay.of(solveB, orders[0], orders[1], v.logColorScale(), v.logColorDecades()) : null;
        PlanDisplay d = paired && withDifference ? PlanDisplay.difference(solveA, solveB, orders[0], orders[1]) : null;
        double[] range = locked != null ? locked.clone() : shared(a, b);
        return new PlanPanes(a, b, d, range, d == null ? null : symmetric(d));
    }

    /** Linear plans from 0 (no mass) to the larger maximum; log plans over the union of their spans. */
    private static double[] shared(PlanDisplay a, PlanDisplay b) {
        double[] span = a.span();
        if (b != null) {
            double[] other = b.span();
            span = new double[] {Math.min(span[0], other[0]), Math.max(span[1], other[1])};
        }
        return a.logScale() ? span : new double[] {0, span[1]};
    }

    private static double[] symmetric(PlanDisplay d) {
        double[] span = d.span();
        double reach = Math.max(Math.abs(span[0]), Math.abs(span[1]));
        return new double[] {-reach, reach};
    }
}
