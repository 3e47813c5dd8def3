package org.otexplorer.nn;

import java.util.Arrays;

/**
 * A trainable array and the gradient accumulated for it. Both arrays are shared on purpose: layers read and
 * write the values, {@code backward} adds into the gradient, and an optimizer such as {@link Adam} updates the
 * values in place.
 */
public final class Parameter {
    private final String name;
    private final double[] values;
    private final double[] gradient;

    /** A parameter holding {@code values} (kept, not copied) with a zero gradient. */
    public Parameter(String name, double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("parameter '" + name + "' needs at least one value");
        }
        this.name = name;
        this.values = values;
        this.gradient = new double[values.length];
    }

    public String name() {
        return name;
    }

    /** The live values (not a copy). */
    public double[] values() {
        return values;
    }

    /** The live accumulated gradient (not a copy). */
    public double[] gradient() {
        return gradient;
    }

    public int size() {
        return values.length;
    }

    /** Sets the accumulated gradient to zero. */
    public void zeroGradient() {
        Arrays.fill(gradient, 0);
    }
}
