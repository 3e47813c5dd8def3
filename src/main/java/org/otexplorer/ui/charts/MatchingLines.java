package org.otexplorer.ui.charts;

/**
 * The matching lines of a transport plan as the source-and-target chart draws them, as in POT's
 * {@code plot2D_samples_mat}: a segment from source point i to target point j for every entry of the plan, with
 * opacity α_ij = P_ij / max P. Entries with α_ij below {@link #VISIBLE_ALPHA} are skipped (counted in
 * {@link #culled()}): one such line changes an 8-bit colour channel by less than one step; only many of them
 * overlapping on one pixel could add up to a visible shade. The segments are ordered lightest first (by α rounded
 * down to a multiple of 1/255) so that the heavy lines lie on top. Plain arrays, prepared off the FX thread.
 *
 * @param sourceX  x of each source point (the chart's projection)
 * @param sourceY  y of each source point
 * @param targetX  x of each target point
 * @param targetY  y of each target point
 * @param entries  the plan entry i·m + j of each segment, lightest first
 * @param alpha    the opacity P_ij / max P of each segment, in [{@link #VISIBLE_ALPHA}, 1]
 * @param culled   how many positive entries were skipped as lighter than {@link #VISIBLE_ALPHA}
 */
public record MatchingLines(double[] sourceX, double[] sourceY, double[] targetX, double[] targetY, int[] entries,
                            float[] alpha, int culled) {
    /** The lightest opacity drawn: one step of an 8-bit channel. */
    public static final double VISIBLE_ALPHA = 1.0 / 255;

    private static final int LEVELS = 255;

    /**
     * The visible lines of a row-major n×m plan between the given points.
     *
     * @throws IllegalArgumentException if the plan is not n×m for these points
     */
    public static MatchingLines of(double[] sourceX, double[] sourceY, double[] targetX, double[] targetY,
                                   double[] plan) {
        return of(sourceX, sourceY, targetX, targetY, plan, 0);
    }

    /**
     * The visible lines with opacity P_ij / max(largest, max P): a scale locked over several plans (the ε annealing's
     * ladder) when {@code largest} exceeds this plan's largest entry, so a blurred plan is drawn faint.
     *
     * @throws IllegalArgumentException if the plan is not n×m for these points
     */
    public static MatchingLines of(double[] sourceX, double[] sourceY, double[] targetX, double[] targetY,
                                   double[] plan, double largest) {
        int n = sourceX.length;
        int m = targetX.length;
        if (sourceY.length != n || targetY.length != m || (long) n * m != plan.length) {
            throw new IllegalArgumentException("a plan of " + plan.length + " entries does not join " + n
                    + " sources to " + m + " targets");
        }
        double max = largest > 0 ? largest : 0;
        for (double p : plan) {
            max = Math.max(max, p);
        }
        // Counting sort by opacity level: level[k] = ⌊α·255⌋ in 1..255 for drawn entries, 0 for skipped ones.
        int[] firstOfLevel = new int[LEVELS + 2];
        int positive = 0;
        for (double p : plan) {
            if (p > 0) {
                positive++;
                firstOfLevel[level(p, max) + 1]++;
            }
        }
        int drawn = positive - firstOfLevel[1];
        firstOfLevel[1] = 0;
        for (int l = 2; l <= LEVELS + 1; l++) {
            firstOfLevel[l] += firstOfLevel[l - 1];
        }
        int[] entries = new int[drawn];
        float[] alpha = new float[drawn];
        for (int k = 0; k < plan.length; k++) {
            int l = plan[k] > 0 ? level(plan[k], max) : 0;
            if (l > 0) {
                int slot = firstOfLevel[l]++;
                entries[slot] = k;
                alpha[slot] = (float) (plan[k] / max);
            }
        }
        return new MatchingLines(sourceX, sourceY, targetX, targetY, entries, alpha, positive - drawn);
    }

    /** Opacity level ⌊255·p/max⌋ (0: not drawn). */
    private static int level(double p, double max) {
        double a = p / max;
        return a < VISIBLE_ALPHA ? 0 : Math.max(1, Math.min(LEVELS, (int) (a * LEVELS)));
    }

    /** Number of segments drawn. */
    public int count() {
        return entries.length;
    }

    /** Index of the source point of segment k. */
    public int source(int k) {
        return entries[k] / targetX.length;
    }

    /** Index of the target point of segment k. */
    public int target(int k) {
        return entries[k] % targetX.length;
    }
}
