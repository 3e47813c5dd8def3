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
    private final float[] opacity;

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
        for (int p = 0; p < opacity.length; p++) {
            float o = opacity[p];
            if (o > 0) {
                int alpha = Math.round(255 * Math.min(1f, o));
                out[p] = alpha << 24 | Math.round(alpha * (float) red) << 16 | Math.round(alpha * (float) green) << 8
                        | Math.round(alpha * (float) blue);
            }
        }
        return out;
    }
}
