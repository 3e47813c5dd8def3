package org.otexplorer.regression.data;

import java.util.SplittableRandom;
import org.otexplorer.regression.RegressionData;

/**
 * Point-cloud registration (differentiation paper §6.2; math.md §8.3) on a synthetic room instead of the
 * ModelNet meshes: a chair, a desk and a sofa built from boxes, n points (split 1:3:3 as the paper's
 * 500/1500/1500) sampled uniformly by area on the box surfaces, centred and divided by the largest norm.
 * The true map is {@code Θ* = Q·diag(s)} with Q Haar-random in SO(3) and s ~ U(1, 3)³ (with the parameter
 * {@code similarity} = 1 one isotropic s ~ U(1, 3), a similarity transform); the targets are
 * {@code XΘ* + σ·N(0,1)} (σ = {@code noise}, the paper's 0.02) with a fraction {@code shuffleFraction} of the
 * rows permuted. The test set ({@code testSize}, default n) is a fresh sample of the room, paired.
 */
final class PointCloudRegistration {
    static final String ID = "point-cloud-registration";
    /** Boxes as {min x, min y, min z, max x, max y, max z}, in metres. */
    private static final double[][] CHAIR = {
        {0, 0, 0.40, 0.45, 0.45, 0.45}, {0, 0.40, 0.45, 0.45, 0.45, 0.95},
        {0, 0, 0, 0.04, 0.04, 0.40}, {0.41, 0, 0, 0.45, 0.04, 0.40},
        {0, 0.41, 0, 0.04, 0.45, 0.40}, {0.41, 0.41, 0, 0.45, 0.45, 0.40}};
    private static final double[][] DESK = {
        {0.8, 0, 0.72, 2.2, 0.8, 0.76}, {0.8, 0, 0, 0.85, 0.05, 0.72}, {2.15, 0, 0, 2.2, 0.05, 0.72},
        {0.8, 0.75, 0, 0.85, 0.8, 0.72}, {2.15, 0.75, 0, 2.2, 0.8, 0.72}};
    private static final double[][] SOFA = {
        {0.5, 2.0, 0, 2.5, 2.9, 0.45}, {0.5, 2.7, 0.45, 2.5, 2.9, 0.9},
        {0.5, 2.0, 0.45, 0.7, 2.7, 0.65}, {2.3, 2.0, 0.45, 2.5, 2.7, 0.65}};

    private PointCloudRegistration() {
    }

    static RegressionData generate(GeneratorSettings spec, long seed) {
        if (spec.d() != 3) {
            throw new IllegalArgumentException("data.d must be 3 for point-cloud registration, got " + spec.d());
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int n = spec.n();
        double[][] theta = trueMap(rng, spec.parameter("similarity", 0) == 1);
        double[][] x = room(rng, n);
        double[][] y = Draws.responses(rng, x, theta, spec.noise());
        int[] pairing = Draws.partialShuffle(rng, n, spec.shuffleFraction());
        double[][] testX = room(rng, DataGenerators.positiveInt(spec, "testSize", n));
        return new RegressionData(x, Draws.reorder(y, pairing), pairing, theta, testX,
                Draws.responses(rng, testX, theta, spec.noise()));
    }

    /** Q·diag(s): Q from the QR factorisation of a Gaussian matrix with signs fixed (Haar), det Q = +1. */
    private static double[][] trueMap(SplittableRandom rng, boolean isotropic) {
        double[][] g = Draws.normal(rng, 3, 3, 0, 1);
        double[][] q = new double[3][];
        for (int c = 0; c < 3; c++) {
            double[] v = g[c].clone();
            for (int k = 0; k < c; k++) {
                double dot = v[0] * q[k][0] + v[1] * q[k][1] + v[2] * q[k][2];
                for (int t = 0; t < 3; t++) {
                    v[t] -= dot * q[k][t];
                }
            }
            double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            q[c] = new double[] {v[0] / norm, v[1] / norm, v[2] / norm};
        }
        double det = q[0][0] * (q[1][1] * q[2][2] - q[1][2] * q[2][1]) - q[0][1] * (q[1][0] * q[2][2] - q[1][2] * q[2][0])
                + q[0][2] * (q[1][0] * q[2][1] - q[1][1] * q[2][0]);
        if (det < 0) {
            for (int t = 0; t < 3; t++) {
                q[2][t] = -q[2][t];
            }
        }
        double[][] theta = new double[3][3];
        double common = isotropic ? 1 + 2 * rng.nextDouble() : 0;
        for (int c = 0; c < 3; c++) {
            double s = isotropic ? common : 1 + 2 * rng.nextDouble();
            for (int r = 0; r < 3; r++) {
                theta[r][c] = q[c][r] * s;
            }
        }
        return theta;
    }

    private static double[][] room(SplittableRandom rng, int n) {
        int chair = Math.max(1, n / 7);
        int desk = Math.max(1, (n - chair) / 2);
        int sofa = n - chair - desk;
        double[][] pts = new double[n][];
        int k = 0;
        for (int[] part : new int[][] {{0, chair}, {1, desk}, {2, sofa}}) {
            double[][] boxes = part[0] == 0 ? CHAIR : part[0] == 1 ? DESK : SOFA;
            for (int s = 0; s < part[1]; s++) {
                pts[k++] = surfacePoint(boxes, rng);
            }
        }
        double[] centre = new double[3];
        for (double[] p : pts) {
            for (int t = 0; t < 3; t++) {
                centre[t] += p[t] / n;
            }
        }
        double radius = 0;
        for (double[] p : pts) {
            for (int t = 0; t < 3; t++) {
                p[t] -= centre[t];
            }
            radius = Math.max(radius, Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]));
        }
        for (double[] p : pts) {
            for (int t = 0; t < 3; t++) {
                p[t] /= radius;
            }
        }
        return pts;
    }

    /** A point uniform by area on the union of the boxes' surfaces (box, then face, chosen by area). */
    private static double[] surfacePoint(double[][] boxes, SplittableRandom rng) {
        double[] areas = new double[boxes.length * 3];
        double total = 0;
        for (int b = 0; b < boxes.length; b++) {
            double[] e = {boxes[b][3] - boxes[b][0], boxes[b][4] - boxes[b][1], boxes[b][5] - boxes[b][2]};
            for (int axis = 0; axis < 3; axis++) {
                areas[b * 3 + axis] = 2 * e[(axis + 1) % 3] * e[(axis + 2) % 3];
                total += areas[b * 3 + axis];
            }
        }
        double pick = rng.nextDouble() * total;
        int f = 0;
        while (f < areas.length - 1 && pick > areas[f]) {
            pick -= areas[f++];
        }
        double[] box = boxes[f / 3];
        int axis = f % 3;
        double[] p = new double[3];
        for (int t = 0; t < 3; t++) {
            p[t] = box[t] + rng.nextDouble() * (box[t + 3] - box[t]);
        }
        p[axis] = rng.nextBoolean() ? box[axis] : box[axis + 3];
        return p;
    }
}
