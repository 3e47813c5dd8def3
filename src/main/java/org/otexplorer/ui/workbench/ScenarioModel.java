package org.otexplorer.ui.workbench;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.otexplorer.io.Scenario;

/**
 * The explorer's whole state: one {@link Scenario}, the file it came from and whether it has changed since.
 * Panels edit it through {@link #update}; loading and saving go through {@link #replace} and
 * {@link #markSaved}. FX thread only.
 */
public final class ScenarioModel {
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");

    /** A model showing the given scenario, not yet saved anywhere. */
    public ScenarioModel(Scenario initial) {
        this(initial, null);
    }

    /** A model showing a scenario read from {@code from} (or, when {@code null}, not yet saved anywhere). */
    public ScenarioModel(Scenario initial, Path from) {
        scenario.set(initial);
        file.set(from);
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

    /** Applies a user's edit; a change that leaves the scenario equal does nothing. */
    public void update(UnaryOperator<Scenario> edit) {
        Scenario next = edit.apply(scenario.get());
        if (!next.equals(scenario.get())) {
            scenario.set(next);
            dirty.set(true);
        }
    }

    /**
     * Applies an appearance change (theme, presenter mode): kept in the scenario and written with its next
     * save, but not by itself a change worth an unsaved-changes prompt, so the dirty flag stays as it was.
     */
    public void updateAppearance(UnaryOperator<Scenario> edit) {
        Scenario next = edit.apply(scenario.get());
        if (!next.equals(scenario.get())) {
            scenario.set(next);
        }
    }

    /** Shows a scenario just opened or created; it starts clean. */
    public void replace(Scenario next, Path from) {
        file.set(from);
        scenario.set(next);
        dirty.set(false);
    }

    /** Records that the scenario was written to {@code to}. */
    public void markSaved(Path to) {
        file.set(to);
        dirty.set(false);
    }
}
