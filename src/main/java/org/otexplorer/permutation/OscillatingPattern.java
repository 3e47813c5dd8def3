package org.otexplorer.permutation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The six oscillating 3×3 binary patterns of the paper's Fig. 1, in its order (math.md §15.2). Each has a
 * full row and a full column that cross at one entry, and zeros elsewhere: a 2×2 block of zeros, so no
 * positive diagonal, no doubly stochastic scaling, and for ε = 0 the iteration swings between two matrices
 * forever. The name says where the row and column cross (corner, edge, centre) and whether the crossing entry
 * is 1 (full) or 0 (open). Enumeration: a 3×3 binary matrix without a zero row or column has no positive
 * diagonal exactly when it has a 2×2 zero block (Frobenius–König); the block's complement row and column must
 * then be ones except their crossing entry, so there are 9 × 2 = 18 such matrices, and under the four
 * rotations of the square they fall into these six classes (corner, edge, centre × full, open).
 */
public enum OscillatingPattern {
    /** Fig. 1(a): crossing at the corner (0, 0), crossing entry 0. */
    CORNER_OPEN(new int[][] {{0, 1, 1}, {1, 0, 0}, {1, 0, 0}}),
    /** Fig. 1(b): crossing at the corner (0, 0), crossing entry 1. */
    CORNER_FULL(new int[][] {{1, 1, 1}, {1, 0, 0}, {1, 0, 0}}),
    /** Fig. 1(c): crossing at the edge (0, 1), crossing entry 1. */
    EDGE_FULL(new int[][] {{1, 1, 1}, {0, 1, 0}, {0, 1, 0}}),
    /** Fig. 1(d): crossing at the edge (0, 1), crossing entry 0. */
    EDGE_OPEN(new int[][] {{1, 0, 1}, {0, 1, 0}, {0, 1, 0}}),
    /** Fig. 1(e): crossing at the centre, crossing entry 1 (a plus sign). */
    CENTRE_FULL(new int[][] {{0, 1, 0}, {1, 1, 1}, {0, 1, 0}}),
    /** Fig. 1(f): crossing at the centre, crossing entry 0: Appendix D's matrix (15). */
    CENTRE_OPEN(new int[][] {{0, 1, 0}, {1, 0, 1}, {0, 1, 0}});

    private final int[][] pattern;

    OscillatingPattern(int[][] pattern) {
        this.pattern = pattern;
    }

    /** The binary pattern (a copy). */
    public int[][] pattern() {
        int[][] copy = new int[3][];
        for (int i = 0; i < 3; i++) {
            copy[i] = pattern[i].clone();
        }
        return copy;
    }

    /**
     * The pattern with its zeros replaced by ε.
     *
     * @param epsilon ≥ 0 (0 keeps the zeros: the case Sinkhorn's theorem does not cover)
     * @throws IllegalArgumentException if ε is negative, NaN or infinite
     */
    public double[][] withEpsilon(double epsilon) {
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a finite number >= 0, got " + epsilon);
        }
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = pattern[i][j] == 1 ? 1 : epsilon;
            }
        }
        return a;
    }

    /** Whether the crossing entry is 1: the plateau error then tends to 4/3 as ε → 0, else to 1 (math.md §15.2). */
    public boolean crossingEntryIsOne() {
        return this == CORNER_FULL || this == EDGE_FULL || this == CENTRE_FULL;
    }

    /** The patterns by name, for pickers and scenario files; the message lists the names. */
    public static OscillatingPattern byName(String name) {
        for (OscillatingPattern p : values()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown oscillating pattern '" + name + "'; use one of "
                + List.of(values()));
    }

    /**
     * Every 3×3 binary matrix with no zero row or column and no positive diagonal (no permutation σ with
     * {@code A_{iσ(i)} = 1} for all i), by brute force over all 512 matrices and the 6 permutations.
     */
    public static List<int[][]> allOscillatingBinaryMatrices() {
        List<int[][]> found = new ArrayList<>();
        int[][] permutations = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (int bits = 0; bits < 512; bits++) {
            int[][] a = new int[3][3];
            for (int k = 0; k < 9; k++) {
                a[k / 3][k % 3] = (bits >> k) & 1;
            }
            boolean noZeroLine = true;
            for (int i = 0; i < 3; i++) {
                noZeroLine &= a[i][0] + a[i][1] + a[i][2] > 0 && a[0][i] + a[1][i] + a[2][i] > 0;
            }
            boolean positiveDiagonal = false;
            for (int[] s : permutations) {
                positiveDiagonal |= a[0][s[0]] * a[1][s[1]] * a[2][s[2]] == 1;
            }
            if (noZeroLine && !positiveDiagonal) {
                found.add(a);
            }
        }
        return found;
    }

    /** The pattern a binary 3×3 matrix is a rotation of, or null if it is none of the six. */
    public static OscillatingPattern rotationClassOf(int[][] matrix) {
        int[][] r = matrix;
        for (int turn = 0; turn < 4; turn++) {
            for (OscillatingPattern p : values()) {
                if (Arrays.deepEquals(p.pattern, r)) {
                    return p;
                }
            }
            r = rotate(r);
        }
        return null;
    }

    private static int[][] rotate(int[][] a) {
        int[][] r = new int[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[j][2 - i] = a[i][j];
            }
        }
        return r;
    }
}
