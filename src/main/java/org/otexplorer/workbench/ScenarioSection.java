package org.otexplorer.workbench;

import java.util.List;
import org.otexplorer.parameters.Parameter;

/**
 * A scenario section a workbench owns: the top-level key in scenario files and the parameters it may hold
 * (unknown keys and values outside their declarations are rejected when a scenario is read).
 *
 * @param name        the key in scenario files, e.g. {@code "permutation"}
 * @param description one sentence on what the section holds
 * @param parameters  the declared parameters
 */
public record ScenarioSection(String name, String description, List<Parameter<?>> parameters) {
    /** Copies the list. */
    public ScenarioSection {
        parameters = List.copyOf(parameters);
    }
}
