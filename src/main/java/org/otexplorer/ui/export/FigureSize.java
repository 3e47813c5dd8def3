package org.otexplorer.ui.export;

/**
 * The size of an exported figure: {@code width × height} points laid out at a pixel scale, so that a PNG has
 * exactly {@code width·scale × height·scale} pixels and an SVG or PDF page as many units (it is the PNG's picture
 * as shapes). Bounded so that a figure always fits in memory: at most {@link #MAX_POINTS} points and, for a PNG,
 * {@link #MAX_PIXELS} pixels per side.
 *
 * @param width  width in points
 * @param height height in points
 * @param scale  pixel scale in [1, 4]
 */
public record FigureSize(int width, int height, double scale) {
    /** Largest width or height in points. */
    public static final int MAX_POINTS = 8000;
    /** Largest PNG width or height in pixels (a 16384² ARGB image is 1 GiB). */
    public static final int MAX_PIXELS = 16384;
    /** Scales allowed: 1 is screen resolution, 4 print quality. */
    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException naming the bound a size or scale breaks
     */
    public FigureSize {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("--scale must lie in [1, 4], got " + scale);
        }
        if (width < 1 || height < 1 || width > MAX_POINTS || height > MAX_POINTS) {
            throw new IllegalArgumentException("--width and --height must lie in [1, " + MAX_POINTS + "] points, got "
                    + width + " x " + height);
        }
    }

    /**
     * Checks that the figure can be written in a format.
     *
     * @throws IllegalArgumentException for a PNG of more than {@link #MAX_PIXELS} pixels per side
     */
    public FigureSize checkedFor(FigureFormat format) {
        if (format == FigureFormat.PNG && (pixelWidth() > MAX_PIXELS || pixelHeight() > MAX_PIXELS)) {
            throw new IllegalArgumentException("a PNG has at most " + MAX_PIXELS + " pixels per side; "
                    + width + " x " + height + " at scale " + scale + " is " + pixelWidth() + " x " + pixelHeight()
                    + " (lower --width, --height or --scale, or write svg or pdf)");
        }
        return this;
    }

    /** Width in pixels, {@code round(width·scale)}. */
    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    /** Height in pixels. */
    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }
}
