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
 * @param traceMetric      the trace panel's metric: one of {@link #TRACE_METRICS} (trace entry keys)
 * @param traceLogIterations whether the trace panel's iteration axis is logarithmic
 * @param logColorDecades  how many decades below the largest entry the log colour scale shows (smaller entries
 *                         take the lowest colour)
 * @param colorRange       the plan's colour range [low, high] when locked (in P, or in log10 P on a log scale), or
 *                         {@code null} for each plan's own range
 * @param equalAspect      whether the source-and-target panel draws x and y at the same scale (circles round)
 * @param xCoordinate      the coordinate (1-based) of the points the source-and-target panel draws horizontally
 * @param yCoordinate      the coordinate (1-based) it draws vertically; both are checked against the points'
 *                         dimension by {@link Scenario#validate} and fall back by {@link #withCoordinatesWithin}
 */
public record ViewSpec(String colormap, Boolean logColorScale, Boolean sortByAssignment, String theme,
                       Boolean presenterMode, Double spectrumThreshold, String traceMetric,
                       Boolean traceLogIterations, Integer logColorDecades, List<Double> colorRange,
                       Boolean equalAspect, Integer xCoordinate, Integer yCoordinate) {
    /** Colormaps the explorer offers. */
    public static final List<String> COLORMAPS = List.of("viridis", "magma", "inferno", "plasma", "grayscale");
    /** Themes the explorer offers. */
    public static final List<String> THEMES = List.of("light", "dark");
    /** Metrics the trace panel plots, by their trace-entry keys. */
    public static final List<String> TRACE_METRICS = List.of("loss", "parameterError", "relativeTestError",
            "gradNorm");

    /** Decades the log colour scale spans unless the scenario says otherwise. */
    public static final int DEFAULT_LOG_DECADES = 6;

    /** Fills defaults for missing fields. */
    public ViewSpec {
        colormap = colormap == null ? "viridis" : colormap;
        logColorScale = logColorScale == null ? Boolean.FALSE : logColorScale;
        sortByAssignment = sortByAssignment == null ? Boolean.FALSE : sortByAssignment;
        theme = theme == null ? "light" : theme;
        presenterMode = presenterMode == null ? Boolean.FALSE : presenterMode;
        spectrumThreshold = spectrumThreshold == null ? 1e-10 : spectrumThreshold;
        traceMetric = traceMetric == null ? "relativeTestError" : traceMetric;
        traceLogIterations = traceLogIterations == null ? Boolean.FALSE : traceLogIterations;
        logColorDecades = logColorDecades == null ? DEFAULT_LOG_DECADES : logColorDecades;
        colorRange = colorRange == null ? null : List.copyOf(colorRange);
        equalAspect = equalAspect == null ? Boolean.FALSE : equalAspect;
        xCoordinate = xCoordinate == null ? 1 : xCoordinate;
        yCoordinate = yCoordinate == null ? 2 : yCoordinate;
    }

    /**
     * Defaults: viridis, linear scale, light theme, τ = 1e-10 (math.md), traces of the relative test error, 6 log
     * decades, colours not locked, axes scaled to the data (no equal aspect), points drawn on coordinates 1 and 2.
     */
    public static ViewSpec defaults() {
        return new ViewSpec(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Throws {@link IllegalArgumentException} naming the first field out of range.
     *
     * @param coordinateLimit the largest coordinate the source-and-target panel may draw
     *                        ({@link Scenario#coordinateLimit})
     * @param limitSource     where that limit comes from, for the message (e.g. {@code "data.d = 2"})
     */
    void validate(String path, int coordinateLimit, String limitSource) {
        Fields.oneOf(path + ".colormap", colormap, COLORMAPS);
        Fields.oneOf(path + ".theme", theme, THEMES);
        Fields.nonNegative(path + ".spectrumThreshold", spectrumThreshold);
        Fields.oneOf(path + ".traceMetric", traceMetric, TRACE_METRICS);
        if (logColorDecades < 1 || logColorDecades > 300) {
            throw new IllegalArgumentException(path + ".logColorDecades must be in [1, 300], got " + logColorDecades);
        }
        if (colorRange != null && (colorRange.size() != 2 || colorRange.stream().anyMatch(v -> v == null
                || !Double.isFinite(v)) || !(colorRange.get(0) < colorRange.get(1)))) {
            throw new IllegalArgumentException(path + ".colorRange must be [low, high] with finite low < high, got "
                    + colorRange);
        }
        coordinate(path + ".xCoordinate", xCoordinate, coordinateLimit, limitSource);
        coordinate(path + ".yCoordinate", yCoordinate, coordinateLimit, limitSource);
    }

    private static void coordinate(String path, int value, int limit, String limitSource) {
        if (value < 1 || value > limit) {
            throw new IllegalArgumentException(path + " must be between 1 and " + limit + " (" + limitSource
                    + "), got " + value);
        }
    }

    public ViewSpec withColormap(String value) {
        return new ViewSpec(value, logColorScale, sortByAssignment, theme, presenterMode, spectrumThreshold, traceMetric, traceLogIterations, logColorDecades, colorRange, equalAspect, xCoordinate, yCoordinate);
    }

    public ViewSpec withLogColorScale(boolean value) {
        return new ViewSpec(colormap, value, sortByAssignment, theme, presenterMode, spectrumThreshold, traceMetric, traceLogIterations, logColorDecades, colorRange, equalAspect, xCoordinate, yCoordinate);
    }

    public ViewSpec withSortByAssignment(boolean value) {
        return new ViewSpec(colormap, logColorScale, value, theme, presenterMode, spectrumThreshold, traceMetric, traceLogIterations, logColorDecades, colorRange, equalAspect, xCoordinate, yCoordinate);
    }

    public ViewSpec withTheme(String value) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, value, presenterMode, spectrumThreshold, traceMetric, traceLogIterations, logColorDecades, colorRange, equalAspect, xCoordinate, yCoordinate);
    }

    public ViewSpec withPresenterMode(boolean value) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, theme, value, spectrumThreshold, traceMetric, traceLogIterations, logColorDecades, colorRange, equalAspect, xCoordinate, yCoordinate);
    }

    public ViewSpec withSpectrumThreshold(double value) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, theme, presenterMode, value, traceMetric, traceLogIterations, logColorDecades, colorRange, equalAspect, xCoordinate, yCoordinate);
    }

    public ViewSpec withTraceMetric(String value) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, theme, presenterMode, spectrumThreshold, value, traceLogIterations, logColorDecades, colorRange, equalAspect, xCoordinate, yCoordinate);
    }

    public ViewSpec withTraceLogIterations(boolean value) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, theme, presenterMode, spectrumThreshold, traceMetric, value, logColorDecades, colorRange, equalAspect, xCoordinate, yCoordinate);
    }

    public ViewSpec withLogColorDecades(int value) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, theme, presenterMode, spectrumThreshold, traceMetric, traceLogIterations, value, colorRange, equalAspect, xCoordinate, yCoordinate);
    }

    public ViewSpec withColorRange(List<Double> value) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, theme, presenterMode, spectrumThreshold, traceMetric, traceLogIterations, logColorDecades, value, equalAspect, xCoordinate, yCoordinate);
    }

    public ViewSpec withEqualAspect(boolean value) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, theme, presenterMode, spectrumThreshold,
                traceMetric, traceLogIterations, logColorDecades, colorRange, value, xCoordinate, yCoordinate);
    }

    /** The source-and-target panel drawing coordinates x and y (1-based) of the points. */
    public ViewSpec withCoordinates(int x, int y) {
        return new ViewSpec(colormap, logColorScale, sortByAssignment, theme, presenterMode, spectrumThreshold,
                traceMetric, traceLogIterations, logColorDecades, colorRange, equalAspect, x, y);
    }

    /**
     * The same view for points of at most {@code dimensions} coordinates: when either chosen coordinate is beyond
     * them (the data shrank: a smaller d, a CSV of fewer columns), the panel draws coordinates 1 and 2 again.
     */
    public ViewSpec withCoordinatesWithin(int dimensions) {
        return xCoordinate <= dimensions && yCoordinate <= dimensions ? this : withCoordinates(1, 2);
    }
}
