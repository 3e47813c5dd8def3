package org.otexplorer.workbench;

import java.util.List;

/**
 * A workbench of the explorer as the rest of the application sees it: its id (the {@code workbench} key of
 * scenario files), its title, the scenario sections it owns and its samples. The user interface of a workbench
 * ({@code ui.workbench.WorkbenchUi}) extends this; registering it is one line in
 * {@code META-INF/services/org.otexplorer.workbench.Workbench}. Implementations have a public no-argument
 * constructor that does nothing heavy (no JavaFX): the registry instantiates them to read scenario files.
 */
public interface Workbench {
    /** The id scenario files name in {@code "workbench"}, e.g. {@code "transport"}. */
    String id();

    /** The title of its tab. */
    String title();

    /** Where its tab stands among the others (smaller first). */
    default int order() {
        return 100;
    }

    /** The scenario sections it owns besides the shared ones ({@code data}, {@code engine}, …). */
    default List<ScenarioSection> sections() {
        return List.of();
    }

    /** The files in {@code samples/} that open in this workbench. */
    default List<String> samples() {
        return List.of();
    }
}
