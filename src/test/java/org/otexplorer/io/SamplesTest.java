package org.otexplorer.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.otexplorer.regression.OptimizerParameters;
import org.otexplorer.regression.Optimizers;
import org.otexplorer.regression.RegressionData;
import org.otexplorer.regression.RunControl;
import org.otexplorer.regression.TraceListener;
import org.otexplorer.regression.data.DataGenerators;
import org.otexplorer.service.ScenarioSnapshot;

/**
 * Every scenario in samples/ loads and its OT view solves to convergence (with the H-matrix analysis), as the
 * explorer shows it; regression samples also run two iterations of each optimizer.
 */
class SamplesTest {
    @Test
    void everySampleLoadsAndItsRegressionRuns() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "samples/ holds scenario files");
        for (Path f : files) {
            Scenario scenario = ScenarioFiles.load(f);
            assertFalse(scenario.description().isBlank(), f + " tells its story");
            ScenarioSnapshot snapshot = ScenarioSnapshot.compute(scenario, f.toAbsolutePath().getParent(), true, false);
            assertTrue(snapshot.solve().plan().length > 0, f + " solves");
            assertTrue(snapshot.solve().converged(), f + " converges: " + snapshot.solve().stopReason());
            if (scenario.regression() != null && DataGenerators.ids().contains(scenario.data().generator())) {
                RegressionData data = ScenarioData.regressionData(scenario, f.toAbsolutePath().getParent());
                for (RegressionSpec.OptimizerSpec o : scenario.regression().optimizers()) {
                    boolean limited = Optimizers.create(o.method()).parameters().contains(OptimizerParameters.ITERATIONS);
                    int iterations = Optimizers.create(o.method()).run(data,
                            (limited ? o.withIterations(2) : o).settings(), 1,
                            TraceListener.NONE, new RunControl()).summary().iterations();
                    assertTrue(iterations >= 1, f + " " + o.method());
                }
            }
        }
    }
}
