package org.otexplorer.colour;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.otexplorer.engine.TransportPlan;
import org.otexplorer.engine.TransportProblem;

/**
 * Colour transfer jointly in RGB (math.md §16.7): {@code samples} pixels drawn at random (without replacement,
 * seeded) from each image are matched by a plan T with cost {@code |x − y|²} on colours scaled to [0, 1]³; each
 * source sample {@code x_i} moves to its barycentric image {@code y(x_i) = Σ_j T_ij y_j / Σ_j T_ij}, and every pixel
 * of the source moves by the displacement {@code y(x_i) − x_i} of its nearest sample in colour.
 */
public final class JointRgbTransfer {
    private JointRgbTransfer() {
    }

    /**
     * The source recoloured after the target.
     *
     * @param samples pixels drawn from each image (at most its size); a few thousand is typical
     * @throws IllegalArgumentException for fewer than two samples
     */
    public static RgbImage transfer(RgbImage source, RgbImage target, TransferMethod method, int samples, long seed) {
        if (samples < 2) {
            throw new IllegalArgumentException("joint colour transfer needs at least 2 samples, got " + samples);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = colours(source, sample(source.size(), samples, rng));
        double[][] y = colours(target, sample(target.size(), samples, rng));
        TransportPlan plan = method.solve(TransportProblem.fromPoints(x, y));
        double[][] shift = new double[x.length][3];
        for (int i = 0; i < x.length; i++) {
            double mass = 0;
            double[] moved = new double[3];
            for (int j = 0; j < y.length; j++) {
                double t = plan.get(i, j);
                mass += t;
                for (int c = 0; c < 3; c++) {
                    moved[c] += t * y[j][c];
                }
            }
            for (int c = 0; c < 3; c++) {
                shift[i][c] = mass > 0 ? moved[c] / mass - x[i][c] : 0;
            }
        }
        int[] out = new int[source.size()];
        IntStream.range(0, out.length).parallel().forEach(p -> {
            int rgb = source.pixel(p);
            double r = (rgb >> 16 & 0xFF) / 255.0;
            double g = (rgb >> 8 & 0xFF) / 255.0;
            double b = (rgb & 0xFF) / 255.0;
            int nearest = nearest(x, r, g, b);
            double[] d = shift[nearest];
            out[p] = RgbImage.pack(RgbImage.clamp(255 * (r + d[0])), RgbImage.clamp(255 * (g + d[1])),
                    RgbImage.clamp(255 * (b + d[2])));
        });
        return new RgbImage(source.width(), source.height(), out);
    }

    /** {@code count} distinct indices of {@code [0, size)} (all of them if count ≥ size), by a partial shuffle. */
    static int[] sample(int size, int count, SplittableRandom rng) {
        int k = Math.min(size, count);
        int[] idx = IntStream.range(0, size).toArray();
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(size - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return Arrays.copyOf(idx, k);
    }

    private static double[][] colours(RgbImage image, int[] idx) {
        double[][] c = new double[idx.length][3];
        for (int k = 0; k < idx.length; k++) {
            int rgb = image.pixel(idx[k]);
            c[k][0] = (rgb >> 16 & 0xFF) / 255.0;
            c[k][1] = (rgb >> 8 & 0xFF) / 255.0;
            c[k][2] = (rgb & 0xFF) / 255.0;
        }
        return c;
    }

    private static int nearest(double[][] x, double r, double g, double b) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double dr = x[i][0] - r;
            double dg = x[i][1] - g;
            double db = x[i][2] - b;
            double d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
