package org.otexplorer.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The marker rasteriser against the areas of its shapes and the source-over rule. */
class MarkerRasterTest {
    @Test
    void aSquareCoversExactlyItsAreaAndEachPixelByItsOverlap() {
        MarkerRaster r = new MarkerRaster(40, 40);
        r.square(20.3, 17.6, 2.3);
        assertEquals(4 * 2.3 * 2.3, ink(r), 1e-5, "the area (2h)²");
        assertEquals(1, r.opacity(20, 17), 1e-6, "a pixel inside");
        assertEquals((20.3 + 2.3 - 22) * 1, r.opacity(22, 17), 1e-6, "the right edge's pixel: its overlap");
        assertEquals(0, r.opacity(23, 17), 0.0);
    }

    @Test
    void aSquareOutlineIsTheGrownSquareLessTheShrunkOne() {
        MarkerRaster r = new MarkerRaster(40, 40);
        r.squareOutline(20, 20, 5, 1.5);
        double outer = 2 * (5 + 0.75);
        double inner = 2 * (5 - 0.75);
        assertEquals(outer * outer - inner * inner, ink(r), 1e-4);
        assertEquals(0, r.opacity(20, 20), 0.0, "hollow");
    }

    @Test
    void aDiscAndACircleOutlineCoverAboutTheirAreas() {
        for (double radius : new double[] {1.5, 4.2, 9.7}) {
            MarkerRaster disc = new MarkerRaster(40, 40);
            disc.disc(20.2, 19.7, radius);
            assertEquals(Math.PI * radius * radius, ink(disc), 0.05 * Math.PI * radius * radius, "πr², r = " + radius);
            assertEquals(1, disc.opacity(20, 19), 1e-6, "the centre pixel is covered");
            MarkerRaster circle = new MarkerRaster(40, 40);
            circle.circle(20.2, 19.7, radius, 1);
            assertEquals(2 * Math.PI * radius, ink(circle), 0.05 * 2 * Math.PI * radius, "2πr·w, r = " + radius);
        }
    }

    @Test
    void overlappingMarkersCompositeSourceOverAndClipAtTheEdges() {
        MarkerRaster r = new MarkerRaster(10, 10);
        r.square(5.5, 5.5, 0.25);
        r.square(5.5, 5.5, 0.25);
        assertEquals(0.25 + 0.25 * 0.75, r.opacity(5, 5), 1e-6, "two quarter-pixel squares, one over the other");
        MarkerRaster edge = new MarkerRaster(10, 10);
        edge.square(0, 0, 2);
        assertEquals(4, ink(edge), 1e-6, "only the quarter inside the image");
    }

    private static double ink(OpacityRaster raster) {
        return LinePictureTest.ink(raster);
    }
}
