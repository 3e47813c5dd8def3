package org.otexplorer.ui.transport;

import java.util.List;
import java.util.stream.Stream;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.workbench.ScenarioSection;

/**
 * The scenario section {@value #NAME} (issue 14 view 5): whether the plan is shown side by side with a second
 * solve on the same data, and what that pane B solves. Pane B's engine is the scenario's own {@code engine}
 * section with the method replaced ({@link #METHOD}; {@value #SAME} keeps pane A's) and ε multiplied by
 * {@link #EPSILON_FACTOR}: every other solver parameter (ρ₂ of the robust method, τ of the unbalanced one, the
 * stopping rule) is read from the same {@code engine} section, which may hold every solver's parameters.
 */
public final class SplitSection {
    /** The key in scenario files. */
    public static final String NAME = "split";
    /** The {@link #METHOD} choice that keeps pane A's method. */
    public static final String SAME = "same";

    /** Whether the plan is shown side by side. */
    public static final Parameter<Boolean> ENABLED = Parameter.flag("enabled").defaultValue(false)
            .symbol("side by side")
            .describe("Show the plan next to a second solve on the same data (pane B), on one shared colour scale.")
            .build();
    /** Pane B's method. */
    public static final Parameter<String> METHOD = Parameter.choice("method", methodChoices()).symbol("pane B method")
            .describe("The method pane B solves with ('same': pane A's); its other parameters are the engine section's.")
            .build();
    /** ε of pane B in multiples of pane A's. */
    public static final Parameter<Double> EPSILON_FACTOR = Parameter.real("epsilonFactor").defaultValue(1.0)
            .range(1e-3, 1e3).logScale().typical(0.01, 100).symbol("pane B ε / ε")
            .describe("Pane B's ε as a multiple of pane A's (10: ε against 10ε); exact methods ignore it.").build();
    /** Whether the difference pane is shown. */
    public static final Parameter<Boolean> DIFFERENCE = Parameter.flag("difference").defaultValue(false)
            .symbol("difference A − B")
            .describe("Show P_A − P_B as a third pane on a diverging colour scale centred at 0.").build();

    /** The ready-made comparisons the plan panel offers: pane B's method and ε factor. */
    public record Preset(String label, String method, double epsilonFactor) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Balanced against robust, Sinkhorn against the exact LP, ε against 10ε. */
    public static final List<Preset> PRESETS = List.of(new Preset("balanced vs robust", "robust", 1),
            new Preset("Sinkhorn vs exact", "exact", 1), new Preset("ε vs 10ε", SAME, 10));

    private SplitSection() {
    }

    /** The section's declaration. */
    public static ScenarioSection declaration() {
        return new ScenarioSection(NAME, "The transport plan side by side with a second method or ε (pane B) and"
                + " their difference.", List.of(ENABLED, METHOD, EPSILON_FACTOR, DIFFERENCE));
    }

    /** The section's values in a scenario. */
    public static ParameterValues of(Scenario s) {
        return s.section(NAME);
    }

    /** A scenario with one value of the section changed (checked against its declaration). */
    public static <T> Scenario with(Scenario s, Parameter<T> p, T value) {
        return s.withSection(NAME, of(s).with(p, value));
    }

    /** A scenario with pane B set to a preset's method and ε factor. */
    public static Scenario with(Scenario s, Preset preset) {
        return s.withSection(NAME, of(s).with(METHOD, preset.method()).with(EPSILON_FACTOR, preset.epsilonFactor()));
    }

    /** Whether the scenario shows the plan side by side. */
    public static boolean enabled(Scenario s) {
        return of(s).get(ENABLED);
    }

    /** Whether the difference pane is on (only while side by side). */
    public static boolean difference(Scenario s) {
        return enabled(s) && of(s).get(DIFFERENCE);
    }

    /** Pane B's engine: pane A's with the section's method and ε × factor (the reference of ε kept). */
    public static EngineSpec engineB(Scenario s) {
        ParameterValues v = of(s);
        EngineSpec a = s.engine();
        String method = SAME.equals(v.get(METHOD)) ? a.method() : v.get(METHOD);
        return a.withMethod(method).withEpsilonValue(a.epsilon().value() * v.get(EPSILON_FACTOR));
    }

    /** The scenario pane B solves: the same data and seed, {@link #engineB}. */
    public static Scenario paneB(Scenario s) {
        return s.withEngine(engineB(s));
    }

    /** The preset the section's values match, or {@code null} for a free choice. */
    public static Preset preset(Scenario s) {
        ParameterValues v = of(s);
        return PRESETS.stream().filter(p -> p.method().equals(v.get(METHOD))
                && p.epsilonFactor() == v.get(EPSILON_FACTOR)).findFirst().orElse(null);
    }

    private static String[] methodChoices() {
        return Stream.concat(Stream.of(SAME), SolverFactory.methodIds().stream()).toArray(String[]::new);
    }
}
