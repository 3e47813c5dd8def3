package org.otexplorer.ui.workbench;

import javafx.beans.property.BooleanProperty;
import javafx.stage.Window;
import org.otexplorer.service.ComputeService;

/**
 * What the window gives each workbench it opens: the one scenario model of the window, the one compute service
 * every analysis runs on, the status bar, the window (for dialogs) and the play/pause switch of live updates.
 *
 * @param model   the scenario the window shows
 * @param service where every background job runs
 * @param status  the status bar
 * @param owner   the window, for dialogs
 * @param live    whether edits recompute at once (F6)
 */
public record WorkbenchContext(ScenarioModel model, ComputeService service, Status status, Window owner,
                               BooleanProperty live) {
}
