package org.otexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * JavaFX's shared glyph layout stays checked out once the toolkit is started as the explorer and {@code otx export}
 * start it, so that text shaped on two threads at once never shares one (the race {@link UnsharedGlyphLayouts}
 * describes; without it the stress test below crashed the JVM in 1–3 s, so a regression shows as a dead test fork).
 */
class UnsharedGlyphLayoutsTest {
    /** Text Pango shapes (a combining circumflex, as in the permutation race's "x̂" caption). */
    private static final String SHAPED = "line x\u0302 true, squares predicted";

    @BeforeAll
    static void startToolkit() {
        HeadlessFx.ensureStarted();
    }

    @Test
    void aDisposedLayoutIsNeverHandedOutAgain() {
        com.sun.javafx.text.GlyphLayout first = com.sun.javafx.text.GlyphLayout.getInstance();
        first.dispose();
        assertNotSame(first, com.sun.javafx.text.GlyphLayout.getInstance(),
                "the shared layout, handed out again after its dispose, is what two threads raced on");
    }

    @Test
    void twoThreadsShapingCombiningAccentsAtOnceRunSafely() {
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        AtomicInteger shaped = new AtomicInteger();
        Runnable shape = () -> {
            for (int k = 0; System.nanoTime() < end; k++) {
                assertTrue(new Text(k + " " + SHAPED).getLayoutBounds().getWidth() > 0);
                shaped.incrementAndGet();
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            CompletableFuture<Void> onFx = new CompletableFuture<>();
            Platform.runLater(() -> {
                shape.run();
                onFx.complete(null);
            });
            CompletableFuture.runAsync(shape).get();
            onFx.get();
        });
        assertTrue(shaped.get() > 1000, "both threads shaped text: " + shaped.get());
    }
}
