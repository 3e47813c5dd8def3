package org.otexplorer.ui.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * Starts the JavaFX toolkit for headless rendering: with no DISPLAY it selects Monocle's headless platform
 * and software rendering (DESIGN.md) before the toolkit starts, on a screen large enough for the figures asked
 * for (a window is never larger than its screen). JavaFX's start-up and style-sheet warnings (an unnamed-module
 * configuration, a looked-up colour a stand-alone figure has no theme for) are kept off stderr: a command's
 * stderr is for its own one-line errors. Safe to call when the toolkit already runs.
 */
public final class HeadlessFx {
    /** Smallest headless screen (width and height): room for a 4x export of a 1000-point figure. */
    static final int MIN_SCREEN = 4096;
    /** JavaFX's loggers ("javafx", "javafx.css", …), held so that their level is not lost with a weak reference. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    /** How long {@link #call} waits for one rendering. */
    public static final long TIMEOUT_SECONDS = 600;

    private HeadlessFx() {
    }

    /** Ensures the FX toolkit is running (and keeps running when windows close). */
    public static void ensureStarted() {
        ensureStarted(MIN_SCREEN, MIN_SCREEN);
    }

    /**
     * Ensures the FX toolkit is running; if this call starts it headless, its screen holds a window of
     * {@code width × height} pixels.
     */
    public static synchronized void ensureStarted(int width, int height) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("headless.geometry", Math.max(MIN_SCREEN, width) + "x" + Math.max(MIN_SCREEN, height)
                    + "-32");
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
        UnsharedGlyphLayouts.checkOutSharedLayout();
    }

    /**
     * Checks that a window of {@code width × height} pixels fits on Monocle's headless screen, which clamps larger
     * windows (FX thread; a desktop's windows may be larger than its screen).
     *
     * @throws IllegalArgumentException naming the screen's size when it does not
     */
    public static void checkFits(int width, int height) {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        boolean monocle = "Monocle".equals(System.getProperty("glass.platform"));
        if (monocle && (width > screen.getWidth() || height > screen.getHeight())) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "a figure of %d x %d pixels does not fit on this %.0f x %.0f screen; lower the size or the scale"
                            + " (otx export renders up to %d pixels per side)",
                    width, height, screen.getWidth(), screen.getHeight(), FigureSize.MAX_PIXELS));
        }
    }

    /**
     * Starts {@code rendering} on the FX thread and waits here (never on the FX thread) for what it completes with;
     * a runtime exception it throws or completes with is rethrown as is.
     *
     * @throws IllegalStateException when it does not finish within {@link #TIMEOUT_SECONDS} or the wait is
     *                               interrupted
     */
    public static <T> T call(Supplier<CompletableFuture<T>> rendering) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                rendering.get().whenComplete((value, error) -> {
                    if (error != null) {
                        result.completeExceptionally(error);
                    } else {
                        result.complete(value);
                    }
                });
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("rendering failed: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("rendering did not finish in " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rendering", e);
        }
    }
}
