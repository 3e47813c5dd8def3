package org.otexplorer.io;

import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;

/**
 * Engine settings of a scenario: the method id and its parameters (DESIGN.md conventions: ε absolute
 * unless {@code relativeEpsilon}, then ε·mean(C); ρ1, ρ2 are ROBOT's L2 radii; τ the KL penalty of
 * unbalanced OT; β and {@code innerIterations} IPOT's). Missing fields take {@link SolverSettings}'s
 * defaults.
 */
public record EngineSpec(String method, Double epsilon, Boolean relativeEpsilon, Double rho1, Double rho2,
                         Double robustStep, Double tau, Double beta, Integer innerIterations, Double tolerance,
                         Integer maxIterations, Boolean epsilonScaling) {

    /** Fills defaults for missing fields. */
    public EngineSpec {
        SolverSettings d = SolverSettings.defaults();
        method = method == null ? "sinkhorn-log" : method;
        epsilon = epsilon == null ? d.epsilon() : epsilon;
        relativeEpsilon = relativeEpsilon == null ? Boolean.TRUE : relativeEpsilon;
        rho1 = rho1 == null ? d.rho1() : rho1;
        rho2 = rho2 == null ? d.rho2() : rho2;
        robustStep = robustStep == null ? d.robustStep() : robustStep;
        tau = tau == null ? d.tau() : tau;
        beta = beta == null ? d.beta() : beta;
        innerIterations = innerIterations == null ? d.innerIterations() : innerIterations;
        tolerance = tolerance == null ? d.tolerance() : tolerance;
        maxIterations = maxIterations == null ? d.maxIterations() : maxIterations;
        epsilonScaling = epsilonScaling == null ? d.epsilonScaling() : epsilonScaling;
    }

    /** Defaults: log-domain Sinkhorn at ε = 0.05·mean(C). */
    public static EngineSpec defaults() {
        return new EngineSpec(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    void validate(String path) {
        Fields.oneOf(path + ".method", method, SolverFactory.methodIds());
        Fields.positive(path + ".epsilon", epsilon);
        Fields.nonNegative(path + ".rho1", rho1);
        Fields.nonNegative(path + ".rho2", rho2);
        Fields.positive(path + ".robustStep", robustStep);
        Fields.positive(path + ".tau", tau);
        Fields.positive(path + ".beta", beta);
        Fields.positive(path + ".innerIterations", innerIterations);
        Fields.nonNegative(path + ".tolerance", tolerance);
        Fields.positive(path + ".maxIterations", maxIterations);
    }

    /** The absolute ε for this problem: ε·mean(C) when relative. */
    public double absoluteEpsilon(TransportProblem problem) {
        return relativeEpsilon ? epsilon * problem.meanCost() : epsilon;
    }

    /** Solver settings for the given problem (resolving relative ε). */
    public SolverSettings toSettings(TransportProblem problem) {
        return SolverSettings.defaults()
                .withEpsilon(absoluteEpsilon(problem))
                .withRho(rho1, rho2)
                .withRobustStep(robustStep)
                .withTau(tau)
                .withBeta(beta)
                .withInnerIterations(innerIterations)
                .withTolerance(tolerance)
                .withMaxIterations(maxIterations)
                .withEpsilonScaling(epsilonScaling);
    }

    public EngineSpec withMethod(String value) {
        return new EngineSpec(value, epsilon, relativeEpsilon, rho1, rho2, robustStep, tau, beta, innerIterations,
                tolerance, maxIterations, epsilonScaling);
    }

    public EngineSpec withEpsilon(double value, boolean relative) {
        return new EngineSpec(method, value, relative, rho1, rho2, robustStep, tau, beta, innerIterations,
                tolerance, maxIterations, epsilonScaling);
    }

    public EngineSpec withRho(double r1, double r2) {
        return new EngineSpec(method, epsilon, relativeEpsilon, r1, r2, robustStep, tau, beta, innerIterations,
                tolerance, maxIterations, epsilonScaling);
    }

    public EngineSpec withTau(double value) {
        return new EngineSpec(method, epsilon, relativeEpsilon, rho1, rho2, robustStep, value, beta, innerIterations,
                tolerance, maxIterations, epsilonScaling);
    }

    public EngineSpec withBeta(double value) {
        return new EngineSpec(method, epsilon, relativeEpsilon, rho1, rho2, robustStep, tau, value, innerIterations,
                tolerance, maxIterations, epsilonScaling);
    }

    public EngineSpec withStopping(double tol, int maxIter) {
        return new EngineSpec(method, epsilon, relativeEpsilon, rho1, rho2, robustStep, tau, beta, innerIterations,
                tol, maxIter, epsilonScaling);
    }
}
