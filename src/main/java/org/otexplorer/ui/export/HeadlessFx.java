package org.otexplorer.ui.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for headless rendering: with no DISPLAY it selects Monocle's headless platform
 * and software rendering (DESIGN.md) before the toolkit starts. Safe to call when the toolkit already runs.
 */
public final class HeadlessFx {
    /** Size of the headless framebuffer (width x height - depth): room for a 4x export of a 1000-point figure. */
    static final String SCREEN = "4096x4096-32";
    /** How long {@link #call} waits for one rendering. */
    public static final long TIMEOUT_SECONDS = 600;

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
