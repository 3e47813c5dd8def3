package org.otexplorer.regression;

/**
 * A regression model {@code f(u; Θ)} from an input row u (the paired features x followed by the unpaired
 * features z, ROBOT §2: {@code f([x, z]; w)}) to q responses, with parameters Θ held as a matrix of
 * {@link #parameterRows(int)} rows and q columns. The optimizers need the values and vector–Jacobian
 * products (the chain rule of ROBOT's hypergradient, math.md §6.3, §7); the Newton method needs second
 * derivatives and is offered for the {@link LinearModel} only, whose second derivatives vanish (math.md §7).
 * Make one with {@link #create(String, boolean)}.
 */
public interface RegressionModel {
    /** The model id of scenario files ({@code regression.model}). */
    String id();

    /** Whether f is linear in Θ (closed-form least squares, AM, EM and Newton apply). */
    boolean isLinear();

    /** Number of parameter rows for inputs of the given width. */
    int parameterRows(int inputWidth);

    /**
     * Throws {@link IllegalArgumentException} naming the mismatch unless the model takes inputs of this width
     * and gives this many responses.
     */
    void requireFits(int inputWidth, int responses);

    /** f(u; Θ), q values. */
    double[] predict(double[] u, double[][] theta);

    /**
     * Adds the vector–Jacobian product {@code Σ_t upstream_t ∂f_t(u; Θ)/∂Θ} to {@code gradient} (same shape as Θ).
     */
    void addGradient(double[] u, double[][] theta, double[] upstream, double[][] gradient);

    /**
     * Θ in the model's canonical form, for comparing parameters (the parameter error); models whose parameters
     * are unique return Θ itself.
     */
    default double[][] canonical(double[][] theta) {
        return theta;
    }

    /** Predictions for every row. */
    default double[][] predictAll(double[][] rows, double[][] theta) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = predict(rows[i], theta);
        }
        return out;
    }

    /** The model ids scenario files may name. */
    public static java.util.List<String> ids() {
        return java.util.List.of(LinearModel.ID, SinModel.ID, SimilarityModel.ID);
    }

    /**
     * A model by id: {@code "linear"} (with an optional intercept; also the affine transform of point-cloud
     * registration), {@code "sin"} (ROBOT §4.2) or {@code "similarity"} (rotation, isotropic scale and
     * translation of 2-D or 3-D points). When unsure, use {@code "linear"}.
     *
     * @throws IllegalArgumentException for an unknown id, or an intercept on a model without one
     */
    static RegressionModel create(String id, boolean intercept) {
        if (LinearModel.ID.equals(id)) {
            return new LinearModel(intercept);
        }
        if (SinModel.ID.equals(id)) {
            if (intercept) {
                throw new IllegalArgumentException("regression.intercept: the sin model has no intercept");
            }
            return new SinModel();
        }
        if (SimilarityModel.ID.equals(id)) {
            if (intercept) {
                throw new IllegalArgumentException("regression.intercept: the similarity model has its own translation");
            }
            return new SimilarityModel();
        }
        throw new IllegalArgumentException("regression.model must be one of " + ids() + ", got '" + id + "'");
    }
}
