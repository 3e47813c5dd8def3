package org.otexplorer.io;

import java.util.List;

/**
 * View settings of a scenario.
 *
 * @param colormap         heatmap colormap id
 * @param logColorScale    whether the plan heatmap uses a logarithmic color scale
 * @param sortByAssignment whether plan rows and columns are ordered by the optimal assignment
 * @param theme            {@code "light"} or {@code "dark"}
 * @param presenterMode    large fonts for projectors
 */
public record ViewSpec(String colormap, Boolean logColorScale, Boolean sortByAssignment, String theme,
                       Boolean presenterMode) {
    /** Colormaps the explorer offers. */
    public static final List<String> COLORMAPS = List.of("viridis", "magma", "inferno", "plasma", "grayscale");
    /** Themes the explorer offers. */
    public static final List<String> THEMES = List.of("light", "dark");

    /** Fills defaults for missing fields. */
    public ViewSpec {
        colormap = colormap == null ? "viridis" : colormap;
        logColorScale = logColorScale == null ? Boolean.FALSE : logColorScale;
        sortByAssignment = sortByAssignment == null ? Boolean.FALSE : sortByAssignment;
        theme = theme == null ? "light" : theme;
        presenterMode = presenterMode == null ? Boolean.FALSE : presenterMode;
    }

    /** Defaults: viridis, linear scale, light theme. */
    public static ViewSpec defaults() {
        return new ViewSpec(null, null, null, null, null);
    }

    void validate(String path) {
        Fields.oneOf(path + ".colormap", colormap, COLORMAPS);
        Fields.oneOf(path + ".theme", theme, THEMES);
    }
}
