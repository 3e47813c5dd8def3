package org.otexplorer.ui.export;

import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for headless rendering: with no DISPLAY it selects Monocle's headless platform
 * and software rendering (DESIGN.md) before the toolkit starts. Safe to call when the toolkit already runs.
 */
public final class HeadlessFx {
    private HeadlessFx() {
    }

    /** Ensures the FX toolkit is running (and keeps running when windows close). */
    public static synchronized void ensureStarted() {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
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
