package org.otexplorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {
    @TempDir
    Path dir;

    @Test
    void savedScenarioLoadsBackIdentical() throws Exception {
        Scenario s = new Scenario(null, "blur", "entropic blur", 7L, DataSpec.defaults().withSizes(30, 40, 2),
                EngineSpec.defaults().withEpsilon(0.123456789012345678, false), null, ViewSpec.defaults());
        Path f = dir.resolve("s.json");
        ScenarioFiles.save(s, f);
        Scenario back = ScenarioFiles.load(f);
        assertEquals(s, back);
        assertEquals(0.123456789012345678, back.engine().epsilon().value());
    }

    @Test
    void missingSectionsTakeDefaults() {
        Scenario s = ScenarioFiles.parse("{\"schema\": 1, \"seed\": 3}");
        assertEquals(3L, s.seed());
        assertEquals(DataSpec.defaults(), s.data());
    }

    @Test
    void unknownFieldIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFiles.parse("{\"schema\": 1, \"engine\": {\"epsilonn\": 0.1}}"));
        assertTrue(e.getMessage().contains("epsilonn"), e.getMessage());
    }

    @Test
    void outOfRangeValueIsNamedByPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFiles.parse("{\"schema\": 1, \"engine\": {\"epsilon\": -1}}"));
        assertTrue(e.getMessage().contains("engine.epsilon"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFiles.parse("{\"schema\": 1, \"data\": {\"shuffleFraction\": 1.5}}"));
        assertTrue(e.getMessage().contains("data.shuffleFraction"), e.getMessage());
    }

    @Test
    void pointCountsAndDimensionBeyondWhatTheExplorerCanHoldAreNamed() {
        assertRejected("{\"schema\": 1, \"data\": {\"n\": 100000}}", "data.n");
        assertRejected("{\"schema\": 1, \"data\": {\"m\": 0}}", "data.m");
        assertRejected("{\"schema\": 1, \"data\": {\"d\": 5000}}", "data.d");
        assertEquals(DataSpec.MAX_POINTS, ScenarioFiles.parse("{\"schema\": 1, \"data\": {\"n\": "
                + DataSpec.MAX_POINTS + "}}").data().n(), "the limit itself is allowed");
    }

    @Test
    void theScatterCoordinatesRoundTripAndOldFilesDrawCoordinatesOneAndTwo() throws Exception {
        ViewSpec old = ScenarioFiles.parse("{\"schema\": 1, \"data\": {\"d\": 3}}").view();
        assertEquals(1, old.xCoordinate(), "a file from before the field draws coordinate 1 across");
        assertEquals(2, old.yCoordinate(), "and coordinate 2 up");
        Scenario s = new Scenario(null, "3-D", null, 1L, DataSpec.defaults().withSizes(20, 20, 3), null, null,
                ViewSpec.defaults().withCoordinates(2, 3));
        Path f = dir.resolve("coordinates.json");
        ScenarioFiles.save(s, f);
        assertTrue(Files.readString(f).contains("\"xCoordinate\" : 2"), Files.readString(f));
        Scenario back = ScenarioFiles.load(f);
        assertEquals(s, back);
        assertEquals(List.of(2, 3), List.of(back.view().xCoordinate(), back.view().yCoordinate()));
    }

    @Test
    void aScatterCoordinateThePointsDoNotHaveIsNamed() {
        assertRejected("{\"schema\": 1, \"data\": {\"d\": 3}, \"view\": {\"yCoordinate\": 4}}",
                "view.yCoordinate must be between 1 and 3 (data.d = 3), got 4");
        assertRejected("{\"schema\": 1, \"data\": {\"d\": 3}, \"view\": {\"xCoordinate\": 0}}",
                "view.xCoordinate must be between 1 and 3");
        assertRejected("{\"schema\": 1, \"view\": {\"xCoordinate\": 3}}", "view.xCoordinate");
        assertEquals(3, ScenarioFiles.parse("{\"schema\": 1, \"data\": {\"d\": 3}, \"view\": {\"xCoordinate\": 3}}")
                .view().xCoordinate(), "coordinate d itself is allowed");
        assertEquals(2, ScenarioFiles.parse("{\"schema\": 1, \"data\": {\"d\": 1}}").view().yCoordinate(),
                "one-dimensional points (on rails) keep the default pair");
        assertEquals(5, ScenarioFiles.parse("{\"schema\": 1, \"data\": {\"generator\": \"gaussian-mixture\", \"d\": 2},"
                + " \"regression\": {}, \"view\": {\"xCoordinate\": 5}}").view().xCoordinate(),
                "a regression's responses have a dimension of the model's, not data.d");
    }

    @Test
    void dataWithFewerCoordinatesThanChosenFallBackToCoordinatesOneAndTwoInTheSameEdit() {
        Scenario s = new Scenario(null, "3-D", null, 1L, DataSpec.defaults().withSizes(20, 20, 3), null, null,
                ViewSpec.defaults().withCoordinates(2, 3));
        Scenario same = s.withData(s.data().withSizes(30, 30, 3));
        assertEquals(List.of(2, 3), List.of(same.view().xCoordinate(), same.view().yCoordinate()));
        Scenario smaller = s.withData(s.data().withSizes(20, 20, 2));
        assertEquals(List.of(1, 2), List.of(smaller.view().xCoordinate(), smaller.view().yCoordinate()));
        assertEquals(smaller, smaller.validate(), "and the scenario stays valid, so it saves and opens");
    }

    @Test
    void wrongTypeIsNamedByPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFiles.parse("{\"schema\": 1, \"data\": {\"n\": \"many\"}}"));
        assertTrue(e.getMessage().contains("data.n"), e.getMessage());
    }

    @Test
    void corruptJsonGivesLineNumber() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\n  \"schema\": 1,\n  \"seed\": \n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioFiles.load(f));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void unsupportedSchemaIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFiles.parse("{\"schema\": 99}"));
        assertTrue(e.getMessage().contains("schema"), e.getMessage());
    }

    @Test
    void optimizerPresetAndEpsilonReferenceAreCheckedByPath() {
        Scenario s = ScenarioFiles.parse("{\"schema\": 1, \"regression\": {\"model\": \"sin\", \"optimizers\": [{\"method\": \"robot\","
                + " \"preset\": \"code\", \"epsilon\": 1e-4, \"epsilonRelativeTo\": \"max\"}]}}");
        assertEquals("code", s.regression().optimizers().get(0).preset());
        assertEquals("paper", ScenarioFiles.parse("{\"schema\": 1, \"regression\": {\"optimizers\": [{\"method\": \"robot\"}]}}")
                .regression().optimizers().get(0).settings().get(org.otexplorer.regression.OptimizerParameters.PRESET));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioFiles.parse(
                "{\"schema\": 1, \"regression\": {\"optimizers\": [{\"method\": \"robot\", \"preset\": \"blog\"}]}}"));
        assertTrue(e.getMessage().contains("regression.optimizers[0].preset"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScenarioFiles.parse(
                "{\"schema\": 1, \"regression\": {\"optimizers\": [{\"method\": \"robot\", \"epsilonRelativeTo\": \"median\"}]}}"));
        assertTrue(e.getMessage().contains("regression.optimizers[0].epsilonRelativeTo"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScenarioFiles.parse(
                "{\"schema\": 1, \"regression\": {\"model\": \"cubic\"}}"));
        assertTrue(e.getMessage().contains("regression.model"), e.getMessage());
    }

    @Test
    void quietRewritesAreErrors() {
        assertRejected("{\"data\": {\"n\": 20}}", "schema");
        assertRejected("{\"schema\": 1, \"data\": {\"n\": 20.5}}", "data.n (line 1, column 29): expected a whole number, got 20.5");
        assertRejected("{\"schema\": 1, \"engine\": {\"maxIterations\": 2.5}}", "engine.maxIterations");
        assertRejected("{\"schema\": 1, \"seed\": 1, \"seed\": 2}", "seed");
        assertRejected("{\"schema\": 1, \"engine\": {\"relativeEpsilon\": false}}",
                "engine.relativeEpsilon is given without engine.epsilon");
        assertRejected("{\"schema\": 1, \"data\": {\"n\": 20.0}}", "data.n");
    }

    @Test
    void anUnknownEngineParameterIsNamedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFiles.parse("{\"schema\": 1, \"engine\": {\"method\": \"robust\", \"rho\": 0.1}}"));
        assertTrue(e.getMessage().startsWith("engine.rho: unknown parameter"), e.getMessage());
        assertTrue(e.getMessage().contains("rho1, rho2"), e.getMessage());
    }

    @Test
    void epsilonWithoutItsReferenceIsRelativeToTheMeanCostAndRoundTrips() throws Exception {
        EngineSpec relative = ScenarioFiles.parse("{\"schema\": 1, \"engine\": {\"epsilon\": 0.2}}").engine();
        assertEquals(org.otexplorer.engine.Epsilon.relativeToMean(0.2), relative.epsilon());
        EngineSpec max = ScenarioFiles.parse("{\"schema\": 1, \"engine\": {\"epsilon\": 0.2, "
                + "\"epsilonRelativeTo\": \"max\"}}").engine();
        assertEquals(org.otexplorer.engine.Epsilon.relativeToMax(0.2), max.epsilon());
        for (EngineSpec e : new EngineSpec[] {relative, max, EngineSpec.defaults().withEpsilon(3, false)}) {
            Scenario s = new Scenario(null, null, null, null, null, e, null, null);
            assertEquals(s, ScenarioFiles.parse(ScenarioFiles.toJson(s)));
        }
    }

    private static void assertRejected(String json, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioFiles.parse(json));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void optimizerParametersAreCheckedAgainstTheMethodsDeclarations() {
        assertRejected("{\"schema\": 1, \"regression\": {\"optimizers\": [{\"method\": \"robot\", "
                + "\"parameters\": {\"momentun\": 0.5}}]}}", "regression.optimizers[0].parameters.momentun: robot has no "
                + "parameter 'momentun'");
        assertRejected("{\"schema\": 1, \"regression\": {\"optimizers\": [{\"method\": \"robbot\"}]}}",
                "regression.optimizers[0].method: unknown optimizer 'robbot'");
        assertRejected("{\"schema\": 1, \"regression\": {\"optimizers\": [{\"method\": \"am\", \"learningRate\": 0.1}]}}",
                "am has no parameter 'learningRate'");
        assertRejected("{\"schema\": 1, \"regression\": {\"optimizers\": [{\"method\": \"sgd-newton\", "
                + "\"parameters\": {\"patience\": 1.5}}]}}", "regression.optimizers[0].parameters.patience must be an integer");
        assertRejected("{\"schema\": 1, \"regression\": {\"optimizers\": [{\"method\": \"robot\", "
                + "\"parameters\": {\"momentum\": 2}}]}}", "momentum must be in [0, 1]");
    }

    @Test
    void anOptimizerEpsilonWithoutItsReferenceIsRelativeToTheMeanCostAsInTheEngine() {
        var settings = ScenarioFiles.parse("{\"schema\": 1, \"regression\": {\"optimizers\": [{\"method\": \"gd\", "
                + "\"epsilon\": 0.05}, {\"method\": \"gd\"}]}}").regression().optimizers();
        var eps = org.otexplorer.regression.OptimizerParameters.epsilon(org.otexplorer.engine.Epsilon.absolute(0.05));
        assertEquals(org.otexplorer.engine.Epsilon.relativeToMean(0.05), settings.get(0).settings().get(eps));
        assertEquals(org.otexplorer.engine.Epsilon.absolute(0.05), settings.get(1).settings().get(eps),
                "no epsilon at all: the method's own default");
    }
}
