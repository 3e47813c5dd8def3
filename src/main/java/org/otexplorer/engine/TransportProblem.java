package org.otexplorer.engine;

import java.util.Arrays;

/**
 * A discrete optimal-transport problem: a cost matrix {@code C} (n×m, row-major) with source weights
 * {@code a} (n) and target weights {@code b} (m).
 *
 * <p>Built either from point clouds X (n×d), Y (m×d) with the squared Euclidean cost
 * {@code C_ij = ||x_i − y_j||²} (math.md §0, no ½ factor), or from a given cost matrix. Weights default
 * to uniform. Instances are immutable: the arrays handed out by {@link #costArray()} and the weight
 * accessors are shared for speed and must not be modified.
 *
 * <p>Every factory validates its input and throws {@link IllegalArgumentException} with a message that
 * names the problem (NaN or infinite entries, mismatched sizes, negative weights, empty inputs).
 */
public final class TransportProblem implements CostScale {
    /** Tolerance on |Σa − 1| and |Σb − 1| for balanced methods. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    private final int n;
    private final int m;
    private final double[] cost;
    private final double[] a;
    private final double[] b;
    private final double[][] source;
    private final double[][] target;

    private TransportProblem(double[] cost, int n, int m, double[] a, double[] b,
                             double[][] source, double[][] target) {
        this.n = n;
        this.m = m;
        this.cost = cost;
        this.a = a;
        this.b = b;
        this.source = source;
        this.target = target;
    }

    /** Squared Euclidean cost between point clouds, uniform weights. When unsure, start here. */
    public static TransportProblem fromPoints(double[][] x, double[][] y) {
        return fromPoints(x, y, null, null);
    }

