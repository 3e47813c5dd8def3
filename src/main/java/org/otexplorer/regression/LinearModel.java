package org.otexplorer.regression;

/**
 * The linear model {@code f(u; Θ) = uᵀΘ} (ROBOT §4.1, math.md §7), or with an intercept
 * {@code f(u; Θ) = [u, 1]ᵀΘ}, whose last parameter row is the offset. With 3-D points in and out it is the
 * affine transform of point-cloud registration (differentiation paper §6.2).
 */
public final class LinearModel extends NamedModel {
    public static final String ID = "linear";
    private final boolean intercept;

    public LinearModel(boolean intercept) {
        super(ID, true);
        this.intercept = intercept;
    }


    public boolean hasIntercept() {
        return intercept;
    }


    @Override
    public int parameterRows(int inputWidth) {
        return intercept ? inputWidth + 1 : inputWidth;
    }

    @Override
    public void requireFits(int inputWidth, int responses) {
        if (inputWidth + (intercept ? 1 : 0) <= 0 || responses <= 0) {
            throw new IllegalArgumentException("the linear model needs at least one input feature and one response, got "
                    + inputWidth + " and " + responses);
        }
    }

    /** The design matrix: the rows themselves, with a column of ones appended when there is an intercept. */
    public double[][] design(double[][] rows) {
        if (!intercept) {
            return rows;
        }
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = designRow(rows[i]);
        }
        return out;
    }

    @Override
    public double[] predict(double[] u, double[][] theta) {
        int q = theta[0].length;
        double[] out = new double[q];
        for (int a = 0; a < u.length; a++) {
            for (int t = 0; t < q; t++) {
                out[t] += u[a] * theta[a][t];
            }
        }
        if (intercept) {
            for (int t = 0; t < q; t++) {
                out[t] += theta[u.length][t];
            }
        }
        return out;
    }

    @Override
    public void addGradient(double[] u, double[][] theta, double[] upstream, double[][] gradient) {
        double[] row = designRow(u);
        for (int a = 0; a < row.length; a++) {
            for (int t = 0; t < upstream.length; t++) {
                gradient[a][t] += row[a] * upstream[t];
            }
        }
    }

    private double[] designRow(double[] u) {
        if (!intercept) {
            return u;
        }
        double[] r = java.util.Arrays.copyOf(u, u.length + 1);
        r[u.length] = 1;
        return r;
    }
}
