package org.otexplorer.ui.export;

import java.util.List;

/**
 * The look an exported figure is laid out with, so that it equals the screen: the style sheets and root style
 * classes of the explorer's window (its theme) and the background colour (a CSS paint, looked-up colours allowed).
 *
 * @param stylesheets  style sheets of the figure's scene
 * @param styleClasses style classes of the figure's root
 * @param background   the root's {@code -fx-background-color}
 */
public record FigureLook(List<String> stylesheets, List<String> styleClasses, String background) {
    /** No theme: chart-fx's own styles on white. */
    public static final FigureLook PLAIN = new FigureLook(List.of(), List.of(), "white");

    public FigureLook {
        stylesheets = List.copyOf(stylesheets);
        styleClasses = List.copyOf(styleClasses);
    }
}
