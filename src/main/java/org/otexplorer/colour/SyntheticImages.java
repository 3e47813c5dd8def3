package org.otexplorer.colour;

/**
 * Two images the explorer paints itself, deterministically, as colour-transfer samples (math.md §16.7): a warm
 * "sunset" (orange-to-violet sky, a sun disc, dark red hills) and a cool "lagoon" (blue-green sea and sky, green
 * islands, white clouds). Both are smooth shapes with a faint fixed-seed grain, so their histograms are broad and
 * different. Any size; the same size always gives the same pixels.
 */
public final class SyntheticImages {
    private SyntheticImages() {
    }

    /** The warm image. */
    public static RgbImage sunset(int width, int height) {
        int[] p = new int[width * height];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                double x = (col + 0.5) / width;
                double y = (row + 0.5) / height;
                double[] c = mix(new double[] {250, 170, 60}, new double[] {90, 40, 120}, 1 - y * 1.4);
                double sun = Math.hypot(x - 0.68, y - 0.42) / 0.11;
                if (sun < 1) {
                    c = mix(new double[] {255, 240, 150}, c, sun * sun);
                }
                double hill = 0.62 + 0.08 * Math.sin(7 * x + 1) + 0.04 * Math.sin(17 * x);
                if (y > hill) {
                    c = mix(new double[] {120, 30, 25}, new double[] {40, 10, 20}, (y - hill) * 3);
                }
                p[row * width + col] = grain(c, row, col, 11);
            }
        }
        return new RgbImage(width, height, p);
    }

    /** The cool image. */
    public static RgbImage lagoon(int width, int height) {
        int[] p = new int[width * height];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                double x = (col + 0.5) / width;
                double y = (row + 0.5) / height;
                double[] c = y < 0.45 ? mix(new double[] {150, 200, 235}, new double[] {40, 110, 190}, y / 0.45)
                        : mix(new double[] {20, 150, 160}, new double[] {5, 50, 90}, (y - 0.45) / 0.55);
                double cloud = Math.hypot((x - 0.3) / 1.8, y - 0.18) / 0.09;
                if (cloud < 1) {
                    c = mix(new double[] {245, 245, 250}, c, cloud);
                }
                double island = Math.hypot((x - 0.62) / 2.2, y - 0.52) / 0.11;
                if (island < 1 && y < 0.56) {
                    c = mix(new double[] {30, 120, 40}, new double[] {110, 170, 60}, island);
                }
                p[row * width + col] = grain(c, row, col, 23);
            }
        }
        return new RgbImage(width, height, p);
    }

    /** {@code t·a + (1 − t)·b} with t clamped to [0, 1]. */
    private static double[] mix(double[] a, double[] b, double t) {
        double s = Math.max(0, Math.min(1, t));
        return new double[] {s * a[0] + (1 - s) * b[0], s * a[1] + (1 - s) * b[1], s * a[2] + (1 - s) * b[2]};
    }

    /** The colour with a grain of ±6 levels from a hash of the pixel and a seed (no random state). */
    private static int grain(double[] c, int row, int col, int seed) {
        int h = row * 73856093 ^ col * 19349663 ^ seed * 83492791;
        h ^= h >>> 13;
        h *= 0x5bd1e995;
        h ^= h >>> 15;
        double n = ((h & 0xFFFF) / 65535.0 - 0.5) * 12;
        return RgbImage.pack(RgbImage.clamp(c[0] + n), RgbImage.clamp(c[1] + n), RgbImage.clamp(c[2] + n));
    }
}
