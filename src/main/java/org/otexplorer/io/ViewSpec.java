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
 * @param spectrumThreshold truncation threshold τ (absolute) of the H-matrix pseudo-inverse in the spectrum panel
 */
public record ViewSpec(String colormap, Boolean logColorScale, Boolean sortByAssignment, String theme,
                       Boolean presenterMode, Double spectrumThreshold) {
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
        spectrumThreshold = spectrumThreshold == null ? 1e-10 : spectrumThreshold;
    }

    /** Defaults: viridis, linear scale, light theme, τ = 1e-10 (math.md). */
    public static ViewSpec defaults() {
        return new ViewSpec(null, null, null, null, null, null);
    }

    void validate(String path) {
        Fields.oneOf(path + ".colormap", colormap, COLORMAPS);
        Fields.oneOf(path + ".theme", theme, THEMES);
        Fields.nonNegative(path + ".spectrumThreshold", spectrumThreshold);
    }

    public ViewSpec withColormap(String value) {
        return new ViewSpec(value, logColorScale, sortByAssignment, theme, presenterMode, spectrumThreshold);
    }

    public ViewSpec withLogColorScale(boolean value) {
        return new ViewSpec(colormap, value, sortByAssignment, theme, presenterMode, spectrumThreshold);
    }

    public ViewSpec withSortByAssignment(boolean value) {
        return new ViewSpec(colormap, logColorScale, value, theme, presenterMode, spectrumThreshold);
    }

    public ViewSpec withTheme(String value) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, value, presenterMode, spectrumThreshold);
    }

    public ViewSpec withPresenterMode(boolean value) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, theme, value, spectrumThreshold);
    }

    public ViewSpec withSpectrumThreshold(double value) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, theme, presenterMode, value);
    }
}
