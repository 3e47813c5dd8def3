package org.otexplorer.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.ui.charts.ChartScale;

/**
 * Light and dark themes (AtlantaFX Primer under the explorer's own explorer.css) and presenter mode, whose
 * large fonts are a style class on the window's root so every control and every chart's text scales with it; the
 * charts' markers and lines follow through {@link ChartScale}.
 */
final class Themes {
    static final String DARK = "dark";
    static final String PRESENTER = "presenter";
    private static final double NORMAL_FONT = 13;
    private static final double PRESENTER_FONT = 20;

    private Themes() {
    }

    /** Applies a scenario's theme and presenter mode to the window. */
    static void apply(Parent root, ViewSpec view) {
        boolean dark = DARK.equals(view.theme());
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        toggle(root, DARK, dark);
        toggle(root, PRESENTER, view.presenterMode());
        // explorer.css: 13 px normally, 20 px in presenter mode; chart markers and lines follow the same factor.
        ChartScale.setPresenterScale(view.presenterMode() ? PRESENTER_FONT / NORMAL_FONT : 1);
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }
}
