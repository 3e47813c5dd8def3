package org.otexplorer.ui.charts;

/**
 * Where a chart draws its data: the data-to-pixel transform of its plot area, the area's size in pixels and the
 * width of the matching lines in pixels. A line picture made for one geometry is exact only for that geometry.
 *
 * @param transform data to pixels
 * @param width     plot-area width in pixels
 * @param height    plot-area height in pixels
 * @param lineWidth matching-line width in pixels
 */
public record PlotGeometry(PlotTransform transform, int width, int height, double lineWidth) {
    /** Checks the size. */
    public PlotGeometry {
        if (width <= 0 || height <= 0 || !(lineWidth > 0)) {
            throw new IllegalArgumentException("a plot area of " + width + " × " + height + " pixels with lines "
                    + lineWidth + " px wide cannot be drawn");
        }
    }
}
