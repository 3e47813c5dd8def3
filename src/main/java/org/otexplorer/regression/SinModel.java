package org.otexplorer.regression;

/**
 * ROBOT's nonlinear model (§4.2): {@code f(u; w) = Σ_k sin(u_k w_k)}, one response, one parameter per input
 * feature (Θ is p×1). Its gradient is {@code ∂f/∂w_k = u_k cos(u_k w_k)}.
 */
public final class SinModel extends NamedModel {
    public static final String ID = "sin";

    public SinModel() {
        super(ID, false);
    }



    @Override
    public int parameterRows(int inputWidth) {
        return inputWidth;
    }

    @Override
    public void requireFits(int inputWidth, int responses) {
        if (responses != 1) {
            throw new IllegalArgumentException("the sin model has one response, but the data have " + responses);
        }
        if (inputWidth <= 0) {
            throw new IllegalArgumentException("the sin model needs at least one input feature");
        }
    }

    @Override
    public double[] predict(double[] u, double[][] theta) {
        double s = 0;
        for (int k = 0; k < u.length; k++) {
            s += Math.sin(u[k] * theta[k][0]);
        }
        return new double[] {s};
    }

    @Override
    public void addGradient(double[] u, double[][] theta, double[] upstream, double[][] gradient) {
        for (int k = 0; k < u.length; k++) {
            gradient[k][0] += upstream[0] * u[k] * Math.cos(u[k] * theta[k][0]);
        }
    }
}
