package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The line rasteriser against the geometry of a band and the source-over rule. */
class LineRasterTest {
    @Test
    void aHorizontalLineCoversItsRowsByTheOverlapOfItsBand() {
        LineRaster thin = new LineRaster(50, 20);
        thin.add(0, 10.5, 50, 10.5, 1, 1);
        LineRaster wide = new LineRaster(50, 20);
        wide.add(0, 10.5, 50, 10.5, 1, 2);
        for (int x = 0; x < 50; x++) {
            assertEquals(1, thin.opacity(x, 10), 1e-6, "the band [10, 11) fills row 10");
            assertEquals(0, thin.opacity(x, 9), 0.0);
            assertEquals(0.5, wide.opacity(x, 9), 1e-6, "the band [9.5, 11.5) covers half of row 9");
            assertEquals(1, wide.opacity(x, 10), 1e-6);
            assertEquals(0.5, wide.opacity(x, 11), 1e-6);
            assertEquals(0, wide.opacity(x, 12), 0.0);
        }
    }

    @Test
    void overlappingLinesCompositeSourceOver() {
        LineRaster r = new LineRaster(30, 30);
        r.add(0, 15.5, 30, 15.5, 0.5, 1);
        r.add(0, 15.5, 30, 15.5, 0.5, 1);
        r.add(15.5, 0, 15.5, 30, 0.2, 1);
        assertEquals(0.75, r.opacity(3, 15), 1e-6, "1 − (1 − 0.5)²");
        assertEquals(1 - 0.25 * 0.8, r.opacity(15, 15), 1e-6, "1 − (1 − 0.5)²(1 − 0.2) where they cross");
        assertEquals(0.2, r.opacity(15, 3), 1e-6);
    }

    @Test
    void aFaintLineDepositsItsWidthTimesItsLength() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            double x0 = 20 + 160 * rng.nextDouble();
            double y0 = 20 + 160 * rng.nextDouble();
            double x1 = 20 + 160 * rng.nextDouble();
            double y1 = 20 + 160 * rng.nextDouble();
            double width = 0.5 + 2.5 * rng.nextDouble();
            double alpha = 1e-4;
            LineRaster r = new LineRaster(200, 200);
            r.add(x0, y0, x1, y1, alpha, width);
            double ink = 0;
            for (int y = 0; y < 200; y++) {
                for (int x = 0; x < 200; x++) {
                    ink += r.opacity(x, y);
                }
            }
            double length = Math.hypot(x1 - x0, y1 - y0);
            // the ends are cut square at pixel centres: at most a pixel's worth of band lost or gained at each end
            double ends = 2 * width * Math.sqrt(2);
            assertEquals(alpha * width * length, ink, alpha * ends, "trial " + trial + ", length " + length);
        }
    }

    @Test
    void partsOutsideTheImageAreDroppedWithoutFailing() {
        LineRaster r = new LineRaster(10, 10);
        r.add(-1e6, -1e6, 1e6, 1e6, 1, 1.5);
        r.add(-50, 5.5, 50, 5.5, 1, 1);
        r.add(3, -100, 3, -50, 1, 1);
        assertEquals(1, r.opacity(0, 5), 1e-6);
        assertTrue(r.opacity(5, 5) > 0.9, "the diagonal crosses the image");
    }

    @Test
    void aCoarseRasterScaledUpKeepsAUniformShade() {
        LineRaster coarse = new LineRaster(5, 4);
        for (int y = 0; y < 4; y++) {
            coarse.add(0, y + 0.5, 5, y + 0.5, 0.3, 1);
        }
        LineRaster fine = new LineRaster(20, 16);
        fine.addScaledUp(coarse, 4);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 20; x++) {
                assertEquals(0.3, fine.opacity(x, y), 1e-6);
            }
        }
    }

    @Test
    void premultipliedPixelsCarryTheColourTimesTheOpacity() {
        LineRaster r = new LineRaster(4, 4);
        r.add(0, 1.5, 4, 1.5, 0.5, 1);
        int pixel = r.toPremultipliedArgb(1, 0.5, 0)[4];
        assertEquals(128, pixel >>> 24);
        assertEquals(128, pixel >> 16 & 0xff);
        assertEquals(64, pixel >> 8 & 0xff);
        assertEquals(0, pixel & 0xff);
        assertEquals(0, r.toPremultipliedArgb(1, 1, 1)[0], "transparent off the line");
    }
}
