package org.otexplorer.ui.charts;

/**
 * A point of the source-and-target chart under the pointer.
 *
 * @param target whether it is a target point (else a source point)
 * @param index  its index among the sources or the targets, 0-based
 */
public record ScatterHit(boolean target, int index) {
    /** "source point 4" (1-based, as the explorer numbers points to a user). */
    public String label() {
        return (target ? "target" : "source") + " point " + (index + 1);
    }
}
