package org.otexplorer.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import java.util.List;
import javafx.scene.Parent;
import org.otexplorer.io.ViewSpec;
import org.otexplorer.ui.charts.ChartScale;
import org.otexplorer.ui.export.FigureLook;

/**
 * Light and dark themes (AtlantaFX Primer under the explorer's own explorer.css) and presenter mode, whose
 * large fonts are a style class on the window's root so every control and every chart's text scales with it; the
 * charts' markers and lines follow through {@link ChartScale}.
 */
public final class Themes {
    static final String DARK = "dark";
    /** The style class of the window's root (MainWindow.fxml), under which explorer.css applies. */
    private static final String EXPLORER = "explorer";
    static final String PRESENTER = "presenter";
    /**
     * The style class of a window of at least {@value #ROOMY_WIDTH} × {@value #ROOMY_HEIGHT} px (1920 × 1080), where
     * the side-by-side legends and pane titles keep more of the presenter scale than at 1280 × 800.
     */
    public static final String ROOMY = "roomy";
    private static final double ROOMY_WIDTH = 1700;
    private static final double ROOMY_HEIGHT = 980;
    private static final double NORMAL_FONT = 13;
    private static final double PRESENTER_FONT = 20;

    private Themes() {
    }

    /** Applies a scenario's theme and presenter mode to the window. */
    static void apply(Parent root, ViewSpec view) {
        boolean dark = useTheme(view);
        toggle(root, DARK, dark);
        toggle(root, PRESENTER, view.presenterMode());
        // explorer.css: 13 px normally, 20 px in presenter mode; chart markers and lines follow the same factor.
        ChartScale.setPresenterScale(view.presenterMode() ? PRESENTER_FONT / NORMAL_FONT : 1);
    }

    /**
     * Marks the root {@value #ROOMY} while the window is large. The mark follows the root's size alone, which no
     * style under it changes, so it cannot feed back into the layout it styles.
     */
    static void followWindowSize(javafx.scene.layout.Region root) {
        javafx.beans.InvalidationListener size = o -> toggle(root, ROOMY, roomy(root.getWidth(), root.getHeight()));
        root.widthProperty().addListener(size);
        root.heightProperty().addListener(size);
    }

    /** Whether a window of this size is {@value #ROOMY}: at least {@value #ROOMY_WIDTH} × {@value #ROOMY_HEIGHT} px. */
    public static boolean roomy(double width, double height) {
        return width >= ROOMY_WIDTH && height >= ROOMY_HEIGHT;
    }

    /**
     * The look of an exported figure in a scenario's theme, so that it equals the window: the theme's user-agent
     * style sheet (set for the application, as the window sets it), explorer.css and the window root's style classes
     * (presenter mode apart: a figure has its own scale). Call on the FX thread.
     */
    public static FigureLook figureLook(ViewSpec view) {
        boolean dark = useTheme(view);
        return new FigureLook(List.of(Themes.class.getResource("explorer.css").toExternalForm()),
                dark ? List.of(EXPLORER, DARK) : List.of(EXPLORER), "-color-bg-default");
    }

    /** Sets the theme's user-agent style sheet for the application; whether it is the dark one. */
    private static boolean useTheme(ViewSpec view) {
        boolean dark = DARK.equals(view.theme());
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        return dark;
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        if (root.getStyleClass().contains(styleClass) == on) {
            return; // a style class change restyles the whole window
        }
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }
}
