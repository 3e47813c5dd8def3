package org.otexplorer.regression;

import org.ejml.data.DMatrixRMaj;
import org.otexplorer.derivatives.EntropicDerivatives;
import org.otexplorer.derivatives.LinearModelChainRule;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.engine.SinkhornNewton;
import org.otexplorer.engine.SinkhornSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * The entropic objective of a linear model {@code Ŷ = XΘ} (X the design matrix) against unpaired outputs Y,
 * with the predictions as the source points (math.md §7): {@code W_ε(XΘ; Y) = <C,P> + ε KL(P | a⊗b)} (the
 * differentiation paper). Gradient by Danskin (§3), chained to Θ (§7); the parameter Hessian by §5 and §7.
 * Consecutive evaluations warm-start Sinkhorn from the previous potentials; a solve that stops at its sweep limit
 * above the tolerance is finished by Newton steps on the dual ({@link SinkhornNewton#polish}, math.md §2.3), which
 * cannot help when the plan nearly splits into blocks: then {@link Evaluation#marginalError()} says how far the
 * plan is from its marginals. ROBOT's losses, for any model, are {@link CorrespondenceLoss}.
 */
final class OtLoss {
    private final Epsilon epsilon;
    private final double tolerance;
    private final int maxIterations;
    private double[] warmF;
    private double[] warmG;

    OtLoss(Epsilon epsilon, double tolerance, int maxIterations) {
        this.epsilon = epsilon;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** Value, Θ-gradient and, if asked, the parameter Hessian at Θ on the given rows. */
    Evaluation evaluate(double[][] inputs, double[][] outputs, double[][] theta, boolean withHessian) {
        double[][] predictions = LinearAlgebra.multiply(inputs, theta);
        TransportProblem problem = TransportProblem.fromPoints(predictions, outputs);
        double eps = epsilon.absolute(problem);
        SolverSettings settings = SolverSettings.defaults().withEpsilon(eps).withTolerance(tolerance)
                .withMaxIterations(maxIterations);
        if (warmF != null && warmF.length == problem.n() && warmG.length == problem.m()) {
            settings = settings.withWarmStart(warmF, warmG);
        } else {
            settings = settings.withEpsilonScaling(true);
        }
        TransportResult r = new SinkhornSolver().solve(problem, settings);
        if (r.marginalError() > tolerance) {
            r = SinkhornNewton.polish(problem, r, tolerance);
        }
        warmF = r.f();
        warmG = r.g();
        EntropicDerivatives der = EntropicDerivatives.of(problem, r);
        double[][] gradient = LinearModelChainRule.parameterGradient(inputs, der.gradient());
        DMatrixRMaj hessian = withHessian
                ? LinearModelChainRule.parameterHessian(inputs, der.hessian(), theta[0].length) : null;
        return new Evaluation(r.objective(), gradient, hessian, r.marginalError());
    }

    /**
     * A loss value with its Θ-gradient, (optional) parameter Hessian, and the marginal error of the plan they
     * were computed at (above the tolerance when Sinkhorn and its polish did not reach it).
     */
    record Evaluation(double value, double[][] gradient, DMatrixRMaj hessian, double marginalError) {
    }
}
