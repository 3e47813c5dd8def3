package org.otexplorer.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.DataSpec;
import org.otexplorer.io.InlinePoints;
import org.otexplorer.regression.RegressionData;
import org.otexplorer.regression.data.DataGenerators;

/**
 * The OT data of the explorer: source and target clouds for a scenario's {@link DataSpec}. The OT teaching
 * generators are built here from the engine's seeded {@link PointClouds}; for the regression generators of
 * {@link DataGenerators} the clouds are the OT problem a shuffled regression starts from: the least-squares
 * predictions {@code XΘ_LS} (source) against the observed, shuffled outputs (target), in the outputs' own
 * dimension (one-dimensional outputs stay one-dimensional; the scatter panel draws them on two rails).
 */
public final class DemoPointClouds {
    /** Two Gaussian blobs of different shapes: the default picture. */
    public static final String GAUSSIAN_BLOBS = "gaussian-blobs";
    /** Both clouds uniform in the unit cube. */
    public static final String UNIFORM_SQUARE = "uniform-square";
    /** N equally spaced points on the unit circle to themselves (closed-form spectrum, math.md §10). */
    public static final String UNIT_CIRCLE = "unit-circle";
    /** Source and target read from the CSV files named {@code source} and {@code target}. */
    public static final String CSV = "csv";
    /** Points and weights written in the scenario ({@link DataSpec#points}): data edited on the chart. */
    public static final String POINTS = DataSpec.POINTS;
    /** Generator ids, in the order the data panel lists them ({@link #POINTS} is listed once a scenario has points). */
    public static final List<String> GENERATORS = Stream.concat(Stream.of(GAUSSIAN_BLOBS, UNIFORM_SQUARE,
            UNIT_CIRCLE, CSV), DataGenerators.ids().stream()).toList();

    private static final double OUTLIER_NEAR = 3.5;
    private static final double OUTLIER_FAR = 4.5;

    private DemoPointClouds() {
    }

    /** Source X (n×d) and target Y (m×d). */
    public record Clouds(double[][] source, double[][] target) {
    }

    /**
     * The transport problem of a data section: its clouds with the squared Euclidean cost, the weights written with
     * its points as a and b (uniform for every generator).
     *
     * @throws IllegalArgumentException as {@link #create}
     */
    public static TransportProblem problem(DataSpec spec, long seed, Path baseDirectory) {
        Clouds clouds = create(spec, seed, baseDirectory);
        InlinePoints points = spec.points();
        return points == null ? TransportProblem.fromPoints(clouds.source(), clouds.target())
                : TransportProblem.fromPoints(clouds.source(), clouds.target(), points.sourceWeights(),
                        points.targetWeights());
    }

    /**
     * The data-panel fields a generator reads, among {@code n, m, d, noise, outliers, seed, files}; the panel
     * disables the others.
     */
    public static Set<String> usedFields(String generator) {
        return switch (generator) {
            case GAUSSIAN_BLOBS -> Set.of("n", "m", "d", "noise", "outliers", "seed");
            case UNIFORM_SQUARE -> Set.of("n", "m", "d", "outliers", "seed");
            case UNIT_CIRCLE -> Set.of("n", "noise", "seed");
            case CSV -> Set.of("files");
            case POINTS -> Set.of();
            default -> DataGenerators.ids().contains(generator) ? Set.of("n", "d", "noise", "shuffle", "seed") : Set.of();
        };
    }

    /**
     * Builds the clouds.
     *
     * @param baseDirectory directory CSV paths are relative to, or {@code null}
     * @throws IllegalArgumentException for an unknown generator or unreadable CSV; the message says which
     */
    public static Clouds create(DataSpec spec, long seed, Path baseDirectory) {
        return switch (spec.generator()) {
            case GAUSSIAN_BLOBS -> withOutliers(gaussianBlobs(spec, seed), spec, seed);
            case UNIFORM_SQUARE -> withOutliers(new Clouds(PointClouds.uniformCube(spec.n(), spec.d(), seed),
                    PointClouds.uniformCube(spec.m(), spec.d(), seed + 1)), spec, seed);
            case UNIT_CIRCLE -> unitCircle(spec, seed);
            case CSV -> fromCsv(spec, baseDirectory);
            case POINTS -> new Clouds(spec.points().source(), spec.points().target());
            default -> DataGenerators.ids().contains(spec.generator()) ? regressionView(spec, seed) : throwUnknown(spec);
        };
    }

    /** Least-squares predictions against the shuffled outputs of a regression data set. */
    private static Clouds regressionView(DataSpec spec, long seed) {
        RegressionData data = DataGenerators.create(spec.generatorSettings(), seed);
        return new Clouds(data.leastSquaresPredictions(), data.outputs());
    }

