package org.otexplorer.ui.workbench;

import javafx.scene.layout.Region;

/**
 * An exported figure that is a sequence of frames (a Sinkhorn step-through, an ε annealing, an optimizer race):
 * its data, computed once off the FX thread, holds every frame, and the chart of {@link #chart} is moved to any
 * of them by {@link #showFrame}. Written as an animated GIF or as numbered PNG frames
 * ({@code otx export --view NAME --animate}, Figure → Export animation).
 *
 * @param <D> the data of all frames (plain data)
 */
public interface AnimatedFigure<D> extends ExportFigure<D> {
    /** How many frames the data holds (at least one). */
    int frameCount(D data);

    /** Shows frame {@code frame} (0-based) on a chart made by {@link #chart} for the same data (FX thread). */
    void showFrame(Region chart, D data, int frame);

    /** How long a frame stays on screen in the animation, in milliseconds. */
    default int frameMillis() {
        return 200;
    }

    /**
     * How long a frame of this data stays on screen, for a figure whose speed the scenario sets (the ε annealing's
     * frames per second); {@link #frameMillis()} unless overridden.
     */
    default int frameMillis(D data) {
        return frameMillis();
    }
}
