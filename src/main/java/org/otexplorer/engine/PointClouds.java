package org.otexplorer.engine;

import java.util.SplittableRandom;

/**
 * Named point-cloud fixtures shared by tests, benchmarks and samples. Seeded with
 * {@link SplittableRandom}, so the same seed gives the same points on every machine.
 */
public final class PointClouds {
    private PointClouds() {
    }

    /** N points uniform in the unit square [0,1]² (the differentiation paper's benchmark cloud, math.md §9). */
    public static double[][] uniformSquare(int n, long seed) {
        return uniformCube(n, 2, seed);
    }

    /** N points uniform in [0,1]^d. */
    public static double[][] uniformCube(int n, int d, long seed) {
        requirePositive(n, "number of points");
        requirePositive(d, "dimension");
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x[i][k] = rng.nextDouble();
            }
        }
        return x;
    }

    /** N points i.i.d. standard normal in R^d (Box–Muller on the seeded stream). */
    public static double[][] gaussian(int n, int d, long seed) {
        requirePositive(n, "number of points");
        requirePositive(d, "dimension");
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x[i][k] = standardNormal(rng);
            }
        }
        return x;
    }

    /**
     * N equally spaced points on the unit circle, {@code θ_k = 2πk/N}, k = 0..N−1 (math.md §10; unlike the
     * authors' {@code linspace}, no endpoint is duplicated).
     */
    public static double[][] unitCircle(int n) {
        requirePositive(n, "number of points");
        double[][] x = new double[n][2];
        for (int k = 0; k < n; k++) {
            double t = 2 * Math.PI * k / n;
            x[k][0] = Math.cos(t);
            x[k][1] = Math.sin(t);
        }
        return x;
    }

    /** One standard normal draw (Box–Muller), deterministic for a given stream. */
    public static double standardNormal(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static void requirePositive(int v, String what) {
        if (v <= 0) {
            throw new IllegalArgumentException(what + " must be > 0, got " + v);
        }
    }
}
