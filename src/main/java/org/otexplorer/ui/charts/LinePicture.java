package org.otexplorer.ui.charts;

import java.util.concurrent.CompletableFuture;
import javafx.scene.paint.Color;

/**
 * The matching lines rendered for one plot geometry, in bounded time whatever their number (a plan at n = 1000
 * has 10⁵–10⁶ visible entries). Starting from the heaviest, lines are drawn at full resolution until about
 * {@link #SHARP_BUDGET} pixel updates are spent; the remaining, lighter lines — each faint, together a haze — are
 * drawn at a resolution reduced by an integer {@link #reduction()} so that they cost about {@link #HAZE_BUDGET}
 * updates, then scaled up (bilinear) beneath the sharp ones. Every visible line is drawn; only the haze is
 * softer. Made off the FX thread, the haze on a second core (the common pool) beside the sharp lines, with its
 * pixels in the lines' colour (so the FX thread only hands them over).
 *
 * <p>A {@link #draft} picture — while a point is dragged, a new plan every frame — spends
 * {@value #DRAFT_SHARE} of those budgets: only the heaviest lines are sharp, the rest a haze at up to
 * 1/{@value #MAX_REDUCTION} resolution, every visible line still drawn with its own opacity.
 *
 * @param lines     the lines drawn
 * @param geometry  the geometry they were drawn for
 * @param raster    opacity per pixel of the plot area
 * @param sharp     how many of the heaviest lines are at full resolution
 * @param reduction resolution divisor of the other lines (1: all sharp)
 * @param draft     whether it was made on the draft budgets and they bit (some lines in the haze): it may differ
 *                  from the full picture (a draft of lines all drawn sharp is the full picture)
 * @param color     the colour of {@code pixels}
 * @param pixels    the raster in {@code color}, premultiplied 0xAARRGGBB row by row
 */
public record LinePicture(MatchingLines lines, PlotGeometry geometry, LineRaster raster, int sharp, int reduction,
                          boolean draft, Color color, int[] pixels) {
    /** Pixel updates spent on the sharp lines (about 20 ms on one unloaded core of this project's machine). */
    static final double SHARP_BUDGET = 1e7;
    /** Pixel updates spent on the haze of lighter lines. */
    static final double HAZE_BUDGET = 6e6;
    /** The haze is never coarser than this divisor. */
    static final int MAX_REDUCTION = 8;
    /** The share of both budgets a draft picture spends. */
    static final double DRAFT_SHARE = 0.1;

    /** Renders the lines for the geometry in {@code color}. */
    public static LinePicture of(MatchingLines lines, PlotGeometry geometry, Color color) {
        return of(lines, geometry, color, SHARP_BUDGET, HAZE_BUDGET, false);
    }

    /** Renders the lines on the draft budgets (a point being dragged). */
    public static LinePicture draft(MatchingLines lines, PlotGeometry geometry, Color color) {
        return of(lines, geometry, color, DRAFT_SHARE * SHARP_BUDGET, DRAFT_SHARE * HAZE_BUDGET, true);
    }

    /** Renders the lines spending about {@code sharpBudget} and {@code hazeBudget} pixel updates. */
    static LinePicture of(MatchingLines lines, PlotGeometry geometry, Color color, double sharpBudget,
                          double hazeBudget, boolean draft) {
        PlotTransform t = geometry.transform();
        int count = lines.count();
        double spent = 0;
        int split = count;
        while (split > 0) {
            int k = split - 1;
            double cost = pixelLength(lines, k, geometry) * (geometry.lineWidth() + 2);
            if (spent + cost > sharpBudget) {
                break;
            }
            spent += cost;
            split = k;
        }
        LineRaster raster = new LineRaster(geometry.width(), geometry.height());
        int reduction = 1;
        if (split > 0) {
            double haze = 0;
            for (int k = 0; k < split; k++) {
                haze += pixelLength(lines, k, geometry);
            }
            reduction = (int) Math.min(MAX_REDUCTION, Math.max(1, Math.ceil(2 * haze / hazeBudget)));
        }
        if (reduction == 1) { // every line at full resolution
            raster.add(lines, 0, count, t, geometry.lineWidth());
        } else { // the haze on a second core while this one draws the sharp lines; compositing is order-free
            int r = reduction;
            int hazeEnd = split;
            CompletableFuture<LineRaster> haze = CompletableFuture.supplyAsync(() -> {
                LineRaster coarse = new LineRaster(ceilDiv(geometry.width(), r), ceilDiv(geometry.height(), r));
                coarse.add(lines, 0, hazeEnd, new PlotTransform(t.originX() / r, t.scaleX() / r, t.originY() / r,
                        t.scaleY() / r), geometry.lineWidth() / r);
                return coarse;
            });
            raster.add(lines, split, count, t, geometry.lineWidth());
            raster.addScaledUp(haze.join(), reduction);
        }
        return new LinePicture(lines, geometry, raster, count - split, reduction, draft && split > 0, color,
                raster.toPremultipliedArgb(color.getRed(), color.getGreen(), color.getBlue()));
    }

    /** Pixel steps the raster takes along segment k: its extent along its major axis, at most the plot area's. */
    private static double pixelLength(MatchingLines lines, int k, PlotGeometry geometry) {
        int i = lines.source(k);
        int j = lines.target(k);
        double dx = Math.abs(geometry.transform().scaleX() * (lines.targetX()[j] - lines.sourceX()[i]));
        double dy = Math.abs(geometry.transform().scaleY() * (lines.targetY()[j] - lines.sourceY()[i]));
        return dx >= dy ? Math.min(dx, geometry.width()) : Math.min(dy, geometry.height());
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
