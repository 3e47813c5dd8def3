package org.otexplorer.ui.ipot;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * One zoom for several images of the same size: the scroll wheel over any of them zooms all of them about the
 * point under the mouse (up to {@value #MAX_ZOOM}×), a drag pans all of them, a double-click shows the whole images
 * again. Each image's viewport is the same rectangle in image pixels. FX thread.
 */
final class SyncedZoom {
    /** The largest magnification. */
    static final double MAX_ZOOM = 16;

    private final List<ImageView> views = new ArrayList<>();
    private double zoom = 1;
    private double centreX = 0.5;
    private double centreY = 0.5;
    private double dragX;
    private double dragY;

    /** Adds an image view to the group. */
    void add(ImageView view) {
        views.add(view);
        view.addEventHandler(ScrollEvent.SCROLL, e -> {
            double[] at = fraction(view, e.getX(), e.getY());
            zoomAbout(e.getDeltaY() > 0 ? 1.25 : 0.8, at[0], at[1]);
            e.consume();
        });
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double w = Math.max(1, view.getBoundsInLocal().getWidth());
            double h = Math.max(1, view.getBoundsInLocal().getHeight());
            centreX -= (e.getX() - dragX) / w / zoom;
            centreY -= (e.getY() - dragY) / h / zoom;
            dragX = e.getX();
            dragY = e.getY();
            apply();
        });
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                reset();
            }
        });
    }

    /** Magnifies by {@code factor} about the point at fractions (fx, fy) of the visible part. */
    void zoomAbout(double factor, double fx, double fy) {
        double next = Math.max(1, Math.min(MAX_ZOOM, zoom * factor));
        double pointX = centreX + (fx - 0.5) / zoom;
        double pointY = centreY + (fy - 0.5) / zoom;
        centreX = pointX - (fx - 0.5) / next;
        centreY = pointY - (fy - 0.5) / next;
        zoom = next;
        apply();
    }

    /** The whole images. */
    void reset() {
        zoom = 1;
        centreX = 0.5;
        centreY = 0.5;
        apply();
    }

    double zoom() {
        return zoom;
    }

    /** Sets every view's viewport to the shared rectangle (call after new images are shown). */
    void apply() {
        double half = 0.5 / zoom;
        centreX = Math.max(half, Math.min(1 - half, centreX));
        centreY = Math.max(half, Math.min(1 - half, centreY));
        for (ImageView v : views) {
            if (v.getImage() == null) {
                continue;
            }
            double w = v.getImage().getWidth();
            double h = v.getImage().getHeight();
            v.setViewport(new Rectangle2D((centreX - half) * w, (centreY - half) * h, w / zoom, h / zoom));
        }
    }

    /** The viewport of a view (tests). */
    static Rectangle2D viewport(ImageView v) {
        return v.getViewport();
    }

    private double[] fraction(ImageView view, double x, double y) {
        double w = Math.max(1, view.getBoundsInLocal().getWidth());
        double h = Math.max(1, view.getBoundsInLocal().getHeight());
        return new double[] {Math.max(0, Math.min(1, x / w)), Math.max(0, Math.min(1, y / h))};
    }
}
