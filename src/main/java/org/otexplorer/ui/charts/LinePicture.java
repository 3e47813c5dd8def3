package org.otexplorer.ui.charts;

import java.util.concurrent.CompletableFuture;
import javafx.scene.paint.Color;

/**
 * The matching lines rendered for one plot geometry, in bounded time whatever their number (a plan at n = 1000
 * has 10⁵–10⁶ visible entries). Starting from the heaviest, lines are drawn at full resolution until about
 * {@link #SHARP_BUDGET} pixel updates are spent; the remaining, lighter lines — each faint, together a haze — are
 * drawn at a resolution reduced by an integer {@link #reduction()} so that they cost about {@link #HAZE_BUDGET}
 * updates, then scaled up (bilinear) beneath the sharp ones. Every visible line is drawn; only the haze is
 * softer. Made off the FX thread on two cores: the common pool draws the haze and as many of the lightest sharp
 * lines as even the two cores' work, this thread the rest, and the rasters are composited (order-free for one
 * colour); its pixels are in the lines' colour, so the FX thread only hands them over.
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
    /**
     * Pixel updates spent on the sharp lines: about 8 ms on each of the two unloaded cores of this project's machine
     * (a pixel update takes 3–4 ns there). Twice as many sharp lines made the picture of a plan at n = 300 no
     * sharper to look at and took twice as long.
     */
    static final double SHARP_BUDGET = 5e6;
    /** Pixel updates spent on the haze of lighter lines. */
    static final double HAZE_BUDGET = 6e6;
    /** The haze is never coarser than this divisor. */
    static final int MAX_REDUCTION = 8;
    /** Below this many pixel updates the lines are drawn on one core (handing half to another costs more). */
    static final double SPLIT_FROM = 4e5;
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
        int count = lines.count();
        double[] cost = new double[count + 1]; // cost[k]: pixel updates of the sharp lines k..count-1
        int split = count;
        while (split > 0) {
            int k = split - 1;
            double next = cost[split] + pixelLength(lines, k, geometry) * (geometry.lineWidth() + 2);
            if (next > sharpBudget) {
                break;
            }
            cost[k] = next;
            split = k;
        }
        int reduction = 1;
        double hazeCost = 0;
        if (split > 0) {
            double haze = 0;
            for (int k = 0; k < split; k++) {
                haze += pixelLength(lines, k, geometry);
            }
            reduction = (int) Math.min(MAX_REDUCTION, Math.max(1, Math.ceil(2 * haze / hazeBudget)));
            hazeCost = haze / reduction * (geometry.lineWidth() / reduction + 2);
        }
        if (reduction == 1) { // the haze is too light to be worth a coarser raster: every line sharp
            for (int k = split - 1; k >= 0; k--) {
                cost[k] = cost[k + 1] + pixelLength(lines, k, geometry) * (geometry.lineWidth() + 2);
            }
        }
        LineRaster raster = reduction == 1 ? drawInHalves(lines, cost, geometry)
                : drawWithHaze(lines, split, reduction, cost, hazeCost, geometry);
        return new LinePicture(lines, geometry, raster, count - split, reduction, draft && split > 0, color,
                raster.toPremultipliedArgb(color.getRed(), color.getGreen(), color.getBlue()));
    }

    /**
     * Every line sharp: above {@link #SPLIT_FROM} updates the lightest half of the cost on a second core (the common
     * pool) while this one draws the rest, then the two rasters composited (order-free for one colour).
     */
    private static LineRaster drawInHalves(MatchingLines lines, double[] cost, PlotGeometry geometry) {
        int count = lines.count();
        double total = cost[0];
        if (total < SPLIT_FROM) {
            LineRaster raster = new LineRaster(geometry.width(), geometry.height());
            raster.add(lines, 0, count, geometry.transform(), geometry.lineWidth());
            return raster;
        }
        int middle = firstAtMost(cost, 0, total / 2);
        CompletableFuture<LineRaster> lighter = CompletableFuture.supplyAsync(() -> sharp(lines, 0, middle,
                geometry));
        LineRaster raster = sharp(lines, middle, count, geometry);
        raster.add(lighter.join());
        return raster;
    }

    /**
     * The haze of lines {@code [0, split)} at 1/{@code reduction} resolution on a second core, with as many of the
     * lightest sharp lines as even the two cores' work, while this one draws the heavier sharp lines; then the
     * sharp rasters composited and the haze scaled up beneath them.
     */
    private static LineRaster drawWithHaze(MatchingLines lines, int split, int reduction, double[] cost,
                                           double hazeCost, PlotGeometry geometry) {
        int count = lines.count();
        double half = (cost[split] + hazeCost) / 2;
        int middle = hazeCost >= half ? split : firstAtMost(cost, split, half);
        PlotTransform t = geometry.transform();
        CompletableFuture<LineRaster[]> second = CompletableFuture.supplyAsync(() -> {
            LineRaster coarse = new LineRaster(ceilDiv(geometry.width(), reduction),
                    ceilDiv(geometry.height(), reduction));
            coarse.add(lines, 0, split, new PlotTransform(t.originX() / reduction, t.scaleX() / reduction,
                    t.originY() / reduction, t.scaleY() / reduction), geometry.lineWidth() / reduction);
            return new LineRaster[] {coarse, middle > split ? sharp(lines, split, middle, geometry) : null};
        });
        LineRaster raster = sharp(lines, middle, count, geometry);
        LineRaster[] done = second.join();
        if (done[1] != null) {
            raster.add(done[1]);
        }
        raster.addScaledUp(done[0], reduction);
        return raster;
    }

    /** A full-resolution raster of lines {@code [from, to)}. */
    private static LineRaster sharp(MatchingLines lines, int from, int to, PlotGeometry geometry) {
        LineRaster raster = new LineRaster(geometry.width(), geometry.height());
        raster.add(lines, from, to, geometry.transform(), geometry.lineWidth());
        return raster;
    }

    /** The first index k ≥ from whose remaining cost {@code cost[k]} (non-increasing in k) is at most {@code limit}. */
    private static int firstAtMost(double[] cost, int from, double limit) {
        int k = from;
        while (cost[k] > limit) {
            k++;
        }
        return k;
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
