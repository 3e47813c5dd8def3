package org.otexplorer.permutation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Bad input must throw {@link IllegalArgumentException} whose message names the problem. */
final class Rejections {
    private Rejections() {
    }

    static void expectRejected(String fragment, Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(fragment), "expected '" + fragment + "' in: " + ex.getMessage());
    }
}
