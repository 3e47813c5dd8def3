package org.otexplorer.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Layers applied one after another: forward runs them in order, backward in reverse order (the chain rule).
 * Adjacent widths must agree.
 */
public final class Sequential implements Layer {
    private final List<Layer> layers;
    private final List<Parameter> parameters;

    /**
     * @throws IllegalArgumentException if there are no layers or a layer's input width differs from the previous
     *                                  layer's output width
     */
    public Sequential(Layer... layers) {
        if (layers.length == 0) {
            throw new IllegalArgumentException("a sequential network needs at least one layer");
        }
        List<Parameter> all = new ArrayList<>();
        for (int k = 0; k < layers.length; k++) {
            if (k > 0 && layers[k].inputSize() != layers[k - 1].outputSize()) {
                throw new IllegalArgumentException("layer " + k + " takes " + layers[k].inputSize()
                        + " values but layer " + (k - 1) + " gives " + layers[k - 1].outputSize());
            }
            all.addAll(layers[k].parameters());
        }
        this.layers = List.of(layers);
        this.parameters = List.copyOf(all);
    }

    @Override
    public int inputSize() {
        return layers.get(0).inputSize();
    }

    @Override
    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    @Override
    public double[] forward(double[] input, int rows) {
        double[] x = input;
        for (Layer layer : layers) {
            x = layer.forward(x, rows);
        }
        return x;
    }

    @Override
    public double[] backward(double[] outputGradient) {
        double[] g = outputGradient;
        for (int k = layers.size() - 1; k >= 0; k--) {
            g = layers.get(k).backward(g);
        }
        return g;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    /** Sets every parameter's accumulated gradient to zero (before the next backward pass). */
    public void zeroGradients() {
        for (Parameter p : parameters) {
            p.zeroGradient();
        }
    }
}
