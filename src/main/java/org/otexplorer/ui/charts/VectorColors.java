package org.otexplorer.ui.charts;

/** JavaFX colours and paints as Java 2D colours, for figures drawn on a vector surface. */
public final class VectorColors {
    private VectorColors() {
    }

    /** The same colour, opacity included. */
    public static java.awt.Color awt(javafx.scene.paint.Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    /** A plain colour's equivalent, or {@code null} for anything else (gradients, images, no paint). */
    public static java.awt.Color awt(javafx.scene.paint.Paint paint) {
        return paint instanceof javafx.scene.paint.Color c ? awt(c) : null;
    }
}
