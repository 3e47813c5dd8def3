package org.otexplorer.service;

import java.nio.file.Path;
import java.util.Objects;
import org.otexplorer.io.Scenario;

/**
 * One unit of work for the {@link ExplorerService}: the scenario to show, the directory its relative CSV
 * paths are resolved against, and whether the H-matrix analysis should follow the solve.
 *
 * @param scenario      the whole state to compute for
 * @param baseDirectory directory of the scenario file (relative CSV paths), or {@code null} for the working directory
 * @param withSpectrum  whether to compute the H-matrix spectrum after the solve
 */
public record ComputeRequest(Scenario scenario, Path baseDirectory, boolean withSpectrum) {
    /** Checks the scenario is present. */
    public ComputeRequest {
        Objects.requireNonNull(scenario, "scenario");
    }
}
