package org.otexplorer.engine;

import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterType;

/**
 * The entropic regularisation as a user gives it: a value and what it is relative to. The API's ε is absolute;
 * scenario files, {@code otx} and the explorer also take ε relative to the mean cost (OTT's convention, the
 * default in scenario files) or to the largest cost (ROBOT's code). {@link #absolute(CostScale)} is the one
 * conversion to the absolute ε a solver uses.
 *
 * @param value     the number given, finite and > 0
 * @param reference what it multiplies
 */
public record Epsilon(double value, Reference reference) {
    /** The parameter type of ε in declarations ({@code parameters.Parameter}); its range bounds the value. */
    public static final ParameterType<Epsilon> TYPE = ParameterType.custom("epsilon", Epsilon.class,
            Epsilon::value);

    /** What a relative ε multiplies. */
    public enum Reference {
        /** ε is absolute. */
        ABSOLUTE,
        /** ε multiplies mean(C). */
        MEAN_COST,
        /** ε multiplies max(C). */
        MAX_COST
    }

    /** Checks the value: finite and > 0. */
    public Epsilon {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("epsilon must be a finite number > 0, got " + value);
        }
        if (reference == null) {
            throw new IllegalArgumentException("epsilon needs a reference (absolute, mean or max cost)");
        }
    }

    /** An absolute ε. */
    public static Epsilon absolute(double value) {
        return new Epsilon(value, Reference.ABSOLUTE);
    }

    /** ε = value · mean(C). */
    public static Epsilon relativeToMean(double value) {
        return new Epsilon(value, Reference.MEAN_COST);
    }

    /** ε = value · max(C). */
    public static Epsilon relativeToMax(double value) {
        return new Epsilon(value, Reference.MAX_COST);
    }

    /** Whether the value is relative to a scale of the cost. */
    public boolean isRelative() {
        return reference != Reference.ABSOLUTE;
    }

    /** The same reference with another value. */
    public Epsilon withValue(double newValue) {
        return new Epsilon(newValue, reference);
    }

    /**
     * The absolute ε for a cost matrix.
     *
     * @throws IllegalArgumentException when the scale it refers to is not a finite positive number (a cost
     *                                  matrix of zeros, or one whose mean overflows), or the product overflows
     */
    public double absolute(CostScale costs) {
        if (reference == Reference.ABSOLUTE) {
            return value;
        }
        String name = reference == Reference.MEAN_COST ? "mean" : "largest";
        double scale = reference == Reference.MEAN_COST ? costs.meanCost() : costs.maxCost();
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("epsilon is relative to the " + name + " cost, which is " + scale
                    + "; give an absolute epsilon instead");
        }
        double eps = value * scale;
        if (Double.isInfinite(eps)) {
            throw new IllegalArgumentException("epsilon = " + value + " × " + name + " cost " + scale + " overflows");
        }
        return eps;
    }

    /** "0.05 × mean C", "0.001 × max C" or "0.05". */
    @Override
    public String toString() {
        String v = Parameter.format(value);
        return switch (reference) {
            case ABSOLUTE -> v;
            case MEAN_COST -> v + " × mean C";
            case MAX_COST -> v + " × max C";
        };
    }
}
