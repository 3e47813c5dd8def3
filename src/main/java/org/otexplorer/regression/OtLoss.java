package org.otexplorer.regression;

import org.ejml.data.DMatrixRMaj;
import org.otexplorer.derivatives.EntropicDerivatives;
import org.otexplorer.derivatives.LinearModelChainRule;
import org.otexplorer.engine.SinkhornSolver;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/**
 * The OT losses of a linear model {@code Ŷ = XΘ} against unpaired outputs Y, with the predictions as the
 * source points (math.md §7): the entropic objective {@code W_ε(XΘ; Y) = <C,P> + ε KL(P | a⊗b)} (the
 * differentiation paper) or the Sinkhorn distance {@code S = <C, P_ε>} (ROBOT's loss up to its factor n,
 * math.md §6.3). Gradients by Danskin (§3) or one H-solve (§6.2), chained to Θ (§7); the parameter
 * Hessian of W by §5 and §7. Consecutive evaluations warm-start Sinkhorn from the previous potentials.
 */
final class OtLoss {
    /** Which loss. */
    enum Kind { ENTROPIC_OBJECTIVE, SINKHORN_DISTANCE }

    private final Kind kind;
    private final double epsilon;
    private final boolean relative;
    private final double tolerance;
    private final int maxIterations;
    private double[] warmF;
    private double[] warmG;

    OtLoss(Kind kind, double epsilon, boolean relative, double tolerance, int maxIterations) {
        this.kind = kind;
        this.epsilon = epsilon;
        this.relative = relative;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** Value, Θ-gradient and, if asked, the parameter Hessian at Θ on the given rows. */
    Evaluation evaluate(double[][] inputs, double[][] outputs, double[][] theta, boolean withHessian) {
        double[][] predictions = LinearAlgebra.multiply(inputs, theta);
        TransportProblem problem = TransportProblem.fromPoints(predictions, outputs);
        double eps = relative ? epsilon * problem.meanCost() : epsilon;
        SolverSettings settings = SolverSettings.defaults().withEpsilon(eps).withTolerance(tolerance)
                .withMaxIterations(maxIterations);
        if (warmF != null && warmF.length == problem.n() && warmG.length == problem.m()) {
            settings = settings.withWarmStart(warmF, warmG);
        } else {
            settings = settings.withEpsilonScaling(true);
        }
        TransportResult r = new SinkhornSolver().solve(problem, settings);
        warmF = r.f();
        warmG = r.g();
        EntropicDerivatives der = EntropicDerivatives.of(problem, r);
        double value = kind == Kind.ENTROPIC_OBJECTIVE ? r.objective() : r.transportCost();
        double[][] pointGradient = kind == Kind.ENTROPIC_OBJECTIVE ? der.gradient() : der.sinkhornDistanceGradient();
        double[][] gradient = LinearModelChainRule.parameterGradient(inputs, pointGradient);
        DMatrixRMaj hessian = withHessian
                ? LinearModelChainRule.parameterHessian(inputs, der.hessian(), theta[0].length) : null;
        return new Evaluation(value, gradient, hessian);
    }

    /** A loss value with its Θ-gradient and (optional) parameter Hessian. */
    record Evaluation(double value, double[][] gradient, DMatrixRMaj hessian) {
    }
}
