package org.otexplorer.ui.workbench;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.otexplorer.io.Scenario;

/**
 * A panel's two-way link to the {@link ScenarioModel}, scoped to the part of the scenario the panel shows: control
 * changes become scenario edits; a change of that part (an opened file, another panel's edit) is written back into
 * the controls, and a change elsewhere is not, so a panel redraws only when what it shows changed. The echo of the
 * write-back is not mistaken for a user's edit.
 */
public final class ScenarioEditor {
    private final ScenarioModel model;
    private final Consumer<Scenario> showInControls;
    private boolean syncing;

    /**
     * Links a panel to the model and shows the current scenario at once.
     *
     * @param part           what the panel shows ({@code Scenario::engine}, {@code s -> s.view().colormap()})
     * @param showInControls writes a scenario into the panel's controls
     */
    public ScenarioEditor(ScenarioModel model, Function<Scenario, ?> part, Consumer<Scenario> showInControls) {
        this.model = model;
        this.showInControls = showInControls;
        model.scenarioProperty().addListener((obs, old, s) -> {
            if (old == null || !Objects.equals(part.apply(old), part.apply(s))) {
                sync(this.showInControls, s);
            }
        });
        sync(this.showInControls, model.scenario());
    }

    /** Applies a user's edit, unless it is the echo of a write-back. */
    public void edit(UnaryOperator<Scenario> change) {
        if (!syncing) {
            model.update(change);
        }
    }

    /**
     * Writes the current scenario into the controls again, for a panel whose controls also show a state of its
     * own (a colour scale an animation locks), without that write-back becoming an edit.
     */
    public void refresh() {
        sync(showInControls, model.scenario());
    }

    /** The scenario as it is now. */
    public Scenario scenario() {
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
