package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otexplorer.ui.workbench.ScenarioModel;

class ScenarioModelTest {
    @Test
    void appearanceChangesAreKeptWithoutMarkingTheScenarioUnsaved() {
        ScenarioModel model = new ScenarioModel(DefaultScenario.create());
        model.updateAppearance(s -> s.withView(s.view().withTheme(Themes.DARK).withPresenterMode(true)));
        assertEquals(Themes.DARK, model.scenario().view().theme());
        assertTrue(model.scenario().view().presenterMode());
        assertFalse(model.isDirty(), "a theme toggle is no reason to ask about unsaved changes");
        model.update(s -> s.withSeed(99));
        assertTrue(model.isDirty(), "a real edit is");
    }
}
