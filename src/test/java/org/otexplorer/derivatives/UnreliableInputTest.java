package org.otexplorer.derivatives;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otexplorer.engine.LogDomainSinkhornSolver;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/** The bad-input rules: refuse what cannot be differentiated, flag what is not converged. */
class UnreliableInputTest {
    private static final TransportProblem PROBLEM = TransportProblem.fromPoints(PointClouds.uniformSquare(6, 0),
            PointClouds.uniformSquare(6, 1));

    @Test
    void derivativesOfANonConvergedPlanAreFlaggedAsUnreliable() {
        TransportResult twoIterations = new LogDomainSinkhornSolver().solve(PROBLEM, SolverSettings.defaults()
                .withEpsilon(0.05).withTolerance(1e-15).withMaxIterations(2));
        EntropicDerivatives der = EntropicDerivatives.of(PROBLEM, twoIterations);
        assertFalse(der.isReliable());
        assertTrue(der.warnings().stream().anyMatch(w -> w.contains("did not converge")), der.warnings().toString());
        assertTrue(EntropicDerivatives.of(PROBLEM, Converged.solve(PROBLEM, 0.05)).isReliable());
    }

    /** A converged unbalanced plan leaves a, b by design: the warning says why its derivatives do not apply. */
    @Test
    void derivativesOfAnUnbalancedPlanSayTheyAreBalancedOts() {
        TransportResult unbalanced = new org.otexplorer.engine.UnbalancedSinkhornSolver().solve(PROBLEM,
                SolverSettings.defaults().withEpsilon(0.05).withTau(0.05).withTolerance(1e-10).withMaxIterations(100_000));
        assertTrue(unbalanced.converged());
        EntropicDerivatives der = EntropicDerivatives.of(PROBLEM, unbalanced);
        assertFalse(der.isReliable());
        assertTrue(der.warnings().stream().anyMatch(w -> w.startsWith("unbalanced OT relaxes the marginals")
                && w.contains("do not apply")), der.warnings().toString());
        assertFalse(der.warnings().stream().anyMatch(w -> w.contains("marginal error")), der.warnings().toString());
    }

    @Test
    void negativeThresholdsAndDirectionsOfTheWrongShapeAreRefused() {
        EntropicDerivatives der = EntropicDerivatives.of(PROBLEM, Converged.solve(PROBLEM, 0.5));
        assertThrows(IllegalArgumentException.class, () -> der.hessian(NullSpaceHandling.TRUNCATED_EIGEN, -1e-10));
        assertThrows(IllegalArgumentException.class, () -> der.hessianVectorProduct(new double[3][2]));
        assertThrows(IllegalArgumentException.class, () -> der.hessianVectorProduct(new double[6][2], -1));
    }

    @Test
    void problemsWithoutPointsOrWithoutEntropyAreRefused() {
        TransportResult converged = Converged.solve(PROBLEM, 0.5);
        TransportProblem fromCost = TransportProblem.fromCost(PROBLEM.costMatrix());
        assertThrows(IllegalArgumentException.class, () -> EntropicDerivatives.of(fromCost, converged));
        TransportResult exact = TransportResult.builder("exact").epsilon(0).plan(converged.plan()).build(PROBLEM);
        assertThrows(IllegalArgumentException.class, () -> EntropicDerivatives.of(PROBLEM, exact));
        double[] lossGradient = new double[36];
        lossGradient[7] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RobotHypergradient.costGradient(PROBLEM, converged, lossGradient));
        assertTrue(e.getMessage().contains("non-finite"), e.getMessage());
    }
}
