package org.otexplorer.ui.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.service.SolveView;
import org.otexplorer.service.TransportInput;
import org.otexplorer.service.TransportSolve;
import org.otexplorer.ui.charts.MatchingLines;

/** The line under the source-and-target chart names ε only for the plans that have one (issue 12 item 14). */
class ScatterSummaryTextTest {
    @Test
    void anEntropicPlanSaysItsEpsilonAndAnExactOrIpotPlanSaysNone() {
        for (String method : new String[] {"sinkhorn", "exact", "ipot"}) {
            String text = summary(method);
            assertTrue(text.startsWith("n = 12, m = 12, d = 2"), text);
            if ("sinkhorn".equals(method)) {
                assertTrue(text.contains("ε = ") && text.contains("(0.100 × mean C)"), text);
            } else {
                assertFalse(text.contains("ε"), method + " has no ε: " + text);
            }
        }
    }

    /**
     * Look-through finding: a regression sample's data panel says n = 100, d = 2 (the generator's samples and
     * inputs) while the line under the chart said "n = 80, m = 80, d = 1"; it now names what the chart shows.
     */
    @Test
    void aRegressionScenarioSaysItsProblemIsPredictionsAgainstResponses() {
        Scenario s = org.otexplorer.io.ScenarioFiles.load(java.nio.file.Path.of("samples/sin-robot-robust-vs-robot.json"));
        SolveView view = new TransportSolve().compute(new TransportInput(s, null));
        double[][] x = view.sourcePoints();
        double[][] y = view.targetPoints();
        MatchingLines lines = MatchingLines.of(column(x, 0), column(x, 0), column(y, 0), column(y, 0), view.plan());
        String text = ScatterPanelController.summaryText(view, lines, true);
        assertTrue(text.startsWith("80 LS predictions → 80 responses, dim 1"), text);
        assertFalse(text.contains("n = "), text);
    }

    private static String summary(String method) {
        Scenario s = new Scenario(null, "test", null, 3L, DataSpec.defaults().withSizes(12, 12, 2), null, null, null);
        s = s.withEngine(EngineSpec.defaults().withMethod(method).withEpsilon(0.1, true).withStopping(1e-9, 100_000));
        SolveView view = new TransportSolve().compute(new TransportInput(s, null));
        double[][] x = view.sourcePoints();
        double[][] y = view.targetPoints();
        MatchingLines lines = MatchingLines.of(column(x, 0), column(x, 1), column(y, 0), column(y, 1), view.plan());
        return ScatterPanelController.summaryText(view, lines, false);
    }

    private static double[] column(double[][] points, int k) {
        double[] c = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            c[i] = points[i][k];
        }
        return c;
    }
}
