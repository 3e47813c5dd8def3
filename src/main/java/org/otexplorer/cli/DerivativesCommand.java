package org.otexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;
import org.otexplorer.derivatives.EntropicDerivatives;
import org.otexplorer.derivatives.HMatrix;
import org.otexplorer.derivatives.NullSpaceHandling;
import org.otexplorer.engine.SinkhornNewton;
import org.otexplorer.engine.SinkhornSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code otx derivatives}: the entropic plan between two point clouds (stabilized Sinkhorn, then Newton
 * polish) and its derivatives with respect to the source points, as JSON with the DESIGN.md keys.
 */
@Command(name = "derivatives", mixinStandardHelpOptions = true,
        description = "Gradients, Hessian and H-matrix spectrum of entropic OT with respect to the source points.")
public final class DerivativesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PointCloudOptions points;

    @Option(names = "--epsilon", required = true, paramLabel = "E",
            description = "Entropic regularisation (absolute unless --relative-epsilon).")
    double epsilon;

    @Option(names = "--relative-epsilon", description = "Multiply --epsilon by mean(C).")
    boolean relativeEpsilon;

    @Option(names = "--threshold", paramLabel = "TAU",
            description = "Use the truncated eigen pseudo-inverse of H, dropping eigenvalues <= TAU (the paper uses 1e-10). "
                    + "Default: exact pseudo-inverse by deflation.")
    Double threshold;

    @Option(names = "--tol", paramLabel = "T", description = "Sinkhorn tolerance before the Newton polish (default 1e-12).")
    double tolerance = 1e-12;

    @Option(names = "--no-hessian", description = "Skip the Hessian and its marginal error (cheap for large N).")
    boolean noHessian;

    @Option(names = "--no-spectrum", description = "Skip the eigendecomposition of H.")
    boolean noSpectrum;

    @Option(names = "--out", paramLabel = "d.json", description = "Output file (default: stdout).")
    Path out;

    @Override
    public Integer call() {
        if (threshold != null && !(threshold >= 0)) {
            throw new IllegalArgumentException("threshold tau must be a number >= 0, got " + threshold);
        }
        TransportProblem problem = points.pointProblem("");
        double eps = relativeEpsilon ? epsilon * problem.meanCost() : epsilon;
        TransportResult solved = new SinkhornSolver().solve(problem, SolverSettings.defaults().withEpsilon(eps)
                .withTolerance(tolerance).withMaxIterations(1_000_000).withEpsilonScaling(true));
        TransportResult result = SinkhornNewton.polish(problem, solved, 0);
        long start = System.nanoTime();
        Map<String, Object> json = derivatives(problem, result);
        json.put("seconds", (System.nanoTime() - start) * 1e-9);
        Json.write(json, out, spec.commandLine().getOut());
        return 0;
    }

    private Map<String, Object> derivatives(TransportProblem problem, TransportResult result) {
        EntropicDerivatives der = EntropicDerivatives.of(problem, result);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("epsilon", result.epsilon());
        json.put("gradObjective", der.gradient());
        json.put("gradTransportCost", der.sinkhornDistanceGradient());
        if (!noHessian) {
            NullSpaceHandling handling = threshold == null ? NullSpaceHandling.DEFLATION : NullSpaceHandling.TRUNCATED_EIGEN;
            DMatrixRMaj hess = der.hessian(handling, threshold == null ? 0 : threshold);
            double[][] rows = new double[hess.numRows][hess.numCols];
            for (int i = 0; i < hess.numRows; i++) {
                System.arraycopy(hess.data, i * hess.numCols, rows[i], 0, hess.numCols);
            }
            json.put("hessianObjective", rows);
            json.put("hessianMarginalError", der.hessianMarginalError(hess));
            json.put("nullSpaceHandling", handling.name());
        }
        if (!noSpectrum) {
            HMatrix h = HMatrix.of(result.plan());
            json.put("hSpectrum", h.spectrum());
            double cond = h.conditionNumber();
            // JSON has no infinity: a split plan (λ_{2N−1} = 0 to round-off) gets null and a warning.
            json.put("hConditionNumber", Double.isFinite(cond) ? cond : null);
            json.put("smallestPositiveEigenvalue", h.smallestPositiveEigenvalue());
        }
        json.put("marginalError", result.marginalError());
        List<String> warnings = new ArrayList<>(der.warnings());
        if (json.containsKey("hConditionNumber") && json.get("hConditionNumber") == null) {
            warnings.add("H has a second zero eigenvalue (the plan's support splits): its condition number is infinite");
        }
        json.put("reliable", warnings.isEmpty());
        json.put("warnings", warnings);
        return json;
    }
}
