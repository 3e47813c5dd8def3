package org.otexplorer.ui.steps;

import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.workbench.ScenarioSection;

/**
 * The scenario section {@value #NAME}: which frame of the step-through is on display, whether half-steps are
 * shown, and the playing speed, so that a saved file reopens on the same frame. The solve itself is the scenario's
 * {@code data} and {@code engine} sections (the same ones the transport workbench shows).
 */
public final class StepsSection {
    /** The key in scenario files. */
    public static final String NAME = "steps";

    /** The frame on display. */
    public static final Parameter<Integer> FRAME = Parameter.integer("frame").defaultValue(0).range(0, 100_000_000)
            .symbol("k  frame").describe("The recorded frame on display: 0 is the start, then one per half-step"
                    + " (row, then column normalisation), Newton step or proximal step; past the last, the last.")
            .build();
    /** Whether stepping visits both half-steps. */
    public static final Parameter<Boolean> HALF_STEPS = Parameter.flag("halfSteps").defaultValue(true)
            .symbol("half-steps").describe("Step through both half-steps of each Sinkhorn iteration (row, then column"
                    + " normalisation); off: one step per iteration.").build();
    /** Playing speed. */
    public static final Parameter<Double> SPEED = Parameter.real("speed").defaultValue(4.0).range(0.5, 60).logScale()
            .symbol("frames / s").describe("How many frames a second Play shows (and the exported animation).")
            .build();

    private StepsSection() {
    }

    /** The section's declaration. */
    public static ScenarioSection declaration() {
        return new ScenarioSection(NAME, "The Sinkhorn step-by-step workbench: the frame shown and how it plays.",
                java.util.List.of(FRAME, HALF_STEPS, SPEED));
    }

    /** The section's values in a scenario. */
    public static ParameterValues of(Scenario s) {
        return s.section(NAME);
    }

    /** A scenario with one value of the section changed (checked against its declaration). */
    public static <T> Scenario with(Scenario s, Parameter<T> p, T value) {
        return s.withSection(NAME, of(s).with(p, value));
    }
}
