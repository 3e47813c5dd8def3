package org.otexplorer.ui;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.otexplorer.io.Scenario;

/**
 * A panel's two-way link to the {@link ScenarioModel}: control changes become scenario edits, scenario changes
 * (an opened file, another panel's edit) are written back into the controls, and the echo of that write-back
 * is not mistaken for a user's edit.
 */
final class ScenarioEditor {
    private final ScenarioModel model;
    private boolean syncing;

    /**
     * Links a panel to the model and shows the current scenario at once.
     *
     * @param showInControls writes a scenario into the panel's controls
     */
    ScenarioEditor(ScenarioModel model, Consumer<Scenario> showInControls) {
        this.model = model;
        model.scenarioProperty().addListener((obs, old, s) -> sync(showInControls, s));
        sync(showInControls, model.scenario());
    }

    /** Applies a user's edit, unless it is the echo of a write-back. */
    void edit(UnaryOperator<Scenario> change) {
        if (!syncing) {
            model.update(change);
        }
    }

    Scenario scenario() {
        return model.scenario();
    }

    private void sync(Consumer<Scenario> showInControls, Scenario s) {
        syncing = true;
        try {
            showInControls.accept(s);
        } finally {
            syncing = false;
        }
    }
}
