package org.otexplorer.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import org.otexplorer.io.ViewSpec;

/**
 * Light and dark themes (AtlantaFX Primer under the explorer's own explorer.css) and presenter mode, whose
 * large fonts are a style class on the window's root so every control scales with it.
 */
final class Themes {
    static final String DARK = "dark";
    static final String PRESENTER = "presenter";

    private Themes() {
    }

    /** Applies a scenario's theme and presenter mode to the window. */
    static void apply(Parent root, ViewSpec view) {
        boolean dark = DARK.equals(view.theme());
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        toggle(root, DARK, dark);
        toggle(root, PRESENTER, view.presenterMode());
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }
}
