package org.otexplorer.parameters;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The value type of a {@link Parameter}: a real number, an integer, a flag, a text, a choice among named
 * options, a list, or a type of another package (the engine's ε with its reference, {@code Epsilon.TYPE}).
 * Numeric types know their magnitude, which the declaration's range bounds.
 *
 * @param <T> the Java type of the values
 */
public final class ParameterType<T> {
    /** A finite real number. */
    public static final ParameterType<Double> REAL = new ParameterType<>("real", Double.class, List.of(), v -> v);
    /** An integer. */
    public static final ParameterType<Integer> INTEGER = new ParameterType<>("integer", Integer.class, List.of(),
            v -> v);
    /** On or off. */
    public static final ParameterType<Boolean> FLAG = new ParameterType<>("flag", Boolean.class, List.of(), null);
    /** Free text (a file name, a label). */
    public static final ParameterType<String> TEXT = new ParameterType<>("text", String.class, List.of(), null);
    /** A list of finite real numbers (weights, positions); the range bounds every element. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final ParameterType<List<Double>> REAL_LIST = new ParameterType<>("list of reals",
            (Class<List<Double>>) (Class) List.class, List.of(), null);
    /** A list of texts or of choices. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final ParameterType<List<String>> TEXT_LIST = new ParameterType<>("list of texts",
            (Class<List<String>>) (Class) List.class, List.of(), null);

    private final String name;
    private final Class<T> javaType;
    private final List<String> choices;
    private final ToDoubleFunction<T> magnitude;

    private ParameterType(String name, Class<T> javaType, List<String> choices, ToDoubleFunction<T> magnitude) {
        this.name = name;
        this.javaType = javaType;
        this.choices = List.copyOf(choices);
        this.magnitude = magnitude;
    }

    /** One of the given options (method ids, initialisations, presets). */
    public static ParameterType<String> choice(String... options) {
        return new ParameterType<>("one of " + String.join(", ", options), String.class, List.of(options), null);
    }

    /**
     * A value type of another package.
     *
     * @param magnitude the number a declaration's range bounds, or {@code null} when the type has none
     */
    public static <T> ParameterType<T> custom(String name, Class<T> javaType, ToDoubleFunction<T> magnitude) {
        return new ParameterType<>(name, javaType, List.of(), magnitude);
    }

    /** Short name for help texts ("real", "integer", "one of a, b"). */
    public String name() {
        return name;
    }

    /** The Java class of the values. */
    public Class<T> javaType() {
        return javaType;
    }

    /** The options of a choice, else empty. */
    public List<String> choices() {
        return choices;
    }

    /** Whether the values are numbers a range can bound (reals, integers, ε). */
    public boolean isNumeric() {
        return magnitude != null;
    }

    /** The number a range bounds; only for numeric types. */
    double magnitude(T value) {
        return magnitude.applyAsDouble(value);
    }

    /** The value as this type, or an exception naming the path and the expected type. */
    T cast(String path, Object value) {
        if (!javaType.isInstance(value)) {
            throw new IllegalArgumentException(path + " must be " + article() + ", got "
                    + (value == null ? "nothing" : "'" + value + "'"));
        }
        return javaType.cast(value);
    }

    private String article() {
        return !choices.isEmpty() ? name : ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterType<?> t && t.name.equals(name) && t.javaType.equals(javaType)
                && t.choices.equals(choices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, javaType, choices);
    }
}
