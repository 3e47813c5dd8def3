package org.otexplorer.parameters;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The declaration of one parameter, made once where it is read (a solver, an optimizer, a workbench
 * section): its name (the scenario key), type, default, range, unit, scale, the symbol the explorer shows and
 * a one-sentence description. Immutable; build one with {@link #real}, {@link #integer}, {@link #flag},
 * {@link #choice} or {@link #of}.
 *
 * <p>The command-line option is {@code --} followed by the name in kebab case ({@code innerIterations} →
 * {@code --inner-iterations}) unless the declaration names another ({@link Builder#option}).
 *
 * @param <T> the value type
 */
public final class Parameter<T> {
    private final String name;
    private final ParameterType<T> type;
    private final T defaultValue;
    private final Double min;
    private final boolean minOpen;
    private final Double max;
    private final boolean maxOpen;
    private final String unit;
    private final Scale scale;
    private final String symbol;
    private final String description;
    private final String option;
    private final double[] typical;

    private Parameter(Builder<T> b) {
        name = Objects.requireNonNull(b.name, "name");
        type = b.type;
        min = b.min;
        minOpen = b.minOpen;
        max = b.max;
        maxOpen = b.maxOpen;
        unit = b.unit;
        scale = b.scale;
        symbol = b.symbol == null ? name : b.symbol;
        description = Objects.requireNonNull(b.description, () -> name + ": a declaration needs a description");
        option = b.option == null ? "--" + kebab(name) : b.option;
        typical = b.typical;
        defaultValue = check(name + " (default)", b.defaultValue);
    }

    /** A real parameter (default 0 until {@link Builder#defaultValue} says otherwise). */
    public static Builder<Double> real(String name) {
        return new Builder<>(name, ParameterType.REAL).defaultValue(0.0);
    }

    /** An integer parameter. */
    public static Builder<Integer> integer(String name) {
        return new Builder<>(name, ParameterType.INTEGER).defaultValue(0);
    }

    /** An on/off parameter (default off). */
    public static Builder<Boolean> flag(String name) {
        return new Builder<>(name, ParameterType.FLAG).defaultValue(false);
    }

    /** One of the options; the first is the default until {@link Builder#defaultValue} says otherwise. */
    public static Builder<String> choice(String name, String... options) {
        return new Builder<>(name, ParameterType.choice(options)).defaultValue(options[0]);
    }

    /** A parameter of any type; give its default. */
    public static <T> Builder<T> of(String name, ParameterType<T> type) {
        return new Builder<>(name, type);
    }

    /** The key in scenario files and the name the code uses. */
    public String name() {
        return name;
    }

    public ParameterType<T> type() {
        return type;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** Smallest allowed magnitude, or {@code null} when unbounded below. */
    public Double min() {
        return min;
    }

    /** Largest allowed magnitude, or {@code null} when unbounded above. */
    public Double max() {
        return max;
    }

    /** Whether the minimum itself is excluded ({@code > 0} rather than {@code ≥ 0}). */
    public boolean isMinOpen() {
        return minOpen;
    }

    /** Whether the maximum itself is excluded. */
    public boolean isMaxOpen() {
        return maxOpen;
    }

    /** The unit of the values ("" when they have none). */
    public String unit() {
        return unit;
    }

    public Scale scale() {
        return scale;
    }

    /** What the explorer writes beside the control ("ε", "ρ1  source radius"). */
    public String symbol() {
        return symbol;
    }

    /** One sentence on what the parameter does (help texts and tooltips). */
    public String description() {
        return description;
    }

    /**
     * The range a control spans by default ([lo, hi]): the typical values, within the allowed range; a value set
     * outside it widens the control. The allowed range when the declaration names no typical one.
     */
    public double[] typicalRange() {
        if (typical != null) {
            return typical.clone();
        }
        return new double[] {min == null ? 0 : min, max == null ? 1 : max};
    }

    /** The {@code otx} option, e.g. {@code --inner-iterations}. */
    public String option() {
        return option;
    }

    /**
     * Checks a value against this declaration.
     *
     * @param path where the value came from, for the message ({@code engine.rho1}, {@code --rho1})
     * @return the value, typed
     * @throws IllegalArgumentException naming the path when the value has the wrong type, is not finite, is
     *                                  not one of the choices or lies outside the range
     */
    public T check(String path, Object value) {
        T typed = type.cast(path, value);
        if (type == ParameterType.REAL) {
            checkMagnitude(path, (Double) typed);
        } else if (type == ParameterType.REAL_LIST) {
            List<?> list = (List<?>) typed;
            for (int k = 0; k < list.size(); k++) {
                if (!(list.get(k) instanceof Double d)) {
                    throw new IllegalArgumentException(path + "[" + k + "] must be a number, got " + list.get(k));
                }
                checkMagnitude(path + "[" + k + "]", d);
            }
        } else if (!type.choices().isEmpty() && !type.choices().contains(typed)) {
            throw new IllegalArgumentException(path + " must be one of " + type.choices() + ", got '" + typed + "'");
        } else if (type.isNumeric()) {
            checkMagnitude(path, type.magnitude(typed));
        }
        return typed;
    }

    private void checkMagnitude(String path, double v) {
        boolean ok = Double.isFinite(v)
                && (min == null || (minOpen ? v > min : v >= min))
                && (max == null || (maxOpen ? v < max : v <= max));
        if (!ok) {
            throw new IllegalArgumentException(path + " must be " + (Double.isFinite(v) ? rangeText()
                    : "a finite number" + (min == null && max == null ? "" : " " + rangeText()))
                    + ", got " + format(v));
        }
    }

    /** The allowed range in words: "in [0, 1]", "> 0", "≥ 1", "any finite number". */
    public String rangeText() {
        if (min != null && max != null) {
            return "in " + (minOpen ? "(" : "[") + format(min) + ", " + format(max) + (maxOpen ? ")" : "]");
        }
        if (min != null) {
            return (minOpen ? "> " : "≥ ") + format(min);
        }
        if (max != null) {
            return (maxOpen ? "< " : "≤ ") + format(max);
        }
        return type.isNumeric() || type == ParameterType.REAL_LIST ? "any finite number" : "";
    }

    /** A number as help texts write it: {@code 1}, {@code 0.05}, {@code 1e-9}, {@code 2.5e+06}. */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e6) {
            return new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", v)).stripTrailingZeros()
                    .toPlainString();
        }
        String[] parts = String.format(Locale.ROOT, "%.2e", v).split("e");
        String mantissa = new java.math.BigDecimal(parts[0]).stripTrailingZeros().toPlainString();
        return mantissa + "e" + Integer.parseInt(parts[1]);
    }

    /** Whether two declarations describe the same parameter (same name, type, default and range). */
    public boolean sameAs(Parameter<?> other) {
        return name.equals(other.name) && type.equals(other.type) && Objects.equals(defaultValue, other.defaultValue)
                && Objects.equals(min, other.min) && Objects.equals(max, other.max) && minOpen == other.minOpen
                && maxOpen == other.maxOpen;
    }

    @Override
    public String toString() {
        return name;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /**
     * Builds a declaration; everything but the name, the type and the description is optional.
     *
     * @param <T> the value type
     */
    public static final class Builder<T> {
        private final String name;
        private final ParameterType<T> type;
        private T defaultValue;
        private Double min;
        private boolean minOpen;
        private Double max;
        private boolean maxOpen;
        private String unit = "";
        private Scale scale = Scale.LINEAR;
        private String symbol;
        private String description;
        private String option;
        private double[] typical;

        private Builder(String name, ParameterType<T> type) {
            this.name = name;
            this.type = type;
        }

        public Builder<T> defaultValue(T value) {
            defaultValue = value;
            return this;
        }

        /** Values ≥ lo. */
        public Builder<T> atLeast(double lo) {
            min = lo;
            minOpen = false;
            return this;
        }

        /** Values > lo. */
        public Builder<T> above(double lo) {
            min = lo;
            minOpen = true;
            return this;
        }

        /** Values ≤ hi. */
        public Builder<T> atMost(double hi) {
            max = hi;
            maxOpen = false;
            return this;
        }

        /** Values in [lo, hi]. */
        public Builder<T> range(double lo, double hi) {
            return atLeast(lo).atMost(hi);
        }

        public Builder<T> unit(String value) {
            unit = value;
            return this;
        }

        /** Explored on a log scale. */
        public Builder<T> logScale() {
            scale = Scale.LOG;
            return this;
        }

        public Builder<T> symbol(String value) {
            symbol = value;
            return this;
        }

        /** The one-sentence description (required). */
        public Builder<T> describe(String sentence) {
            description = sentence;
            return this;
        }

        /** The range a control spans unless the value lies outside it (see {@link Parameter#typicalRange}). */
        public Builder<T> typical(double lo, double hi) {
            typical = new double[] {lo, hi};
            return this;
        }

        /** A command-line option other than {@code --kebab-name} (kept for compatibility, e.g. {@code --tol}). */
        public Builder<T> option(String value) {
            option = value;
            return this;
        }

        public Parameter<T> build() {
            return new Parameter<>(this);
        }
    }
}
