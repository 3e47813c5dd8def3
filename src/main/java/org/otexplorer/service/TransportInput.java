package org.otexplorer.service;

import java.nio.file.Path;
import java.util.Objects;
import org.otexplorer.io.Scenario;

/**
 * What the transport analyses start from: the scenario and the directory its relative CSV paths resolve against.
 *
 * @param scenario      the whole state to compute for
 * @param baseDirectory directory of the scenario file, or {@code null} for the working directory
 */
public record TransportInput(Scenario scenario, Path baseDirectory) {
    /** Checks the scenario is present. */
    public TransportInput {
        Objects.requireNonNull(scenario, "scenario");
    }
}
