package org.otexplorer.ui.workbench;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Captions that wrap between their phrases, never inside one: "|W − W_LP| = 3.1e-09" broken after "|W −" reads as
 * nonsense on a projector. The spaces inside each phrase become no-break spaces (U+00A0), which JavaFX's line
 * breaking keeps together; the phrases are joined with ", " where a line may break.
 */
public final class Phrases {
    /** The no-break space. */
    public static final char NO_BREAK = '\u00A0';

    private Phrases() {
    }

    /** The phrase with its spaces made no-break spaces. */
    public static String unbroken(String phrase) {
        return phrase.replace(' ', NO_BREAK);
    }

    /** "name: phrase, phrase, …" with the name's own ", "-separated parts and every phrase unbroken. */
    public static String caption(String name, String... phrases) {
        return list(name.split(", ")) + ": " + list(phrases);
    }

    /** The phrases, each unbroken, joined by ", ". */
    public static String list(String... phrases) {
        return Arrays.stream(phrases).map(Phrases::unbroken).collect(Collectors.joining(", "));
    }
}