    /**
     * Squared Euclidean cost {@code C_ij = ||x_i − y_j||²} between point clouds X (n×d) and Y (m×d).
     *
     * @param a source weights, or {@code null} for uniform 1/n
     * @param b target weights, or {@code null} for uniform 1/m
     */
    public static TransportProblem fromPoints(double[][] x, double[][] y, double[] a, double[] b) {
        double[][] xs = copyPoints(x, "source");
        double[][] ys = copyPoints(y, "target");
        int d = xs[0].length;
        if (ys[0].length != d) {
            throw new IllegalArgumentException("dimension mismatch: source points have " + d
                    + " coordinates but target points have " + ys[0].length);
        }
        int n = xs.length;
        int m = ys.length;
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            double[] xi = xs[i];
            int row = i * m;
            for (int j = 0; j < m; j++) {
                double[] yj = ys[j];
                double s = 0;
                for (int k = 0; k < d; k++) {
                    double diff = xi[k] - yj[k];
                    s += diff * diff;
                }
                c[row + j] = s;
            }
        }
        requireFinite(c, n, m, "cost");
        return new TransportProblem(c, n, m, weights(a, n, "source"), weights(b, m, "target"), xs, ys);
    }

    /** A given cost matrix (n rows of m entries) with uniform weights. */
    public static TransportProblem fromCost(double[][] cost) {
        return fromCost(cost, null, null);
    }

    /**
     * A given cost matrix (n rows of m entries).
     *
     * @param a source weights, or {@code null} for uniform 1/n
     * @param b target weights, or {@code null} for uniform 1/m
     */
    public static TransportProblem fromCost(double[][] cost, double[] a, double[] b) {
        if (cost == null || cost.length == 0) {
            throw new IllegalArgumentException("empty cost matrix: it needs at least one row");
        }
        int n = cost.length;
        int m = cost[0] == null ? 0 : cost[0].length;
        if (m == 0) {
            throw new IllegalArgumentException("empty cost matrix: row 0 has no entries");
        }
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            if (cost[i] == null || cost[i].length != m) {
                throw new IllegalArgumentException("cost matrix row " + i + " has "
                        + (cost[i] == null ? 0 : cost[i].length) + " entries but row 0 has " + m);
            }
            System.arraycopy(cost[i], 0, c, i * m, m);
        }
        requireFinite(c, n, m, "cost");
        return new TransportProblem(c, n, m, weights(a, n, "source"), weights(b, m, "target"), null, null);
    }

    /** The same cost (and points) with other weights; {@code null} means uniform. */
    public TransportProblem withWeights(double[] newA, double[] newB) {
        return new TransportProblem(cost, n, m, weights(newA, n, "source"), weights(newB, m, "target"),
                source, target);
    }

    /**
     * Throws unless both weight vectors sum to 1 within {@link #WEIGHT_SUM_TOLERANCE}; balanced methods
     * call this before solving.
     */
    public void requireBalanced() {
        double sa = sum(a);
        double sb = sum(b);
        if (Math.abs(sa - 1) > WEIGHT_SUM_TOLERANCE) {
            throw new IllegalArgumentException("source weights sum to " + sa + ", not 1 (balanced methods need "
                    + "probability vectors)");
        }
        if (Math.abs(sb - 1) > WEIGHT_SUM_TOLERANCE) {
            throw new IllegalArgumentException("target weights sum to " + sb + ", not 1 (balanced methods need "
                    + "probability vectors)");
        }
    }

    public int n() {
        return n;
    }

    public int m() {
        return m;
    }

    /** C_ij. */
    public double cost(int i, int j) {
        return cost[i * m + j];
    }

    /** The cost matrix, row-major ({@code C_ij = costArray()[i*m + j]}); shared, do not modify. */
    public double[] costArray() {
        return cost;
    }

    /** The cost matrix as n rows of m entries (a fresh copy). */
    public double[][] costMatrix() {
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            c[i] = Arrays.copyOfRange(cost, i * m, (i + 1) * m);
        }
        return c;
    }

    /** Source weights a; shared, do not modify. */
    public double[] sourceWeights() {
        return a;
    }

    /** Target weights b; shared, do not modify. */
    public double[] targetWeights() {
        return b;
    }

    /** Whether this problem was built from point clouds (needed by the derivatives). */
    public boolean hasPoints() {
        return source != null;
    }

    /** Source points X (n×d); shared, do not modify. Throws if the problem was built from a cost matrix. */
    public double[][] sourcePoints() {
        requirePoints();
        return source;
    }

    /** Target points Y (m×d); shared, do not modify. Throws if the problem was built from a cost matrix. */
    public double[][] targetPoints() {
        requirePoints();
        return target;
    }

    /** Dimension d of the points. Throws if the problem was built from a cost matrix. */
    public int dimension() {
        requirePoints();
        return source[0].length;
    }

    /**
     * mean_ij C_ij, the scale that relative ε is measured against (OTT's convention). Finite for every finite cost:
     * when the plain sum overflows (entries near {@code Double.MAX_VALUE}), the entries are scaled down first.
     */
    public double meanCost() {
        double mean = sum(cost) / cost.length;
        if (Double.isFinite(mean)) {
            return mean;
        }
        double scaled = 0;
        double scale = 1.0 / cost.length;
        for (double c : cost) {
            scaled += c * scale;
        }
        return scaled;
    }

    /** max_ij C_ij (ROBOT's relative-ε convention, math.md §2.2). */
    public double maxCost() {
        double mx = Double.NEGATIVE_INFINITY;
        for (double c : cost) {
            mx = Math.max(mx, c);
        }
        return mx;
    }

    private void requirePoints() {
        if (source == null) {
            throw new IllegalStateException("this problem was built from a cost matrix and has no points");
        }
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double[][] copyPoints(double[][] pts, String side) {
        if (pts == null || pts.length == 0) {
            throw new IllegalArgumentException("empty " + side + " point cloud: it needs at least one point");
        }
        int d = pts[0] == null ? 0 : pts[0].length;
        if (d == 0) {
            throw new IllegalArgumentException(side + " point 0 has no coordinates");
        }
        double[][] out = new double[pts.length][];
        for (int i = 0; i < pts.length; i++) {
            if (pts[i] == null || pts[i].length != d) {
                throw new IllegalArgumentException(side + " point " + i + " has "
                        + (pts[i] == null ? 0 : pts[i].length) + " coordinates but point 0 has " + d);
            }
            for (int k = 0; k < d; k++) {
                if (!Double.isFinite(pts[i][k])) {
                    throw new IllegalArgumentException(side + " point " + i + " has a non-finite coordinate "
                            + k + ": " + pts[i][k]);
                }
            }
            out[i] = pts[i].clone();
        }
        return out;
    }

    private static double[] weights(double[] w, int size, String side) {
        if (w == null) {
            double[] u = new double[size];
            Arrays.fill(u, 1.0 / size);
            return u;
        }
        if (w.length != size) {
            throw new IllegalArgumentException(side + " weights have " + w.length + " entries but there are "
                    + size + " " + side + " points");
        }
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(w[i])) {
                throw new IllegalArgumentException(side + " weight " + i + " is not finite: " + w[i]);
            }
            if (w[i] < 0) {
                throw new IllegalArgumentException(side + " weight " + i + " is negative: " + w[i]);
            }
        }
        if (sum(w) <= 0) {
            throw new IllegalArgumentException(side + " weights are all zero");
        }
        return w.clone();
    }

    private static void requireFinite(double[] c, int n, int m, String what) {
        for (int idx = 0; idx < c.length; idx++) {
            if (!Double.isFinite(c[idx])) {
                throw new IllegalArgumentException(what + " entry (" + idx / m + ", " + idx % m
                        + ") is not finite: " + c[idx]);
            }
        }
    }
}
