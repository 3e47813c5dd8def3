package org.otexplorer.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A declaration checks values against its type and range and names the path of a bad one. */
class ParameterTest {
    private static final Parameter<Double> RADIUS = Parameter.real("rho1").range(0, 2).describe("A radius.").build();
    private static final Parameter<Double> STEP = Parameter.real("robustStep").defaultValue(1e-3).above(0)
            .describe("A step.").build();
    private static final Parameter<Integer> LIMIT = Parameter.integer("maxIterations").defaultValue(10).atLeast(1)
            .option("--max-iter").describe("A limit.").build();
    private static final Parameter<String> INIT = Parameter.choice("init", "ls", "rs").describe("A start.").build();

    @Test
    void valuesInsideTheRangeAreAcceptedAndOutsideRejectedWithThePath() {
        assertEquals(0.0, RADIUS.check("engine.rho1", 0.0));
        assertEquals(2.0, RADIUS.check("engine.rho1", 2.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RADIUS.check("engine.rho1", 2.5));
        assertEquals("engine.rho1 must be in [0, 2], got 2.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> STEP.check("--robust-step", 0.0));
        assertEquals("--robust-step must be > 0, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> STEP.check("s", Double.NaN));
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LIMIT.check("n", 1.5));
        assertEquals("n must be an integer, got '1.5'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> INIT.check("init", "lsq"));
        assertEquals("init must be one of [ls, rs], got 'lsq'", e.getMessage());
    }

    @Test
    void aDefaultOutsideItsOwnRangeIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> Parameter.real("x").defaultValue(-1.0).atLeast(0).describe("x").build());
        assertThrows(NullPointerException.class, () -> Parameter.real("x").build(), "a declaration needs a description");
    }

    @Test
    void optionNamesAreTheKebabCaseOfTheNameUnlessDeclared() {
        assertEquals("--robust-step", STEP.option());
        assertEquals("--max-iter", LIMIT.option());
        assertEquals("--rho1", RADIUS.option());
    }

    @Test
    void valuesReadAsTheirDefaultUntilSet() {
        ParameterValues v = ParameterValues.empty();
        assertEquals(1e-3, v.get(STEP));
        assertFalse(v.isSet(STEP));
        ParameterValues set = v.with(STEP, 0.5);
        assertEquals(0.5, set.get(STEP));
        assertEquals(1e-3, set.without(STEP).get(STEP));
        assertThrows(IllegalArgumentException.class, () -> v.with(STEP, -1.0));
        assertEquals(v.with(STEP, 0.5), ParameterValues.empty().with(STEP, 0.5));
    }

    @Test
    void listsAreCheckedElementByElement() {
        Parameter<List<Double>> weights = Parameter.of("weights", ParameterType.REAL_LIST).defaultValue(List.of(1.0))
                .range(0, 1).describe("Weights.").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> weights.check("w", List.of(0.5, 1.5)));
        assertEquals("w[1] must be in [0, 1], got 1.5", e.getMessage());
    }

    @Test
    void numbersAreWrittenShortly() {
        assertEquals("1", Parameter.format(1));
        assertEquals("0.05", Parameter.format(0.05));
        assertEquals("1e-9", Parameter.format(1e-9));
        assertEquals("2.5e6", Parameter.format(2.5e6));
        assertEquals("1.23", Parameter.format(1.23456));
    }
}
