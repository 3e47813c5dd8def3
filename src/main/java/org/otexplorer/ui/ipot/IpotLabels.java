package org.otexplorer.ui.ipot;

import java.util.regex.Pattern;

/**
 * The IPOT workbench's labels as the screen writes them: the engine names its parameters in ASCII ("IPOT beta = 0.01",
 * "Sinkhorn eps = 0.001"), because {@code otx} prints them to terminals of any encoding; the screen uses the symbols
 * of the rest of the explorer, β and ε.
 */
final class IpotLabels {
    private static final Pattern BETA = Pattern.compile("\\bbeta\\b");
    private static final Pattern EPS = Pattern.compile("\\beps\\b");

    private IpotLabels() {
    }

    /** {@code label} with "beta" as β and "eps" as ε (whole words only). */
    static String onScreen(String label) {
        return EPS.matcher(BETA.matcher(label).replaceAll("β")).replaceAll("ε");
    }
}
