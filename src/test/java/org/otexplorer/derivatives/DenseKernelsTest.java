package org.otexplorer.derivatives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionInner_DDRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kernels against EJML's plain row-major operations, on sizes that are not multiples of the four-row
 * blocking nor of the task width (so the remainders and the task boundaries are exercised), large enough that
 * the work is split over threads.
 */
class DenseKernelsTest {
    private static final int[] SIZES = {1, 3, 5, 130, 203};

    /** The kernels share work with the pool only after {@link DenseKernels#COMPILE_WORK} multiply-adds in a JVM. */
    @BeforeAll
    static void passTheFreshJvmsSingleThreadedWork() {
        int k = 512;
        double[][] a = new double[(int) (DenseKernels.COMPILE_WORK / ((long) k * (k + 1) / 2)) + 1][k];
        DenseKernels.innerProductUpper(a, k);
    }

    @Test
    void innerProductUpperIsEjmlsInnerProductOnTheUpperTriangle() {
        for (int rows : SIZES) {
            for (int k : new int[] {2, 7, 150, 257}) {
                DMatrixRMaj a = RandomMatrices_DDRM.rectangle(rows, k, -1, 1, new Random(rows * 1000L + k));
                DMatrixRMaj expected = new DMatrixRMaj(k, k);
                CommonOps_DDRM.multInner(a, expected);
                double[][] c = DenseKernels.innerProductUpper(rowsOf(a), k);
                for (int p = 0; p < k; p++) {
                    for (int q = 0; q < k; q++) {
                        double want = q >= p ? expected.get(p, q) : 0;
                        assertEquals(want, c[p][q], 1e-13 * rows, "rows " + rows + ", k " + k + ", (" + p + ", " + q + ")");
                    }
                }
                double[] full = new double[k * k];
                DenseKernels.symmetricFromUpper(c, full);
                assertArrayEquals(expected.data, full, 1e-13 * rows);
            }
        }
    }

    @Test
    void choleskyUpperReproducesTheMatrixAndEjmlsFactor() {
        // 760: the first steps' trailing triangles are large enough to be shared among the pool's threads.
        for (int m : new int[] {1, 3, 5, 130, 203, 760}) {
            DMatrixRMaj s = RandomMatrices_DDRM.symmetricPosDef(m, new Random(m));
            double[][] u = rowsOf(s);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < i; j++) {
                    u[i][j] = Double.NaN; // the lower triangle is not read
                }
            }
            assertTrue(DenseKernels.choleskyUpper(u));
            CholeskyDecompositionInner_DDRM ejml = new CholeskyDecompositionInner_DDRM(false);
            assertTrue(ejml.decompose(s.copy()));
            DMatrixRMaj upper = ejml.getT(null);
            for (int i = 0; i < m; i++) {
                for (int j = i; j < m; j++) {
                    assertEquals(upper.get(i, j), u[i][j], 1e-12, "m " + m + ", (" + i + ", " + j + ")");
                }
            }
        }
    }

    @Test
    void choleskyUpperRefusesAnIndefiniteMatrix() {
        double[][] s = {{1, 2, 0}, {2, 1, 0}, {0, 0, 1}};
        assertFalse(DenseKernels.choleskyUpper(s));
        assertFalse(DenseKernels.choleskyUpper(new double[][] {{Double.NaN}}));
    }

    @Test
    void triangularSolvesInvertTheFactorsAsEjmlsSolveDoes() {
        for (int m : SIZES) {
            for (int k : new int[] {1, 3, 70, 300}) {
                DMatrixRMaj s = RandomMatrices_DDRM.symmetricPosDef(m, new Random(7L * m + k));
                double[][] u = rowsOf(s);
                assertTrue(DenseKernels.choleskyUpper(u));
                double[][] l = DenseKernels.transposeUpper(u);
                DMatrixRMaj b = RandomMatrices_DDRM.rectangle(m, k, -1, 1, new Random(k));
                DMatrixRMaj lower = HMatrixSolver.matrix(l, m);
                DMatrixRMaj expectedLower = new DMatrixRMaj(m, k);
                assertTrue(CommonOps_DDRM.solve(lower, b, expectedLower));
                double[][] w = rowsOf(b);
                DenseKernels.solveLowerInPlace(l, w, k);
                assertArrayEquals(expectedLower.data, HMatrixSolver.matrix(w, k).data, 1e-9, "L^-1 B, m " + m + ", k " + k);
                DMatrixRMaj expectedSolve = new DMatrixRMaj(m, k);
                assertTrue(CommonOps_DDRM.solve(s, b, expectedSolve));
                DenseKernels.solveUpperInPlace(u, w, k);
                assertArrayEquals(expectedSolve.data, HMatrixSolver.matrix(w, k).data, 1e-9, "S^-1 B, m " + m + ", k " + k);
            }
        }
    }

    @Test
    void subtractCombinationIsTheWeightedSumOfTheRowsOnShortAndLongRanges() {
        Random random = new Random(5);
        double[][] rows = new double[23][40];
        for (double[] row : rows) {
            for (int q = 0; q < row.length; q++) {
                row[q] = random.nextDouble() - 0.5;
            }
        }
        double[] weights = new double[30];
        for (int w = 0; w < weights.length; w++) {
            weights[w] = random.nextDouble() - 0.5;
        }
        // Ranges of entries below and above the short-range cut, row ranges with and without a remainder of four.
        for (int[] range : new int[][] {{0, 1}, {2, 5}, {3, 18}, {0, 40}}) {
            for (int[] rowRange : new int[][] {{0, 23}, {5, 9}, {7, 7}, {1, 22}}) {
                double[] target = new double[40];
                double[] expected = new double[40];
                for (int q = 0; q < 40; q++) {
                    target[q] = q;
                    expected[q] = q;
                    for (int r = rowRange[0]; r < rowRange[1]; r++) {
                        expected[q] -= range[0] <= q && q < range[1] ? weights[3 + r] * rows[r][q] : 0;
                    }
                }
                DenseKernels.subtractCombination(target, rows, weights, 3, rowRange[0], rowRange[1], range[0], range[1]);
                assertArrayEquals(expected, target, 1e-12, "entries " + range[0] + ".." + range[1] + ", rows "
                        + rowRange[0] + ".." + rowRange[1]);
            }
        }
    }

    @Test
    void columnsAreTheTransposeOfTheRowMajorMatrix() {
        DMatrixRMaj a = RandomMatrices_DDRM.rectangle(7, 5, -1, 1, new Random(9));
        double[][] columns = DenseKernels.columns(a.data, 7, 5);
        assertEquals(5, columns.length);
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 7; i++) {
                assertEquals(a.get(i, j), columns[j][i], 0, "(" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void equalAreaSplitBalancesTheTriangle() {
        int k = 800;
        for (int from : new int[] {0, 300}) {
            int[] bounds = DenseKernels.equalAreaSplit(from, k, 12);
            assertEquals(from, bounds[0]);
            assertEquals(k, bounds[12]);
            double share = (double) (k - from) * (k - from + 1) / 2 / 12;
            for (int t = 0; t < 12; t++) {
                long area = 0;
                for (int p = bounds[t]; p < bounds[t + 1]; p++) {
                    area += k - p;
                }
                assertEquals(share, area, k, "from " + from + ", task " + t);
            }
        }
    }

    private static double[][] rowsOf(DMatrixRMaj a) {
        double[][] rows = new double[a.numRows][a.numCols];
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                rows[i][j] = a.get(i, j);
            }
        }
        return rows;
    }
}
