package org.otexplorer.ui.workbench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.otexplorer.io.Scenario;

/**
 * The undo and redo stacks of a {@link ScenarioModel}: each step is the scenario before an edit and the edit's
 * name ("ε change", "move source point 3"). A run of edits of the same part arriving less than
 * {@link #COALESCE_NANOS} apart (a slider moved with the keys), or any edits inside an open gesture (whatever a
 * mouse press does until its release: a slider or a point drag, a held spinner arrow), is one step. At most {@link #CAPACITY} steps are kept; the oldest go first.
 * A new edit clears the redo stack. No JavaFX: plain data, FX thread only by its owner.
 */
final class ScenarioHistory {
    /** How many undo steps are kept. */
    static final int CAPACITY = 200;
    /** Edits of the same part closer than this (0.6 s) in time join the step before. */
    static final long COALESCE_NANOS = 600_000_000L;

    /** One undo (or redo) step: the scenario to go back to and what the edit did. */
    record Step(Scenario scenario, String name) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final LongSupplier clock;
    private String lastName;
    private long lastNanos;
    private boolean inGesture;
    private String gesture;
    private boolean gestureRecorded;

    ScenarioHistory(LongSupplier nanoClock) {
        clock = nanoClock;
    }

    /**
     * Records that {@code before} was replaced by an edit called {@code name}; coalesces as described above unless
     * {@code alone} (a click, a Delete: always a step of its own, outside a gesture).
     */
    void record(Scenario before, String name, boolean alone) {
        long now = clock.getAsLong();
        boolean join;
        if (inGesture) {
            join = gestureRecorded;
            gestureRecorded = true;
        } else {
            join = !alone && !undo.isEmpty() && Objects.equals(name, lastName) && now - lastNanos < COALESCE_NANOS;
        }
        if (!join) {
            undo.push(new Step(before, gesture != null ? gesture : name));
            while (undo.size() > CAPACITY) {
                undo.removeLast();
            }
        }
        redo.clear();
        lastName = name;
        lastNanos = now;
    }

    /**
     * Starts a gesture: every edit until {@link #endGesture} is one step, called {@code name}, or when that is
     * {@code null} by its first edit's name. Naming a gesture already open but still without edits names it.
     */
    void beginGesture(String name) {
        if (!inGesture || !gestureRecorded) {
            gesture = name;
        }
        if (!inGesture) {
            inGesture = true;
            gestureRecorded = false;
        }
    }

    /** Ends the open gesture (nothing if none); the next edit starts a new step. */
    void endGesture() {
        inGesture = false;
        gesture = null;
        lastName = null;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The name of the step {@link #undo} would revert, or {@code null}. */
    String undoName() {
        return undo.isEmpty() ? null : undo.peek().name();
    }

    /** The name of the step {@link #redo} would apply again, or {@code null}. */
    String redoName() {
        return redo.isEmpty() ? null : redo.peek().name();
    }

    /**
     * Takes the newest step back: returns the scenario to show and keeps {@code current} for redo.
     *
     * @throws IllegalStateException when there is nothing to undo
     */
    Scenario undo(Scenario current) {
        return move(undo, redo, current);
    }

    /**
     * Applies the newest undone step again: returns the scenario to show and keeps {@code current} for undo.
     *
     * @throws IllegalStateException when there is nothing to redo
     */
    Scenario redo(Scenario current) {
        return move(redo, undo, current);
    }

    private Scenario move(Deque<Step> from, Deque<Step> to, Scenario current) {
        if (from.isEmpty()) {
            throw new IllegalStateException("nothing to " + (from == undo ? "undo" : "redo"));
        }
        Step step = from.pop();
        to.push(new Step(current, step.name()));
        lastName = null;
        return step.scenario();
    }

    /** Applies an appearance change to every kept step too, so undo and redo leave the appearance alone. */
    void applyToAll(UnaryOperator<Scenario> appearance) {
        replaceAll(undo, appearance);
        replaceAll(redo, appearance);
    }

    private static void replaceAll(Deque<Step> steps, UnaryOperator<Scenario> appearance) {
        Deque<Step> changed = new ArrayDeque<>();
        for (Step step : steps) {
            changed.addLast(new Step(appearance.apply(step.scenario()), step.name()));
        }
        steps.clear();
        steps.addAll(changed);
    }

    /** Forgets every step (a file was opened or a new scenario started). */
    void clear() {
        undo.clear();
        redo.clear();
        lastName = null;
        inGesture = false;
        gesture = null;
    }
}