    private static Clouds throwUnknown(DataSpec spec) {
        throw new IllegalArgumentException("data.generator: unknown generator '" + spec.generator()
                + "'; expected one of " + GENERATORS);
    }

    /** Source around (−1, 0) with spread 0.5; target around (1, 0.3), stretched along the second axis. */
    private static Clouds gaussianBlobs(DataSpec spec, long seed) {
        double[][] x = PointClouds.gaussian(spec.n(), spec.d(), seed);
        double[][] y = PointClouds.gaussian(spec.m(), spec.d(), seed + 1);
        SplittableRandom noise = new SplittableRandom(seed + 2);
        for (double[] p : x) {
            scaleAndShift(p, 0.5, 0.5, -1.0, 0.0);
        }
        for (double[] q : y) {
            scaleAndShift(q, 0.35, 0.8, 1.0, 0.3);
            addNoise(q, spec.noise(), noise);
        }
        return new Clouds(x, y);
    }

    private static Clouds unitCircle(DataSpec spec, long seed) {
        double[][] x = PointClouds.unitCircle(spec.n());
        double[][] y = PointClouds.unitCircle(spec.n());
        SplittableRandom noise = new SplittableRandom(seed);
        for (double[] q : y) {
            addNoise(q, spec.noise(), noise);
        }
        return new Clouds(x, y);
    }

    private static Clouds fromCsv(DataSpec spec, Path baseDirectory) {
        return new Clouds(CsvFiles.readMatrix(csvPath(spec, "source", baseDirectory), "source points"),
                CsvFiles.readMatrix(csvPath(spec, "target", baseDirectory), "target points"));
    }

    private static Path csvPath(DataSpec spec, String role, Path baseDirectory) {
        String name = spec.files().get(role);
        if (name == null) {
            throw new IllegalArgumentException("data.files." + role + ": the csv generator needs a " + role + " CSV file");
        }
        Path p = Path.of(name);
        return p.isAbsolute() || baseDirectory == null ? p : baseDirectory.resolve(p);
    }

    /**
     * How many leading target points of the generated clouds are outliers: ⌊fraction·m⌋ for the generators that
     * add them (Gaussian blobs, uniform square) and for points written in the scenario (generated clouds become
     * such points at their first edit on the chart, and their outliers stay outliers), else 0.
     */
    public static int outlierTargets(DataSpec spec) {
        boolean adds = GAUSSIAN_BLOBS.equals(spec.generator()) || UNIFORM_SQUARE.equals(spec.generator())
                || DataSpec.POINTS.equals(spec.generator());
        return adds ? (int) Math.floor(spec.outlierFraction() * spec.m()) : 0;
    }

    /**
     * Replaces the first {@link #outlierTargets} target points by outliers far from both blobs (ROBOT Fig. 1):
     * uniform directions around the midpoint (0, 0.15) of the blobs' centres at a distance between {@link #OUTLIER_NEAR}
     * and {@link #OUTLIER_FAR}, so each costs several times more to reach than any inlier: mass with no partner.
     */
    private static Clouds withOutliers(Clouds clouds, DataSpec spec, long seed) {
        int count = outlierTargets(spec);
        SplittableRandom rng = new SplittableRandom(seed + 3);
        for (int j = 0; j < count; j++) {
            double[] q = clouds.target()[j];
            double norm = 0;
            while (norm < 1e-6) {
                norm = 0;
                for (int k = 0; k < q.length; k++) {
                    q[k] = PointClouds.standardNormal(rng);
                    norm += q[k] * q[k];
                }
                norm = Math.sqrt(norm);
            }
            double radius = OUTLIER_NEAR + (OUTLIER_FAR - OUTLIER_NEAR) * rng.nextDouble();
            for (int k = 0; k < q.length; k++) {
                q[k] *= radius / norm;
            }
            if (q.length > 1) {
                q[1] += 0.15;
            }
        }
        return clouds;
    }

    private static void scaleAndShift(double[] p, double spread0, double spreadRest, double shift0, double shift1) {
        for (int k = 0; k < p.length; k++) {
            p[k] *= k == 0 ? spread0 : spreadRest;
        }
        p[0] += shift0;
        if (p.length > 1) {
            p[1] += shift1;
        }
    }

    private static void addNoise(double[] p, double sigma, SplittableRandom rng) {
        for (int k = 0; k < p.length; k++) {
            p[k] += sigma * PointClouds.standardNormal(rng);
        }
    }
}
