package org.otexplorer.ui.workbench;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/**
 * One open workbench in a window: its content (controls and panels), the Compute-menu items of its own, and
 * how the window drives it. Only the active (front) workbench computes: one in the back does no work nobody
 * sees, and catches up when it comes to the front. FX thread only.
 */
public interface WorkbenchView {
    /** The controls and panels (the tab's content). */
    Node content();

    /** Items the Compute menu adds for this workbench (play / step / reset of its runs), possibly none. */
    default List<MenuItem> computeItems() {
        return List.of();
    }

    /** Items the View menu adds for this workbench (which of its panels show), possibly none. */
    default List<MenuItem> viewItems() {
        return List.of();
    }

    /** Comes to the front ({@code true}: compute what is stale) or goes to the back ({@code false}: stop). */
    void setActive(boolean active);

    /** Recomputes now (F5). */
    void recompute();

    /** Cancels what runs (Esc). */
    void cancel();

    /**
     * Completes what a figure of the whole window should show before it is taken (runs that otherwise wait for
     * the user, such as an optimizer race); {@link #isIdle()} then waits for them too.
     */
    default void completeForFigure() {
    }

    /** Whether its panels show the newest scenario and nothing is computing (export waits for this). */
    boolean isIdle();

    /** Why the newest computation failed, once nothing runs; {@code null} when it did not. */
    String failure();

    /** The figure the whole-window export writes the CSV of. */
    String primaryFigure();

    /** Stops its background work (the window closes). */
    void close();
}
