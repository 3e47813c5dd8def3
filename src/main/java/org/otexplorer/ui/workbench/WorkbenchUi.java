package org.otexplorer.ui.workbench;

import java.util.List;
import org.otexplorer.workbench.Workbench;

/**
 * A workbench with its user interface: it opens a {@link WorkbenchView} in a window and names the figures it
 * exports. Registering one is one line in {@code META-INF/services/org.otexplorer.workbench.Workbench} (its class
 * name); {@link WorkbenchUis} finds it there, and so do scenario files (its sections) and {@code otx export} (its
 * figures). See {@code src/docs/architecture.md}, "Add a workbench".
 */
public interface WorkbenchUi extends Workbench {
    /** Builds the workbench's content for a window (FX thread); it computes once it is made active. */
    WorkbenchView open(WorkbenchContext context);

    /** The figures it exports, in the Figure menu's order. */
    List<ExportFigure<?>> figures();
}
