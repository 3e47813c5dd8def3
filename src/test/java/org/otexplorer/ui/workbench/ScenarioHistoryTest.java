package org.otexplorer.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.io.Scenario;

/** Undo and redo of scenario edits (ScenarioModel with ScenarioHistory), on a clock the test moves. */
class ScenarioHistoryTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong();
    private final Scenario start = new Scenario(null, "start", null, 7L, null, null, null, null);
    private final ScenarioModel model = new ScenarioModel(start, null, clock::get);

    private static Scenario withEpsilon(Scenario s, double relative) {
        return s.withEngine(s.engine().with(SolverParameters.EPSILON, Epsilon.relativeToMean(relative)));
    }

    private static Scenario withN(Scenario s, int n) {
        return s.withData(s.data().withSizes(n, n, s.data().d()));
    }

    private void later(long nanos) {
        clock.addAndGet(nanos);
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughDistinctEdits() {
        model.update(s -> withEpsilon(s, 0.2));
        Scenario afterEpsilon = model.scenario();
        later(2 * SECOND);
        model.update(s -> withN(s, 30));
        Scenario afterN = model.scenario();
        assertEquals("n change", model.undoNameProperty().get());
        model.undo();
        assertEquals(afterEpsilon, model.scenario());
        assertEquals("ε change", model.undoNameProperty().get());
        assertEquals("n change", model.redoNameProperty().get());
        model.undo();
        assertEquals(start, model.scenario());
        assertFalse(model.canUndo());
        assertNull(model.undoNameProperty().get());
        assertFalse(model.isDirty(), "back at the opened scenario: nothing unsaved");
        model.redo();
        model.redo();
        assertEquals(afterN, model.scenario());
        assertFalse(model.canRedo());
        assertTrue(model.isDirty());
    }

    @Test
    void aNewEditClearsTheRedoSteps() {
        model.update(s -> withEpsilon(s, 0.2));
        model.undo();
        assertTrue(model.canRedo());
        model.update(s -> s.withSeed(3));
        assertFalse(model.canRedo());
        model.redo(); // nothing to redo: no change
        assertEquals(3L, model.scenario().seed());
    }

    @Test
    void aRunOfEditsOfOnePartInQuickSuccessionIsOneStep() {
        for (int k = 1; k <= 30; k++) {
            double eps = 0.01 * k;
            model.update(s -> withEpsilon(s, eps));
            later(SECOND / 60); // a slider drag at 60 events a second
        }
        model.update(s -> withN(s, 25)); // another part: its own step, even right after
        model.undo();
        assertEquals(withEpsilon(start, 0.30), model.scenario());
        model.undo();
        assertEquals(start, model.scenario(), "the whole ε drag was one step");
        assertFalse(model.canUndo());
    }

    @Test
    void editsOfOnePartFarApartInTimeAreSeparateSteps() {
        model.update(s -> withEpsilon(s, 0.2));
        later(ScenarioHistory.COALESCE_NANOS + 1);
        model.update(s -> withEpsilon(s, 0.3));
        model.undo();
        assertEquals(withEpsilon(start, 0.2), model.scenario());
    }

    @Test
    void everyEditInsideAGestureIsOneStepOfItsName() {
        model.beginGesture("move source point 3");
        for (int k = 1; k <= 5; k++) {
            int n = 20 + k;
            model.update(s -> withN(s, n));
            later(2 * SECOND); // a drag that pauses still is one step
            model.update(s -> s.withSeed(n));
        }
        model.endGesture();
        assertEquals("move source point 3", model.undoNameProperty().get());
        model.update(s -> withN(s, 99));
        model.undo();
        model.undo();
        assertEquals(start, model.scenario());
        assertFalse(model.canUndo());
    }

    @Test
    void editsMadeAloneAreStepsOfTheirOwnEvenInQuickSuccession() {
        model.updateAlone("add source point", s -> withN(s, 61));
        later(SECOND / 10);
        model.updateAlone("add source point", s -> withN(s, 62));
        later(SECOND / 10);
        model.update("weight of source point 1", s -> s.withSeed(8));
        later(SECOND / 10);
        model.update("weight of source point 1", s -> s.withSeed(9)); // scroll notches join
        model.undo();
        assertEquals(withN(start, 62), model.scenario());
        model.undo();
        assertEquals(withN(start, 61), model.scenario());
        assertEquals("add source point", model.undoNameProperty().get());
    }

    @Test
    void aGestureOpenedWithoutANameIsNamedByItsFirstEditOrByWhoeverNamesItFirst() {
        model.beginGesture(null); // a mouse press in the window
        model.update(s -> withEpsilon(s, 0.2));
        later(3 * SECOND); // a slow slider drag
        model.update(s -> withEpsilon(s, 0.3));
        model.endGesture();
        assertEquals("ε change", model.undoNameProperty().get());
        model.beginGesture(null);
        model.beginGesture("move target point 2"); // the chart under the press knows what is dragged
        model.update(s -> withN(s, 33));
        model.beginGesture("something else"); // too late: the gesture has its first edit
        model.update(s -> withN(s, 34));
        model.endGesture();
        assertEquals("move target point 2", model.undoNameProperty().get());
        model.undo();
        model.undo();
        assertEquals(start, model.scenario());
        assertFalse(model.canUndo());
    }

    @Test
    void theHistoryKeepsTheNewestTwoHundredSteps() {
        int edits = ScenarioHistory.CAPACITY + 50;
        for (int k = 1; k <= edits; k++) {
            long seed = k;
            model.update(s -> s.withSeed(seed));
            later(SECOND);
        }
        int undone = 0;
        while (model.canUndo()) {
            model.undo();
            undone++;
        }
        assertEquals(ScenarioHistory.CAPACITY, undone);
        assertEquals(50L, model.scenario().seed(), "the oldest 50 steps were dropped");
    }

    @Test
    void openingAFileStartsAFreshHistory() {
        model.update(s -> s.withSeed(3));
        model.replace(start.withName("other"), null);
        assertFalse(model.canUndo());
        assertNull(model.undoNameProperty().get());
        assertFalse(model.isDirty());
    }

    @Test
    void appearanceChangesAreNoStepsAndSurviveUndo() {
        model.update(s -> s.withSeed(3));
        later(SECOND);
        model.updateAppearance(s -> s.withView(s.view().withTheme("dark")));
        assertEquals("seed change", model.undoNameProperty().get());
        model.undo();
        assertEquals(7L, model.scenario().seed());
        assertEquals("dark", model.scenario().view().theme(), "undo reverts the edit, not the theme");
        assertFalse(model.isDirty());
        model.redo();
        assertEquals("dark", model.scenario().view().theme());
    }

    @Test
    void savingMakesTheSavedStateTheCleanOne() {
        model.update(s -> s.withSeed(3));
        model.markSaved(java.nio.file.Path.of("saved.json"));
        model.undo();
        assertTrue(model.isDirty(), "the saved file holds seed 3");
        model.redo();
        assertFalse(model.isDirty());
    }
}
