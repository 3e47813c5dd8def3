package org.otexplorer.colour;

/**
 * An 8-bit RGB image as plain data: width × height pixels, row-major, each packed as {@code 0xRRGGBB}. Immutable:
 * the constructor copies and {@link #pixels()} hands out a copy.
 */
public final class RgbImage {
    /** Channel numbers for {@link #channel(int)}. */
    public static final int RED = 0;
    public static final int GREEN = 1;
    public static final int BLUE = 2;

    private final int width;
    private final int height;
    private final int[] rgb;

    /**
     * @param rgb width·height pixels {@code 0xRRGGBB} (higher bits are ignored)
     * @throws IllegalArgumentException for sizes below one or a pixel count that does not match
     */
    public RgbImage(int width, int height, int[] rgb) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs at least 1 x 1 pixels, got " + width + " x " + height);
        }
        if (rgb == null || rgb.length != width * height) {
            throw new IllegalArgumentException("an image of " + width + " x " + height + " needs " + width * height
                    + " pixels, got " + (rgb == null ? 0 : rgb.length));
        }
        this.width = width;
        this.height = height;
        this.rgb = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            this.rgb[i] = rgb[i] & 0xFFFFFF;
        }
    }

    /** An image from three channels of values 0..255 (clamped). */
    public static RgbImage fromChannels(int width, int height, int[] red, int[] green, int[] blue) {
        int[] p = new int[width * height];
        for (int i = 0; i < p.length; i++) {
            p[i] = pack(red[i], green[i], blue[i]);
        }
        return new RgbImage(width, height, p);
    }

    /** {@code 0xRRGGBB} from channel values, each clamped to 0..255. */
    public static int pack(int r, int g, int b) {
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    /** A value rounded and clamped to 0..255. */
    public static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Number of pixels. */
    public int size() {
        return rgb.length;
    }

    /** The packed pixels (a copy). */
    public int[] pixels() {
        return rgb.clone();
    }

    /** Pixel i packed as {@code 0xRRGGBB}. */
    public int pixel(int i) {
        return rgb[i];
    }

    /** One channel's values 0..255 ({@link #RED}, {@link #GREEN} or {@link #BLUE}). */
    public int[] channel(int c) {
        if (c < 0 || c > 2) {
            throw new IllegalArgumentException("channel must be 0 (red), 1 (green) or 2 (blue), got " + c);
        }
        int shift = 16 - 8 * c;
        int[] out = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            out[i] = rgb[i] >> shift & 0xFF;
        }
        return out;
    }

    /** The 256-bin histogram of a channel, scaled to mass one. */
    public double[] channelHistogram(int c) {
        double[] h = new double[256];
        for (int v : channel(c)) {
            h[v]++;
        }
        for (int i = 0; i < 256; i++) {
            h[i] /= rgb.length;
        }
        return h;
    }

    /** The standard deviation of the values of R, G and B (each channel's contrast). */
    public double[] channelDeviations() {
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) {
            double mean = 0;
            double second = 0;
            for (int v : channel(c)) {
                mean += v;
                second += (double) v * v;
            }
            mean /= rgb.length;
            out[c] = Math.sqrt(Math.max(0, second / rgb.length - mean * mean));
        }
        return out;
    }
}
