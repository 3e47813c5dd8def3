package org.otexplorer.ui.workbench;

import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.otexplorer.io.Scenario;

/**
 * The explorer's whole state: one {@link Scenario}, the file it came from, whether it has changed since, and the
 * undo history of its edits. Panels edit it through {@link #update}; loading and saving go through
 * {@link #replace} and {@link #markSaved}. FX thread only.
 *
 * <p>Undo and redo ({@link ScenarioHistory}): every {@link #update} is a step, named by what it changed
 * ({@link EditNames}: "ε change") or by the name given; edits of one part in quick succession and all edits
 * inside a gesture ({@link #beginGesture}: from a mouse press to its release, a slider or a point drag) are one
 * step; 200 steps are kept. Opening a file
 * or starting a new scenario ({@link #replace}) starts a fresh history: undo never crosses into another file.
 * Appearance changes ({@link #updateAppearance}: theme, presenter mode, the workbench in front) are not steps, and
 * undo leaves them as they are.
 */
public final class ScenarioModel {
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final StringProperty undoName = new SimpleStringProperty(this, "undoName");
    private final StringProperty redoName = new SimpleStringProperty(this, "redoName");
    private final ScenarioHistory history;
    private Scenario saved;
    private String describedWorkbench;

    /** A model showing the given scenario, not yet saved anywhere. */
    public ScenarioModel(Scenario initial) {
        this(initial, null);
    }

    /** A model showing a scenario read from {@code from} (or, when {@code null}, not yet saved anywhere). */
    public ScenarioModel(Scenario initial, Path from) {
        this(initial, from, System::nanoTime);
    }

    /** As {@link #ScenarioModel(Scenario, Path)} with the clock that decides which edits join one undo step. */
    ScenarioModel(Scenario initial, Path from, LongSupplier nanoClock) {
        history = new ScenarioHistory(nanoClock);
        scenario.set(initial);
        file.set(from);
        saved = initial;
        describedWorkbench = initial.workbench();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /** The scenario file, or {@code null} before the first save. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    /** The directory relative CSV paths are resolved against, or {@code null}. */
    public Path baseDirectory() {
        Path f = file.get();
        return f == null ? null : f.toAbsolutePath().getParent();
    }

    /** Whether the scenario changed since it was opened, created or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Applies a user's edit, named by what it changes; a change that leaves the scenario equal does nothing. */
    public void update(UnaryOperator<Scenario> edit) {
        Scenario before = scenario.get();
        Scenario next = edit.apply(before);
        if (!next.equals(before)) {
            commit(before, next, EditNames.describe(before, next), false);
        }
    }

    /**
     * Applies a user's edit called {@code name} in Edit → Undo ("weight of source point 3"); it joins the step before
     * like any edit (same name in quick succession, or inside a gesture).
     */
    public void update(String name, UnaryOperator<Scenario> edit) {
        apply(name, edit, false);
    }

    /** Applies a user's edit called {@code name} that is always an undo step of its own (a click, a key). */
    public void updateAlone(String name, UnaryOperator<Scenario> edit) {
        apply(name, edit, true);
    }

    private void apply(String name, UnaryOperator<Scenario> edit, boolean alone) {
        Scenario before = scenario.get();
        Scenario next = edit.apply(before);
        if (!next.equals(before)) {
            commit(before, next, name, alone);
        }
    }

    private void commit(Scenario before, Scenario next, String name, boolean alone) {
        history.record(before, name, alone);
        show(next);
    }

    /**
     * Starts a gesture (a drag): every edit until {@link #endGesture} is one undo step called {@code name}
     * ({@code null}: named by its first edit). Called again before the gesture's first edit, it names the gesture:
     * the window opens one at every mouse press, a chart that knows what is dragged names it.
     */
    public void beginGesture(String name) {
        history.beginGesture(name);
    }

    /** Ends the open gesture; nothing when none is open. */
    public void endGesture() {
        history.endGesture();
    }

    /**
     * Applies an appearance change (theme, presenter mode): kept in the scenario and written with its next
     * save, but not by itself a change worth an unsaved-changes prompt, so the dirty flag stays as it was. It is
     * not an undo step: it is applied to every kept step as well, so undo and redo keep it.
     */
    public void updateAppearance(UnaryOperator<Scenario> edit) {
        Scenario next = edit.apply(scenario.get());
        history.applyToAll(edit);
        saved = edit.apply(saved);
        if (!next.equals(scenario.get())) {
            scenario.set(next);
        }
    }

    /** Whether there is an edit to undo. */
    public boolean canUndo() {
        return history.canUndo();
    }

    /** Whether there is an undone edit to apply again. */
    public boolean canRedo() {
        return history.canRedo();
    }

    /** The name of the edit undo reverts ("ε change"), or {@code null} when there is none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName;
    }

    /** The name of the edit redo applies again, or {@code null} when there is none. */
    public ReadOnlyStringProperty redoNameProperty() {
        return redoName;
    }

    /** Reverts the newest edit; nothing when there is none. */
    public void undo() {
        if (history.canUndo()) {
            show(history.undo(scenario.get()));
        }
    }

    /** Applies the newest undone edit again; nothing when there is none. */
    public void redo() {
        if (history.canRedo()) {
            show(history.redo(scenario.get()));
        }
    }

    /** Shows a scenario just opened or created; it starts clean, with an empty history. */
    public void replace(Scenario next, Path from) {
        history.clear();
        saved = next;
        describedWorkbench = next.workbench();
        file.set(from);
        scenario.set(next);
        dirty.set(false);
        refreshNames();
    }

    /**
     * The scenario's description as workbench {@code workbench} shows it: the whole text on the workbench the
     * scenario was opened or created in, which is the one its description tells of, and nothing on the others
     * (issue 12: a sample's story about its transport plan must not stand over the permutation lab's panels).
     */
    public String descriptionOn(String workbench) {
        return workbench.equals(describedWorkbench) ? scenario.get().description() : "";
    }

    /** Records that the scenario was written to {@code to}. */
    public void markSaved(Path to) {
        file.set(to);
        saved = scenario.get();
        dirty.set(false);
    }

    /** Shows an edited, undone or redone scenario; it is dirty unless it equals the one last opened or saved. */
    private void show(Scenario next) {
        scenario.set(next);
        dirty.set(!next.equals(saved));
        refreshNames();
    }

    private void refreshNames() {
        undoName.set(history.undoName());
        redoName.set(history.redoName());
    }
}
