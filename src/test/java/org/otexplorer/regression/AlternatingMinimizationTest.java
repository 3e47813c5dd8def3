package org.otexplorer.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.AssignmentSolver;

class AlternatingMinimizationTest {
    /** The sorting shortcut for one response must reach the exact assignment's cost (ties aside, the same σ). */
    @Test
    void sortedAssignmentStepMatchesTheExactAssignmentForOneResponse() {
        Random random = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + random.nextInt(40);
            double[][] x = new double[n][3];
            double[][] y = new double[n][1];
            double[][] theta = {{random.nextGaussian()}, {random.nextGaussian()}, {random.nextGaussian()}};
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 3; k++) {
                    x[i][k] = random.nextGaussian();
                }
                y[i][0] = random.nextGaussian() * 2;
            }
            double[] cost = LinearAlgebra.pairwiseSquaredResiduals(x, y, theta);
            int[] sorted = AlternatingMinimization.assignmentStep(x, y, theta);
            int[] exact = AssignmentSolver.solveAssignment(cost, n);
            assertEquals(total(cost, exact, n), total(cost, sorted, n), 1e-9 * (1 + total(cost, exact, n)));
            assertEquals(n, java.util.Arrays.stream(sorted).distinct().count(), "a permutation");
        }
    }

    private static double total(double[] cost, int[] assignment, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += cost[i * n + assignment[i]];
        }
        return sum;
    }
}
