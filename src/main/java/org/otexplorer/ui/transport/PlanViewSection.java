package org.otexplorer.ui.transport;

import java.util.List;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.workbench.ScenarioSection;

/**
 * The scenario section {@value #NAME} (issue 14 view 4): which matrix the plan panel shows, the transport plan P
 * or the cost matrix C it is optimal for.
 */
public final class PlanViewSection {
    /** The key in scenario files. */
    public static final String NAME = "planView";
    /** The plan panel's matrix. */
    public static final Parameter<String> MATRIX = Parameter.choice("matrix", "plan", "cost").symbol("matrix")
            .describe("What the plan panel shows: the transport plan P or the cost matrix C_ij = |x_i − y_j|².")
            .build();

    private PlanViewSection() {
    }

    /** The section's declaration. */
    public static ScenarioSection declaration() {
        return new ScenarioSection(NAME, "What the plan panel shows: the plan or the cost matrix.", List.of(MATRIX));
    }

    /** Whether the scenario shows the cost matrix. */
    public static boolean showsCost(Scenario s) {
        return "cost".equals(s.section(NAME).get(MATRIX));
    }

    /** A scenario showing the plan ({@code "plan"}) or the cost ({@code "cost"}). */
    public static Scenario with(Scenario s, String matrix) {
        return s.withSection(NAME, s.section(NAME).with(MATRIX, matrix));
    }
}
