package org.otexplorer.derivatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;

/** math.md §13.1: the cross-language reference values, to 1e-9. */
class ReferenceValuesTest {
    private static final double TOL = 1e-9;

    @Test
    void referenceValuesAtEpsilonHalf() {
        TransportProblem p = Converged.referenceProblem();
        TransportResult r = Converged.solve(p, 0.5);
        assertEquals(0.41631777522804736, r.objective(), TOL);
        assertEquals(0.2886731430216156, r.transportCost(), TOL);
        double plogp = 0;
        for (double v : r.plan().values()) {
            plogp += v * Math.log(v);
        }
        assertEquals(-2.229617385375137, plogp, TOL);
        EntropicDerivatives der = EntropicDerivatives.of(p, r);
        assertMatrix(new double[][] {{-0.170000835448, -0.198926844675}, {0.234952180131, -0.042885928703},
            {-0.048284678017, 0.058479440045}}, der.gradient());
        assertArray(new double[] {0, 0.1288841097802, 0.1461707748245, 0.25, 0.4371625585088, 0.4544492235531,
            0.5833333333333}, HMatrix.of(r.plan()).spectrum());
        DMatrixRMaj hess = der.hessian();
        assertArray(new double[] {0.549870973957, 0.508880167653, 0.54579322401, 0.468414995023, 0.596997760752,
            0.489381786876}, diagonal(hess));
        assertEquals(0.084000114726, hess.get(0, 2), TOL);
        assertEquals(0.089376645433, hess.get(1, 3), TOL);
        assertEquals(0.10887502621, hess.get(3, 5), TOL);
        assertMatrix(new double[][] {{-0.06239742671, -0.150070143235}, {0.122121713194, 0.046630275363},
            {-0.043057619818, -0.079893465461}}, der.sinkhornDistanceGradient());
    }

    @Test
    void referenceValuesAtEpsilonTenth() {
        TransportProblem p = Converged.referenceProblem();
        TransportResult r = Converged.solve(p, 0.1);
        assertEquals(0.21723215089267764, r.objective(), TOL);
        assertEquals(0.14500869750716006, r.transportCost(), TOL);
        EntropicDerivatives der = EntropicDerivatives.of(p, r);
        assertMatrix(new double[][] {{-0.08382012474, -0.152306691394}, {0.16016933667, 0.004057603388},
            {-0.059682545263, -0.035084245327}}, der.gradient());
        assertArray(new double[] {0, 0.03624084047004, 0.07080460925893, 0.25, 0.5125287240744, 0.5470924928633,
            0.5833333333333}, HMatrix.of(r.plan()).spectrum());
        assertArray(new double[] {0.665570645, 0.644973665709, 0.604906401192, 0.528248735254, 0.607587320656,
            0.560917888786}, diagonal(der.hessian()));
        assertMatrix(new double[][] {{-0.081868250406, -0.143739328516}, {0.162522793385, 0.001641044045},
            {-0.063987876313, -0.041235048862}}, der.sinkhornDistanceGradient());
        assertTrue(der.isReliable());
    }

    private static double[] diagonal(DMatrixRMaj h) {
        double[] out = new double[h.numRows];
        for (int i = 0; i < out.length; i++) {
            out[i] = h.get(i, i);
        }
        return out;
    }

    static void assertArray(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], TOL, "entry " + i);
        }
    }

    static void assertMatrix(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertArray(expected[i], actual[i]);
        }
    }
}
