package org.otexplorer.barycenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otexplorer.barycenter.glyphs.GlyphRaster;
import org.otexplorer.barycenter.glyphs.StrokeGlyph;
import org.otexplorer.histogram.Grid;

/**
 * Fig. 2.8 as claims. Copies of one glyph at different scales and places are dilations and translations of one
 * measure, so their exact barycenter is the glyph at the λ-mean scale and place: its mean is the mean of the inputs'
 * means and its standard deviation per axis the mean of theirs. IPOT lands there; IBP at ε = β is blurred.
 */
class GlyphBarycenterTest {
    private static final int SIDE = 40;

    @Test
    void ipotFindsTheMeanGlyphWhereIbpBlurs() {
        Grid grid = Grid.image(SIDE, SIDE);
        String[] digits = {"3", "5"};
        for (int c = 0; c < digits.length; c++) {
            List<GlyphRaster.Placement> placements = GlyphRaster.randomPlacements(4, 0.35, 0.8, c + 1);
            List<double[]> inputs = new ArrayList<>();
            double scale = 0;
            double cx = 0;
            double cy = 0;
            double[] expected = new double[4];
            for (GlyphRaster.Placement at : placements) {
                double[] image = GlyphRaster.render(StrokeGlyph.named(digits[c]), at, SIDE, SIDE);
                inputs.add(image);
                double[] m = moments(image);
                for (int i = 0; i < 4; i++) {
                    expected[i] += m[i] / 4;
                }
                scale += at.scale() / 4;
                cx += at.centreX() / 4;
                cy += at.centreY() / 4;
            }
            double[] truth = GlyphRaster.render(StrokeGlyph.named(digits[c]), new GlyphRaster.Placement(scale, cx, cy),
                    SIDE, SIDE);
            BarycenterProblem p = BarycenterProblem.uniform(grid, inputs);
            BarycenterResult ipot = BarycenterRuns.run(new IpotBarycenter(p, 0.01, 1, IpotBarycenter.Order.CONSENSUS),
                    100, 0, 100, () -> false);
            BarycenterResult ibp = BarycenterRuns.run(new IbpBarycenter(p, 0.01), 2000, 1e-6, 10, () -> false);
            double[] mi = moments(ipot.barycenter());
            double[] mb = moments(ibp.barycenter());
            String label = "digit " + digits[c];
            assertEquals(expected[0], mi[0], 0.3, label + " mean row");
            assertEquals(expected[1], mi[1], 0.3, label + " mean column");
            assertEquals(expected[2], mi[2], 0.05 * expected[2], label + " IPOT std rows");
            assertEquals(expected[3], mi[3], 0.05 * expected[3], label + " IPOT std columns");
            // Entropic blur adds variance: at least ε/4 per axis here (about ε/2 measured), in pixels² ε/h².
            double blur = 0.25 * 0.01 / (grid.spacing() * grid.spacing());
            assertTrue(mb[2] * mb[2] > expected[2] * expected[2] + blur, label + " IBP std rows " + mb[2]);
            assertTrue(mb[3] * mb[3] > expected[3] * expected[3] + blur, label + " IBP std columns " + mb[3]);
            assertTrue(l1(ipot.barycenter(), truth) < 0.3, label + " IPOT vs the mean glyph " + l1(ipot.barycenter(), truth));
            assertTrue(l1(ibp.barycenter(), truth) > 0.6, label + " IBP vs the mean glyph " + l1(ibp.barycenter(), truth));
            assertTrue(ipot.sharpness().entropy() < ibp.sharpness().entropy() - 0.5, label);
            assertTrue(ipot.sharpness().bins99() < 0.6 * ibp.sharpness().bins99(), label);
        }
    }

    /** Mean row, mean column (pixels) and the standard deviations along rows and columns of an image's mass. */
    private static double[] moments(double[] image) {
        double total = 0;
        double r1 = 0;
        double c1 = 0;
        double r2 = 0;
        double c2 = 0;
        for (int k = 0; k < image.length; k++) {
            double w = image[k];
            int r = k / SIDE;
            int c = k % SIDE;
            total += w;
            r1 += w * r;
            c1 += w * c;
            r2 += w * r * r;
            c2 += w * c * c;
        }
        r1 /= total;
        c1 /= total;
        return new double[] {r1, c1, Math.sqrt(r2 / total - r1 * r1), Math.sqrt(c2 / total - c1 * c1)};
    }

    private static double l1(double[] a, double[] b) {
        double sa = 0;
        double sb = 0;
        for (int i = 0; i < a.length; i++) {
            sa += a[i];
            sb += b[i];
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs(a[i] / sa - b[i] / sb);
        }
        return s;
    }
}
