package org.otexplorer.histogram;

import org.otexplorer.engine.TransportProblem;

/**
 * A regular grid of bins: a line of n bins at {@code x_i = i·h} or an image of rows × cols pixels at
 * {@code (r·h, c·h)}, with one spacing {@code h = 1/(max(rows, cols) − 1)} on both axes, so the longer side spans
 * [0, 1] and the cost {@code C = |x − y|²} is isotropic (math.md §16.2). On a line this is the thesis demo's cost
 * {@code C_ij = (i − j)²/max}. Bins are numbered row-major ({@code k = r·cols + c}).
 */
public final class Grid {
    private final int rows;
    private final int cols;
    private final double spacing;

    private Grid(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a grid needs at least one bin per axis, got " + rows + " x " + cols);
        }
        if (Math.max(rows, cols) < 2) {
            throw new IllegalArgumentException("a grid needs at least two bins");
        }
        this.rows = rows;
        this.cols = cols;
        this.spacing = 1.0 / (Math.max(rows, cols) - 1);
    }

    /** n bins on [0, 1] (a one-dimensional grid: one row). */
    public static Grid line(int n) {
        return new Grid(1, n);
    }

    /** An image grid of rows × cols pixels. */
    public static Grid image(int rows, int cols) {
        return new Grid(rows, cols);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Number of bins, rows × cols. */
    public int size() {
        return rows * cols;
    }

    /** Whether the grid is a line (one row). */
    public boolean isLine() {
        return rows == 1;
    }

    /** The spacing h between neighbouring bins. */
    public double spacing() {
        return spacing;
    }

    /** Bin positions along a line, {@code x_i = i·h}. */
    public double[] linePositions() {
        double[] x = new double[cols];
        for (int i = 0; i < cols; i++) {
            x[i] = i * spacing;
        }
        return x;
    }

    /** {@code (d·h)²}: the cost along one axis between bins d apart. */
    public double axisCost(int d) {
        return d * d * spacing * spacing;
    }

    /** {@code |y_k − y_l|²} between bins k and l. */
    public double cost(int k, int l) {
        int dr = k / cols - l / cols;
        int dc = k % cols - l % cols;
        return (dr * dr + dc * dc) * spacing * spacing;
    }

    /** The dense cost matrix, size × size (only for small grids: it has size² entries). */
    public double[][] costMatrix() {
        int n = size();
        double[][] c = new double[n][n];
        for (int k = 0; k < n; k++) {
            for (int l = 0; l < n; l++) {
                c[k][l] = cost(k, l);
            }
        }
        return c;
    }

    /**
     * The transport problem between two histograms on this grid (each normalised to mass one).
     *
     * @throws IllegalArgumentException if a histogram has the wrong length or is not valid ({@link Histograms})
     */
    public TransportProblem problem(double[] source, double[] target) {
        requireFits(source, "source histogram");
        requireFits(target, "target histogram");
        return TransportProblem.fromCost(costMatrix(), Histograms.normalized(source, "source histogram"),
                Histograms.normalized(target, "target histogram"));
    }

    /** Throws unless {@code h} has one entry per bin and is a valid histogram. */
    public void requireFits(double[] h, String name) {
        Histograms.requireValid(h, name);
        if (h.length != size()) {
            throw new IllegalArgumentException(name + " has " + h.length + " bins but the grid has " + size()
                    + (isLine() ? "" : " (" + rows + " x " + cols + ")"));
        }
    }
}
