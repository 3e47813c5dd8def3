package org.otexplorer.ui.transport;

import org.otexplorer.io.ViewSpec;

/**
 * The two coordinates (0-based) of the points the source-and-target chart draws, on screen and in every exported
 * figure: the scenario's {@code view.xCoordinate} and {@code view.yCoordinate} when the points have them, else
 * coordinates 1 and 2 (points whose dimension is below the choice: a regression's responses, the unit circle's two
 * coordinates), and for one-dimensional points the rails ({@code (0, 0)}).
 *
 * @param x the coordinate on the horizontal axis
 * @param y the coordinate on the vertical axis
 */
record Projection(int x, int y) {
    /** The projection a view chooses for points of {@code dimension} coordinates; never one they do not have. */
    static Projection of(ViewSpec view, int dimension) {
        int x = view.xCoordinate() - 1;
        int y = view.yCoordinate() - 1;
        if (x < dimension && y < dimension) {
            return new Projection(x, y);
        }
        return new Projection(0, dimension > 1 ? 1 : 0);
    }
}
