package org.otexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.otexplorer.io.Json;
import org.otexplorer.io.RegressionSpec;
import org.otexplorer.io.RegressionSpec.OptimizerSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioData;
import org.otexplorer.io.ScenarioFiles;
import org.otexplorer.regression.OptimizerSettings;
import org.otexplorer.regression.Optimizers;
import org.otexplorer.regression.RegressionData;
import org.otexplorer.regression.RunControl;
import org.otexplorer.regression.Trace;
import org.otexplorer.regression.TraceListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code otx fit}: runs a scenario's optimizers on its data and writes their traces,
 * {@code {"runs": [{"method", "trace": [...], "final": {...}}]}}. The scenario's seed drives the data
 * (seed) and each optimizer (seed + its position + 1). {@code final.stopReason} is one of the
 * {@link org.otexplorer.regression.RunStopReason} names ({@code CONVERGED}, {@code TARGET_REACHED},
 * {@code COMPLETED}, {@code ITERATION_LIMIT}, {@code CANCELLED}, {@code DIVERGED}, {@code FAILED}) and
 * {@code final.stopDetail} says it in words; a run that fails or diverges stops with its reason there and
 * the other runs go on. Keys whose value is unknown (no truth, no test set, no
 * finished iteration) are left out rather than written as NaN. The scenario's {@code regression.model} and
 * {@code intercept} choose the fitted model; CSV files are resolved against the scenario's folder.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Run a regression scenario's optimizers and write their traces as JSON.")
public final class FitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE.json", description = "The scenario file.")
    Path scenarioFile;

    @Option(names = "--out", paramLabel = "trace.json", description = "Output file (default: stdout).")
    Path out;

    @Override
    public Integer call() {
        Scenario scenario = ScenarioFiles.load(scenarioFile);
        RegressionSpec regression = scenario.regression();
        if (regression == null || regression.optimizers().isEmpty()) {
            throw new IllegalArgumentException("scenario file " + scenarioFile + " has no regression.optimizers to run");
        }
        Path base = scenarioFile.toAbsolutePath().getParent();
        RegressionData data = ScenarioData.regressionData(scenario, base);
        List<Map<String, Object>> runs = new ArrayList<>();
        List<OptimizerSpec> optimizers = regression.optimizers();
        for (int k = 0; k < optimizers.size(); k++) {
            runs.add(run(data, optimizers.get(k), scenario.seed() + k + 1));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runs", runs);
        Json.write(json, out, spec.commandLine().getOut());
        return 0;
    }

    private static Map<String, Object> run(RegressionData data, OptimizerSpec optimizer, long seed) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("method", optimizer.method());
        try {
            OptimizerSettings settings = optimizer.settings();
            Trace trace = Optimizers.create(settings).run(data, settings, seed, TraceListener.NONE,
                    new RunControl());
            run.put("trace", trace.entries());
            run.put("final", trace.summary());
        } catch (IllegalArgumentException | IllegalStateException failure) {
            run.put("trace", List.of());
            run.put("final", Trace.Summary.failed(0, failure.getMessage()));
        }
        return run;
    }
}
