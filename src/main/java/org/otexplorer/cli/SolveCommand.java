package org.otexplorer.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.otexplorer.engine.Solver;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.io.CsvFiles;
import org.otexplorer.io.Json;
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
public final class SolveCommand implements Callable<Integer> {
    /** ε used when none is given: 0.05 × mean(C). */
    static final double DEFAULT_RELATIVE_EPSILON = 0.05;

    @Spec
    CommandSpec spec;

    @Mixin
    PointCloudOptions points;

    @Option(names = "--cost", paramLabel = "C.csv",
            description = "Cost matrix (n rows of m numbers); replaces the squared Euclidean cost of the points.")
    Path cost;

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "sinkhorn, sinkhorn-log, ipot, exact, assignment, robust or unbalanced.")
    String method;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "Entropic regularisation (absolute unless --relative-epsilon). Default: 0.05 x mean(C).")
    Double epsilon;

    @Option(names = "--relative-epsilon", description = "Multiply --epsilon by mean(C).")
    boolean relativeEpsilon;

    @Option(names = "--rho1", paramLabel = "R", description = "Robust OT: L2 radius around the source weights.")
    Double rho1;

    @Option(names = "--rho2", paramLabel = "R", description = "Robust OT: L2 radius around the target weights.")
    Double rho2;

    @Option(names = "--robust-step", paramLabel = "ETA", description = "Robust OT: step on the relaxed marginals.")
    Double robustStep;

    @Option(names = "--tau", paramLabel = "T", description = "Unbalanced OT: weight of the KL marginal penalty.")
    Double tau;

    @Option(names = "--beta", paramLabel = "B", description = "IPOT: proximal parameter.")
    Double beta;

    @Option(names = "--inner-iterations", paramLabel = "L", description = "IPOT: inner iterations per step.")
    Integer innerIterations;

    @Option(names = "--epsilon-scaling", description = "Entropic methods: anneal epsilon down to the target.")
    boolean epsilonScaling;

    @Option(names = "--tol", paramLabel = "T", description = "Stop when the marginal error is at most this.")
    Double tolerance;

    @Option(names = "--max-iter", paramLabel = "N", description = "Iteration limit.")
    Integer maxIterations;

    @Option(names = "--out", paramLabel = "result.json", description = "Output file (default: stdout).")
    Path out;

    @Override
    public Integer call() {
        Solver solver = SolverFactory.create(method);
        TransportProblem problem = readProblem();
        SolverSettings settings = settings(problem);
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

    private SolverSettings settings(TransportProblem problem) {
        double eps = epsilon == null ? DEFAULT_RELATIVE_EPSILON * problem.meanCost()
                : relativeEpsilon ? epsilon * problem.meanCost() : epsilon;
        SolverSettings s = SolverSettings.defaults().withEpsilon(eps).withEpsilonScaling(epsilonScaling);
        if (rho1 != null || rho2 != null) {
            s = s.withRho(rho1 == null ? 0 : rho1, rho2 == null ? 0 : rho2);
        }
        if (robustStep != null) {
            s = s.withRobustStep(robustStep);
        }
        if (tau != null) {
            s = s.withTau(tau);
        }
        if (beta != null) {
            s = s.withBeta(beta);
        }
        if (innerIterations != null) {
            s = s.withInnerIterations(innerIterations);
        }
        if (tolerance != null) {
            s = s.withTolerance(tolerance);
        }
        if (maxIterations != null) {
            s = s.withMaxIterations(maxIterations);
        }
        return s;
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
