package org.otexplorer.ui.charts;

/**
 * An opacity buffer of one colour that shapes are composited into source-over: a pixel covered with coverage c
 * (times the shape's opacity) goes from opacity o to {@code o + c·(1 − o)}, which for one colour is what drawing
 * the shapes one over the other gives, in any order. Filled off the FX thread, then turned into the premultiplied
 * pixels of an image in the colour.
 */
abstract class OpacityRaster {
    protected final int width;
    protected final int height;
    /** Opacity per pixel, row by row (subclasses' hot loops composite into it directly, as {@link #deposit}). */
    protected final float[] opacity;

    /** An empty (transparent) raster of width × height pixels. */
    OpacityRaster(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a raster needs a positive size, got " + width + " × " + height);
        }
        this.width = width;
        this.height = height;
        this.opacity = new float[width * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Opacity of pixel (x, y), in [0, 1]. */
    public float opacity(int x, int y) {
        return opacity[y * width + x];
    }

    /** Composites coverage {@code a} onto pixel {@code p} (row-major index). */
    protected final void deposit(int p, float a) {
        float o = opacity[p];
        opacity[p] = o + a * (1 - o);
    }

    /** The raster in one colour (components in [0, 1]) as premultiplied 0xAARRGGBB pixels, row by row. */
    int[] toPremultipliedArgb(double red, double green, double blue) {
        int[] out = new int[opacity.length];
        paintOver(out, red, green, blue);
        return out;
    }

    /**
     * Composites the raster in one colour source-over onto premultiplied 0xAARRGGBB pixels of the same size (row by
     * row): a pixel of opacity o in colour c turns d into {@code o·c + (1 − o)·d}, each 8-bit channel rounded.
     */
    void paintOver(int[] argb, double red, double green, double blue) {
        if (argb.length != opacity.length) {
            throw new IllegalArgumentException("pixels of " + argb.length + " do not match a raster of "
                    + width + " × " + height);
        }
        int[] premultiplied = premultipliedColours((float) red, (float) green, (float) blue);
        for (int p = 0; p < opacity.length; p++) {
            float o = opacity[p];
            if (o > 0) {
                int alpha = Math.round(255 * Math.min(1f, o));
                int source = premultiplied[alpha];
                int under = argb[p];
                argb[p] = under == 0 || alpha == 255 ? source : over(source, alpha, under);
            }
        }
    }

    /** The colour premultiplied by every 8-bit opacity a: 0xAARRGGBB with each channel round(a·c). */
    private static int[] premultipliedColours(float r, float g, float b) {
        int[] colours = new int[256];
        for (int alpha = 0; alpha < 256; alpha++) {
            colours[alpha] = alpha << 24 | Math.round(alpha * r) << 16 | Math.round(alpha * g) << 8
                    | Math.round(alpha * b);
        }
        return colours;
    }

    /** Premultiplied source-over of one pixel: every channel s + d·(255 − a)/255, rounded. */
    private static int over(int source, int alpha, int under) {
        int keep = 255 - alpha;
        int out = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            int s = source >>> shift & 0xff;
            int d = under >>> shift & 0xff;
            out |= Math.min(255, s + (d * keep + 127) / 255) << shift;
        }
        return out;
    }
}
