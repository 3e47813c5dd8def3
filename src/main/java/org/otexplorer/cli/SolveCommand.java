package org.otexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.otexplorer.engine.Solver;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.Json;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code otx solve}: one OT problem from CSV files, solved by the chosen method, written as JSON with the
 * keys of the DESIGN.md contract.
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Solve an optimal-transport problem between two point clouds (or for a cost matrix).")
public final class SolveCommand implements Callable<Integer>, DeclaredOptions.Declaring {
    @Spec
    CommandSpec spec;

    @Mixin
    PointCloudOptions points;

    @Option(names = "--cost", paramLabel = "C.csv",
            description = "Cost matrix (n rows of m numbers); replaces the squared Euclidean cost of the points.")
    Path cost;

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "One of ${COMPLETION-CANDIDATES}.", completionCandidates = MethodIds.class)
    String method;

    @Option(names = "--out", paramLabel = "result.json", description = "Output file (default: stdout).")
    Path out;

    @Override
    public Integer call() {
        Solver solver = SolverFactory.create(method);
        ParameterValues given = DeclaredOptions.read(spec, SolverFactory.allParameters(), solver.parameters(), method);
        TransportProblem problem = readProblem();
        SolverSettings settings = SolverSettings.of(given, problem);
        TransportResult result = solver.solve(problem, settings);
        Json.write(toJson(solver, problem, result), out, spec.commandLine().getOut());
        return 0;
    }

    private TransportProblem readProblem() {
        if (cost == null) {
            return points.pointProblem(" (or a --cost matrix)");
        }
        TransportProblem p = TransportProblem.fromCost(CsvFiles.readMatrix(cost, "cost matrix"), points.sourceWeights(),
                points.targetWeights());
        requirePointCountsMatch(p);
        return p;
    }

    private void requirePointCountsMatch(TransportProblem p) {
        if (points.source != null) {
            int n = CsvFiles.readMatrix(points.source, "source points").length;
            if (n != p.n()) {
                throw new IllegalArgumentException("cost matrix has " + p.n() + " rows but there are " + n + " source points");
            }
        }
        if (points.target != null) {
            int m = CsvFiles.readMatrix(points.target, "target points").length;
            if (m != p.m()) {
                throw new IllegalArgumentException("cost matrix has " + p.m() + " columns but there are " + m
                        + " target points");
            }
        }
    }

    /** Every solver parameter is an option; each method accepts the ones it reads ({@link DeclaredOptions}). */
    @Override
    public List<DeclaredOptions.Declared> declaredOptions() {
        List<DeclaredOptions.Declared> options = new ArrayList<>();
        for (Parameter<?> p : SolverFactory.allParameters()) {
            String methods = SolverFactory.methodIds().stream()
                    .filter(id -> SolverFactory.create(id).parameters().contains(p))
                    .collect(Collectors.joining(", "));
            options.add(new DeclaredOptions.Declared(p, methods));
        }
        return options;
    }

    /** The method ids, for the help text. */
    static final class MethodIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SolverFactory.methodIds().iterator();
        }
    }

    /** The DESIGN.md result object, keys in contract order. */
    static Map<String, Object> toJson(Solver solver, TransportProblem problem, TransportResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", r.method());
        json.put("epsilon", solver.isEntropic() ? r.epsilon() : 0.0);
        json.put("n", problem.n());
        json.put("m", problem.m());
        json.put("plan", r.plan().toMatrix());
        json.put("transportCost", r.transportCost());
        json.put("objective", r.objective());
        if (r.hasPotentials()) {
            Map<String, Object> potentials = new LinkedHashMap<>();
            potentials.put("f", r.f());
            potentials.put("g", r.g());
            json.put("potentials", potentials);
        }
        json.put("marginalError", r.marginalError());
        json.put("iterations", r.iterations());
        json.put("phases", r.phases());
        json.put("newtonIterations", r.newtonIterations());
        json.put("converged", r.converged());
        json.put("stopReason", r.stopReason().name());
        json.put("seconds", r.elapsedSeconds());
        if (r.assignment() != null) {
            json.put("assignment", r.assignment());
        }
        json.put("sourceMarginal", r.plan().rowSums());
        json.put("targetMarginal", r.plan().columnSums());
        if (r.relaxedSourceWeights() != null) {
            json.put("relaxedSourceWeights", r.relaxedSourceWeights());
            json.put("relaxedTargetWeights", r.relaxedTargetWeights());
        }
        json.put("warnings", r.warnings());
        return json;
    }
}
