package org.otexplorer.ui.export;

import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for headless rendering: with no DISPLAY it selects Monocle's headless platform
 * and software rendering (DESIGN.md) before the toolkit starts. Safe to call when the toolkit already runs.
 */
public final class HeadlessFx {
    /** Size of the headless framebuffer (width x height - depth): room for a 4x export of a 1000-point figure. */
    static final String SCREEN = "4096x4096-32";

    private HeadlessFx() {
    }

    /** Ensures the FX toolkit is running (and keeps running when windows close). */
    public static synchronized void ensureStarted() {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            // Monocle's headless screen is 1280x800 by default; windows and 4x figures are larger.
            System.setProperty("headless.geometry", SCREEN);
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit was started before (the GUI or a test): nothing to do.
        }
        Platform.setImplicitExit(false);
    }
}
