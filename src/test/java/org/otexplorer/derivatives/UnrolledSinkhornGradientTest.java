package org.otexplorer.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.PointClouds;
import org.otexplorer.engine.TransportProblem;

class UnrolledSinkhornGradientTest {
    private static final double[][] X = PointClouds.uniformSquare(5, 1);
    private static final double[][] Y = PointClouds.uniformSquare(6, 2);

    @Test
    void reverseModeIsTheExactDerivativeOfTheUnrolledObjective() {
        // Few iterations: far from converged, yet the reverse pass must match FD of the same unrolled function.
        double eps = 0.1;
        int iterations = 4;
        TransportProblem p = TransportProblem.fromPoints(X, Y);
        double[][] grad = UnrolledSinkhornGradient.compute(p, eps, iterations).gradient();
        double h = 1e-6;
        for (int k = 0; k < 5; k++) {
            for (int t = 0; t < 2; t++) {
                double[][] up = copy(X);
                double[][] down = copy(X);
                up[k][t] += h;
                down[k][t] -= h;
                double fd = (UnrolledSinkhornGradient.compute(TransportProblem.fromPoints(up, Y), eps, iterations).value()
                        - UnrolledSinkhornGradient.compute(TransportProblem.fromPoints(down, Y), eps, iterations).value())
                        / (2 * h);
                assertEquals(fd, grad[k][t], 1e-8);
            }
        }
    }

    @Test
    void manyIterationsReachTheAnalyticGradientAndHessian() {
        double eps = 0.3;
        TransportProblem p = TransportProblem.fromPoints(X, Y);
        EntropicDerivatives analytic = EntropicDerivatives.of(p, Converged.solve(p, eps));
        UnrolledSinkhornGradient unrolled = UnrolledSinkhornGradient.compute(p, eps, 300);
        ReferenceValuesTest.assertMatrix(analytic.gradient(), unrolled.gradient());
        DMatrixRMaj fdHessian = UnrolledSinkhornGradient.hessianByFiniteDifferences(p, eps, 300, 1e-5);
        DMatrixRMaj exact = analytic.hessian();
        for (int i = 0; i < exact.numRows; i++) {
            for (int j = 0; j < exact.numCols; j++) {
                assertEquals(exact.get(i, j), fdHessian.get(i, j), 1e-6);
            }
        }
        assertTrue(UnrolledSinkhornGradient.compute(p, eps, 600).storedBytes() > unrolled.storedBytes(),
                "memory grows with the number of unrolled iterations");
    }

    @Test
    void refusesBadArguments() {
        TransportProblem p = TransportProblem.fromPoints(X, Y);
        assertThrows(IllegalArgumentException.class, () -> UnrolledSinkhornGradient.compute(p, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> UnrolledSinkhornGradient.compute(p, 0.1, 0));
    }

    private static double[][] copy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }
}
