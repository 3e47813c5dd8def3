package org.otexplorer.cli;

import java.nio.file.Path;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.io.CsvFiles;
import picocli.CommandLine.Option;

/**
 * The input options that {@code otx solve} and {@code otx derivatives} share (a picocli mixin): source and
 * target point files and their optional weights, read into a {@link TransportProblem} with squared Euclidean
 * cost.
 */
final class PointCloudOptions {
    @Option(names = "--source", paramLabel = "X.csv", description = "Source points, one per row.")
    Path source;

    @Option(names = "--target", paramLabel = "Y.csv", description = "Target points, one per row.")
    Path target;

    @Option(names = "--source-weights", paramLabel = "a.csv", description = "Source weights (default uniform).")
    Path sourceWeights;

    @Option(names = "--target-weights", paramLabel = "b.csv", description = "Target weights (default uniform).")
    Path targetWeights;

    /** The source weights a, or {@code null} for uniform. */
    double[] sourceWeights() {
        return sourceWeights == null ? null : CsvFiles.readVector(sourceWeights, "source weights");
    }

    /** The target weights b, or {@code null} for uniform. */
    double[] targetWeights() {
        return targetWeights == null ? null : CsvFiles.readVector(targetWeights, "target weights");
    }

    /**
     * The problem between the two point clouds, {@code C_ij = ||x_i − y_j||²}.
     *
     * @param alternative what else the command accepts instead of points, for the message when they are missing
     */
    TransportProblem pointProblem(String alternative) {
        if (source == null || target == null) {
            throw new IllegalArgumentException("give --source and --target point files" + alternative);
        }
        return TransportProblem.fromPoints(CsvFiles.readMatrix(source, "source points"),
                CsvFiles.readMatrix(target, "target points"), sourceWeights(), targetWeights());
    }
}
