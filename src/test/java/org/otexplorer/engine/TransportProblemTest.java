package org.otexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class TransportProblemTest {

    @Test
    void squaredEuclideanCostHasNoHalfFactor() {
        TransportProblem p = TransportProblem.fromPoints(new double[][] {{0, 0}, {1, 2}}, new double[][] {{3, 4}});
        assertEquals(25.0, p.cost(0, 0));
        assertEquals(8.0, p.cost(1, 0));
        assertEquals(0.5, p.sourceWeights()[0]);
        assertEquals(1.0, p.targetWeights()[0]);
        assertEquals(16.5, p.meanCost());
        assertEquals(25.0, p.maxCost());
    }

    @Test
    void unitCircleMeanCostIsTwo() {
        TransportProblem p = TransportProblem.fromPoints(PointClouds.unitCircle(12), PointClouds.unitCircle(12));
        assertEquals(2.0, p.meanCost(), 1e-14);
    }

    @Test
    void seededCloudsAreReproducible() {
        assertEquals(PointClouds.uniformSquare(5, 42)[4][1], PointClouds.uniformSquare(5, 42)[4][1]);
        assertTrue(PointClouds.uniformSquare(5, 42)[4][1] != PointClouds.uniformSquare(5, 43)[4][1]);
    }

    @Test
    void badInputIsRejectedWithANamingMessage() {
        double[][] ok = {{0, 0}, {1, 1}};
        expect("non-finite", () -> TransportProblem.fromPoints(new double[][] {{0, Double.NaN}}, ok));
        expect("non-finite", () -> TransportProblem.fromPoints(ok, new double[][] {{Double.POSITIVE_INFINITY, 0}}));
        expect("dimension mismatch", () -> TransportProblem.fromPoints(ok, new double[][] {{0, 0, 0}}));
        expect("empty source", () -> TransportProblem.fromPoints(new double[0][], ok));
        expect("empty target", () -> TransportProblem.fromPoints(ok, new double[0][]));
        expect("point 1 has 1 coordinates", () -> TransportProblem.fromPoints(new double[][] {{0, 0}, {1}}, ok));
        expect("negative", () -> TransportProblem.fromPoints(ok, ok, new double[] {1.5, -0.5}, null));
        expect("2 entries but there are 3", () -> TransportProblem.fromPoints(
                new double[][] {{0}, {1}, {2}}, new double[][] {{0}}, new double[] {0.5, 0.5}, null));
        expect("all zero", () -> TransportProblem.fromPoints(ok, ok, new double[] {0, 0}, null));
        expect("not finite", () -> TransportProblem.fromPoints(ok, ok, null, new double[] {Double.NaN, 1}));
        expect("cost entry (0, 1)", () -> TransportProblem.fromCost(new double[][] {{0, Double.NaN}}));
        expect("row 1 has 1 entries", () -> TransportProblem.fromCost(new double[][] {{0, 1}, {2}}));
        expect("empty cost", () -> TransportProblem.fromCost(new double[0][]));
    }

    @Test
    void balancedMethodsNeedProbabilityVectors() {
        TransportProblem p = TransportProblem.fromCost(new double[][] {{0, 1}, {1, 0}}, new double[] {0.5, 0.6}, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, p::requireBalanced);
        assertTrue(e.getMessage().contains("source weights sum to 1.1"), e.getMessage());
    }

    @Test
    void costMatrixProblemHasNoPoints() {
        TransportProblem p = TransportProblem.fromCost(new double[][] {{0, 1}, {1, 0}});
        assertTrue(!p.hasPoints());
        assertThrows(IllegalStateException.class, p::sourcePoints);
    }

    private static void expect(String fragment, Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(fragment), "expected '" + fragment + "' in: " + ex.getMessage());
    }
}
