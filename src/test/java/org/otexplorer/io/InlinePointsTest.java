package org.otexplorer.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Points written in the scenario file (the "points" generator): edits, weights, strict reading, round trip. */
class InlinePointsTest {
    private static final double[][] SOURCE = {{0, 0}, {1, 0}, {0, 1}};
    private static final double[][] TARGET = {{2, 2}, {3, 1}};

    @Test
    void editsMoveAddRemoveAndReweighWithWeightsSummingToOne() {
        InlinePoints p = InlinePoints.of(SOURCE, TARGET);
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, p.sourceWeights(), 1e-15);
        InlinePoints moved = p.withPoint(true, 1, new double[] {4, 4});
        assertArrayEquals(new double[] {4, 4}, moved.target()[1]);
        assertArrayEquals(SOURCE[1], moved.source()[1], "the other side is untouched");

        InlinePoints added = p.withAdded(false, new double[] {5, 5});
        assertEquals(4, added.n());
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, added.sourceWeights(), 1e-15,
                "a uniform side stays uniform");

        InlinePoints heavier = p.withWeightScaled(false, 0, 2);
        assertArrayEquals(new double[] {0.5, 0.25, 0.25}, heavier.sourceWeights(), 1e-15);
        InlinePoints removed = heavier.withRemoved(false, 0);
        assertArrayEquals(new double[] {0.5, 0.5}, removed.sourceWeights(), 1e-15);
        assertArrayEquals(SOURCE[1], removed.source()[0]);
        assertThrows(IllegalArgumentException.class, () -> removed.withRemoved(true, 0).withRemoved(true, 0));
    }

    @Test
    void equalNumbersAreEqualAndTheArraysCannotBeChangedFromOutside() {
        InlinePoints p = InlinePoints.of(SOURCE, TARGET);
        assertEquals(p, InlinePoints.of(SOURCE.clone(), TARGET));
        assertEquals(p.hashCode(), InlinePoints.of(SOURCE, TARGET).hashCode());
        p.source()[0][0] = 99;
        assertEquals(0, p.source()[0][0]);
        assertNotEquals(p, p.withPoint(false, 0, new double[] {0, 1e-12}));
    }

    @Test
    void aScenarioWithPointsReadsBackEqualAndTheSizesFollowThePoints() {
        Scenario s = new Scenario(null, "edited", null, 1L, DataSpec.defaults().withPoints(
                InlinePoints.of(SOURCE, TARGET).withWeightScaled(true, 0, 3)), null, null, null);
        Scenario back = ScenarioFiles.parse(ScenarioFiles.toJson(s));
        assertEquals(s, back);
        assertEquals(DataSpec.POINTS, back.data().generator());
        assertEquals(3, back.data().n());
        assertEquals(2, back.data().m());
        assertArrayEquals(new double[] {0.75, 0.25}, back.data().points().targetWeights(), 1e-15);
        assertTrue(!ScenarioFiles.toJson(new Scenario(null, null, null, null, null, null, null, null))
                .contains("points"), "generated data write no points");
    }

    @Test
    void aHandWrittenFileGetsItsWeightsNormalisedAndItsSizesFromThePoints() {
        Scenario s = ScenarioFiles.parse("{\"schema\": 1, \"data\": {\"points\": {\"source\": [[0], [1]],"
                + " \"target\": [[0.5]], \"sourceWeights\": [1, 3]}}}");
        assertEquals(DataSpec.POINTS, s.data().generator());
        assertEquals(1, s.data().d());
        assertArrayEquals(new double[] {0.25, 0.75}, s.data().points().sourceWeights(), 1e-15);
        assertArrayEquals(new double[] {1}, s.data().points().targetWeights(), 1e-15);
    }

    @Test
    void badPointsAreRefusedNamingTheField() {
        assertRefused("{\"schema\": 1, \"data\": {\"points\": {\"source\": [[0, 0], [1]], \"target\": [[0, 1]]}}}",
                "data.points.source[1] has 1 coordinates");
        assertRefused("{\"schema\": 1, \"data\": {\"points\": {\"source\": [[0, 0]], \"target\": [[0, 1]],"
                + " \"targetWeights\": [-1]}}}", "data.points.targetWeights[0]");
        assertRefused("{\"schema\": 1, \"data\": {\"points\": {\"source\": [], \"target\": [[0, 1]]}}}",
                "data.points.source (points) must be between 1");
        assertRefused("{\"schema\": 1, \"data\": {\"n\": 4, \"points\": {\"source\": [[0, 0]], \"target\": [[0, 1]]}}}",
                "data.n is 4 but the points say 1");
        assertRefused("{\"schema\": 1, \"data\": {\"generator\": \"points\"}}", "data.points: the points generator"
                + " needs the points");
        assertRefused("{\"schema\": 1, \"data\": {\"generator\": \"uniform-square\", \"points\": {\"source\":"
                + " [[0, 0]], \"target\": [[0, 1]]}}}", "belong to the points generator");
        assertRefused("{\"schema\": 1, \"data\": {\"points\": {\"source\": [[0, 0]], \"target\": [[0, 1]],"
                + " \"colour\": 1}}}", "colour");
    }

    private static void assertRefused(String json, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioFiles.parse(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
