package org.otexplorer.parameters;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Values of declared parameters, immutable: what a scenario section, an {@code otx} invocation or a panel set.
 * A parameter that was not set reads as its declared default. Every value is checked against its declaration
 * when it is set ({@link Parameter#check}), so a held value is always of the right type and in range.
 */
public final class ParameterValues {
    private static final ParameterValues EMPTY = new ParameterValues(Map.of());

    private final Map<String, Object> values;

    private ParameterValues(Map<String, Object> values) {
        this.values = values;
    }

    /** No value set: every parameter reads as its default. */
    public static ParameterValues empty() {
        return EMPTY;
    }

    /** The value set for {@code p}, or its default. */
    public <T> T get(Parameter<T> p) {
        Object v = values.get(p.name());
        return v == null ? p.defaultValue() : p.type().cast(p.name(), v);
    }

    /** Whether a value was set for {@code p} (even one equal to its default). */
    public boolean isSet(Parameter<?> p) {
        return values.containsKey(p.name());
    }

    /**
     * A copy with {@code p} set to {@code value}.
     *
     * @throws IllegalArgumentException when the value does not fit the declaration (the message names it)
     */
    public <T> ParameterValues with(Parameter<T> p, T value) {
        return with(p.name(), p, value);
    }

    /**
     * A copy with {@code p} set to an untyped value (read from a file or a command line), checked against the
     * declaration; {@code path} names where it came from in the message.
     */
    public ParameterValues withChecked(String path, Parameter<?> p, Object value) {
        return with(path, p, value);
    }

    private ParameterValues with(String path, Parameter<?> p, Object value) {
        Map<String, Object> next = new LinkedHashMap<>(values);
        next.put(p.name(), p.check(path, value));
        return new ParameterValues(Collections.unmodifiableMap(next));
    }

    /** A copy without a value for {@code p} (it reads as its default again). */
    public ParameterValues without(Parameter<?> p) {
        if (!values.containsKey(p.name())) {
            return this;
        }
        Map<String, Object> next = new LinkedHashMap<>(values);
        next.remove(p.name());
        return new ParameterValues(Collections.unmodifiableMap(next));
    }

    /** The set values by name, in the order they were set (for writing files). */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
