package org.otexplorer.ui.export;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works around a race in JavaFX 21's text shaping on Linux that corrupted the native heap and crashed the explorer
 * ("malloc(): unaligned tcache chunk detected", or a SIGSEGV in {@code pango_attr_list_insert}), seen in the
 * permutation race, whose captions then held a combining accent ("x̂") that only Pango shapes. JavaFX hands one shared
 * {@code PangoGlyphLayout} to whichever thread lays out text first; its {@code dispose} marks it free before it frees
 * its UTF-8 strings and clears their map, so the FX thread (labels) and the render thread (canvas text: chart-fx's
 * axes) can free the same strings twice or fill the map while it is cleared. Two threads shaping "x̂" crashed the JVM
 * within 1–3 s in two runs of three (the third hung) and ran 20 s without harm in three runs once the shared layout was
 * checked out for good, as {@link #checkOutSharedLayout} does: every layout then gets one of its own, which only its
 * thread disposes (it narrows the race; a stress test of it still crashed once in four full test runs, so some path
 * remains). So the text the explorer ships never needs Pango ({@code ShippedTextShapingTest}); this is the defence left
 * for text the user brings, such as a file name in a script Pango shapes. The shared layout is JavaFX's internal
 * {@code com.sun.javafx.text.GlyphLayout}, reachable when JavaFX is on the class path (the jar, the tests) or its package is
 * exported ({@code mvn javafx:run}, pom.xml).
 */
public final class UnsharedGlyphLayouts {
    private static final Logger LOG = Logger.getLogger(UnsharedGlyphLayouts.class.getName());
    private static boolean checkedOut;

    private UnsharedGlyphLayouts() {
    }

    /**
     * Checks JavaFX's shared glyph layout out for the life of the application (once; any thread, after the toolkit
     * started): from then on no two threads shape text with the same layout.
     */
    public static synchronized void checkOutSharedLayout() {
        if (checkedOut) {
            return;
        }
        try {
            com.sun.javafx.text.GlyphLayout.getInstance(); // never disposed: the shared one stays taken
            checkedOut = true;
        } catch (IllegalAccessError | RuntimeException unreachable) {
            LOG.log(Level.WARNING, "JavaFX's text layout race cannot be worked around (" + unreachable
                    + "): text shaped on two threads at once may crash the application");
        }
    }
}
