package org.otexplorer.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Turns off the bitmap cache JavaFX's scroll-pane skin puts on every viewport. The cache makes scrolling a copy, but
 * any change inside the pane renders its whole content again into the cache: a side panel's ε slider moved one step
 * and the software renderer redrew the entire panel of controls (5–20 ms a frame at 1440 × 900, on every step of a
 * drag, issue 12 item 13). Without it only the changed region is painted.
 */
final class UncachedViewports {
    private UncachedViewports() {
    }

    /**
     * After the scene's first layout (when every skin is made), uncaches the viewport of each scroll pane in it, and
     * of each pane's later skin.
     */
    static void follow(Scene scene) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                walk(scene.getRoot());
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    private static void walk(Node node) {
        if (node instanceof ScrollPane pane) {
            pane.skinProperty().addListener((o, old, skin) -> uncache(pane));
            uncache(pane);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child);
            }
        }
    }

    private static void uncache(ScrollPane pane) {
        Node viewport = pane.getSkin() == null ? null : pane.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }
}
