package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.InlinePoints;
import org.otexplorer.io.Scenario;

/** The transport solve on points written in the scenario: their weights are the marginals; a drag warm-starts. */
class EditedPointsSolveTest {
    private static Scenario edited(InlinePoints points) {
        return new Scenario(null, "edited", null, 1L, DataSpec.defaults().withPoints(points), null, null, null);
    }

    @Test
    void theWrittenWeightsAreTheMarginalsOfThePlan() {
        InlinePoints points = InlinePoints.of(PointClouds.gaussian(12, 2, 3), PointClouds.gaussian(9, 2, 4))
                .withWeightScaled(false, 2, 4).withWeightScaled(true, 0, 0.25);
        SolveView view = new TransportSolve().compute(new TransportInput(edited(points), null));
        assertArrayEquals(points.sourceWeights(), view.rowSums(), 1e-7, "P1 = a");
        assertArrayEquals(points.targetWeights(), view.columnSums(), 1e-7, "Pᵀ1 = b");
    }

    @Test
    void movingAPointWarmStartsAndAddingOneDoesNot() {
        InlinePoints points = InlinePoints.of(PointClouds.gaussian(40, 2, 5), PointClouds.gaussian(40, 2, 6));
        TransportSolve solve = new TransportSolve();
        SolveView first = solve.compute(new TransportInput(edited(points), null));
        assertFalse(first.warmStarted());
        InlinePoints moved = points.withPoint(false, 7, new double[] {0.3, -0.2});
        SolveView dragged = solve.compute(new TransportInput(edited(moved), null));
        assertTrue(dragged.warmStarted(), "a dragged point starts from the last potentials");
        SolveView cold = new TransportSolve().compute(new TransportInput(edited(moved), null));
        assertTrue(dragged.iterations() < cold.iterations(), dragged.iterations() + " vs " + cold.iterations());
        assertArrayEquals(cold.plan(), dragged.plan(), 1e-6, "the same plan either way");
        SolveView grown = solve.compute(new TransportInput(edited(moved.withAdded(true, new double[] {1, 1})), null));
        assertFalse(grown.warmStarted(), "new sizes: no potentials to start from");
    }

    @Test
    void theSamplesHeavySourceSplitsItsMassOverAtLeastThreeTargets() {
        Scenario sample = org.otexplorer.io.ScenarioFiles.load(java.nio.file.Path.of("samples",
                "drag-a-point-watch-the-plan.json"));
        InlinePoints points = sample.data().points();
        assertHeavySourceSplitsOverThree(sample);
        // The claim is about the weights, not the positions: it holds wherever the points are dragged to.
        for (long seed = 1; seed <= 4; seed++) {
            InlinePoints moved = new InlinePoints(PointClouds.gaussian(points.source().length, 2, 2 * seed),
                    PointClouds.gaussian(points.target().length, 2, 2 * seed + 1), points.sourceWeights(),
                    points.targetWeights());
            assertHeavySourceSplitsOverThree(sample.withData(sample.data().withPoints(moved)));
        }
    }

    private static void assertHeavySourceSplitsOverThree(Scenario s) {
        SolveView view = new TransportSolve().compute(new TransportInput(s, null));
        double a0 = s.data().points().sourceWeights()[0];
        assertTrue(a0 > 2 * s.data().points().targetWeights()[0], "heavier than two targets together");
        int receiving = 0;
        for (int j = 0; j < view.m(); j++) {
            receiving += view.plan()[j] > 0.01 * a0 ? 1 : 0;
        }
        assertTrue(receiving >= 3, receiving + " targets receive a share of the heavy source");
        assertTrue(view.converged());
    }

    @Test
    void editedPointsHaveNoSweepOverNButASweepOverEpsilon() {
        Scenario s = edited(InlinePoints.of(PointClouds.gaussian(10, 2, 1), PointClouds.gaussian(10, 2, 2)));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SpectrumSweep.compute(s, null, SpectrumSweep.SIZE, org.otexplorer.engine.SolverMonitor.NONE));
        assertTrue(e.getMessage().contains("edited by hand"), e.getMessage());
    }
}
