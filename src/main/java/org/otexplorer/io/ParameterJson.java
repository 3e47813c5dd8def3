package org.otexplorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterType;
import org.otexplorer.parameters.ParameterValues;

/**
 * Declared parameters in scenario JSON: one key per parameter, its value checked against the declaration
 * (an integer must be written as one: {@code 20.5} and {@code 20.0} are rejected, not truncated), unknown keys rejected with a
 * message naming them and listing the known ones. An ε ({@link Epsilon#TYPE}) named {@code x} takes up to three
 * keys — {@code x} (the value), {@code relativeX} (absent or {@code true}: relative; {@code false}: absolute)
 * and {@code xRelativeTo} ({@code "mean"}, the default, or {@code "max"}) — so {@code relativeEpsilon} absent
 * means the same in every section: relative to the mean cost. This class is the one conversion between files
 * and {@link Epsilon}.
 */
final class ParameterJson {
    private ParameterJson() {
    }

    /**
     * Reads the declared parameters of an object.
     *
     * @param path     the object's JSON path, for messages ({@code engine})
     * @param node     the object
     * @param declared the parameters the object may hold
     * @param skip     keys the caller reads itself ({@code method})
     * @throws IllegalArgumentException naming the key for an unknown key or a bad value
     */
    static ParameterValues read(String path, JsonNode node, Collection<Parameter<?>> declared, Set<String> skip) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(path + " must be an object, got " + node.getNodeType());
        }
        Map<String, Parameter<?>> byKey = new LinkedHashMap<>();
        for (Parameter<?> p : declared) {
            for (String key : keys(p)) {
                byKey.put(key, p);
            }
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!skip.contains(key) && !byKey.containsKey(key)) {
                Set<String> known = new TreeSet<>(byKey.keySet());
                known.addAll(skip);
                throw new IllegalArgumentException(path + "." + key + ": unknown parameter; " + path + " takes "
                        + String.join(", ", known));
            }
        }
        ParameterValues values = ParameterValues.empty();
        for (Parameter<?> p : declared) {
            if (p.type() == Epsilon.TYPE) {
                Epsilon e = readEpsilon(path, (ObjectNode) node, p.name());
                values = e == null ? values : values.withChecked(path + "." + p.name(), p, e);
            } else if (node.has(p.name())) {
                String where = path + "." + p.name();
                values = values.withChecked(where, p, value(where, node.get(p.name()), p.type()));
            }
        }
        return values;
    }

    /** Writes the set values, each ε as its value and reference keys. */
    static void write(JsonGenerator out, ParameterValues values, Collection<Parameter<?>> declared)
            throws IOException {
        for (Parameter<?> p : declared) {
            if (!values.isSet(p)) {
                continue;
            }
            Object v = values.get(p);
            if (v instanceof Epsilon e) {
                out.writeNumberField(p.name(), e.value());
                out.writeBooleanField(relativeKey(p.name()), e.isRelative());
                if (e.reference() == Epsilon.Reference.MAX_COST) {
                    out.writeStringField(p.name() + "RelativeTo", "max");
                }
            } else {
                out.writeObjectField(p.name(), v);
            }
        }
    }

    /** The JSON keys a parameter occupies. */
    static List<String> keys(Parameter<?> p) {
        return p.type() == Epsilon.TYPE ? List.of(p.name(), relativeKey(p.name()), p.name() + "RelativeTo")
                : List.of(p.name());
    }

    private static Epsilon readEpsilon(String path, ObjectNode node, String name) {
        JsonNode value = node.get(name);
        JsonNode relative = node.get(relativeKey(name));
        JsonNode reference = node.get(name + "RelativeTo");
        if (value != null && !value.isNumber()) {
            throw new IllegalArgumentException(path + "." + name + " must be a number, got " + value);
        }
        if (relative != null && !relative.isBoolean()) {
            throw new IllegalArgumentException(path + "." + relativeKey(name) + " must be true or false, got "
                    + relative);
        }
        if (reference != null && !reference.isTextual()) {
            throw new IllegalArgumentException(path + "." + name + "RelativeTo must be \"mean\" or \"max\", got "
                    + reference);
        }
        return epsilon(path, name, value == null ? null : value.doubleValue(),
                relative == null ? null : relative.booleanValue(), reference == null ? null : reference.asText());
    }

    /**
     * The one rule from the keys of an ε named {@code name} to an {@link Epsilon}: absent value, no ε (then the
     * reference keys must be absent too); {@code relativeX} absent or true: relative, to the mean cost unless
     * {@code xRelativeTo} is {@code "max"}; false: absolute.
     *
     * @return the ε, or {@code null} when none is given
     * @throws IllegalArgumentException naming the key for an inconsistent or out-of-range combination
     */
    static Epsilon epsilon(String path, String name, Double value, Boolean relative, String relativeTo) {
        if (value == null) {
            if (relative != null || relativeTo != null) {
                throw new IllegalArgumentException(path + "." + (relative != null ? relativeKey(name) : name
                        + "RelativeTo") + " is given without " + path + "." + name);
            }
            return null;
        }
        boolean isRelative = relative == null || relative;
        if (relativeTo != null && !List.of("mean", "max").contains(relativeTo)) {
            throw new IllegalArgumentException(path + "." + name + "RelativeTo must be \"mean\" or \"max\", got '"
                    + relativeTo + "'");
        }
        if (!isRelative && relativeTo != null) {
            throw new IllegalArgumentException(path + "." + name + "RelativeTo is given but " + path + "."
                    + relativeKey(name) + " is false");
        }
        try {
            return !isRelative ? Epsilon.absolute(value) : "max".equals(relativeTo) ? Epsilon.relativeToMax(value)
                    : Epsilon.relativeToMean(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + "." + name + ": " + e.getMessage(), e);
        }
    }

    private static String relativeKey(String name) {
        return "relative" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A JSON value as the Java value of a type; the declaration then checks its range. */
    private static Object value(String path, JsonNode node, ParameterType<?> type) {
        if (type == ParameterType.REAL) {
            return number(path, node);
        }
        if (type == ParameterType.INTEGER) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw new IllegalArgumentException(path + " must be an integer, got " + node);
            }
            return node.intValue();
        }
        if (type == ParameterType.FLAG) {
            if (!node.isBoolean()) {
                throw new IllegalArgumentException(path + " must be true or false, got " + node);
            }
            return node.booleanValue();
        }
        if (type == ParameterType.REAL_LIST || type == ParameterType.TEXT_LIST) {
            if (!node.isArray()) {
                throw new IllegalArgumentException(path + " must be a list, got " + node);
            }
            List<Object> out = new ArrayList<>();
            for (int k = 0; k < node.size(); k++) {
                out.add(type == ParameterType.REAL_LIST ? number(path + "[" + k + "]", node.get(k))
                        : text(path + "[" + k + "]", node.get(k)));
            }
            return List.copyOf(out);
        }
        return text(path, node);
    }

    private static double number(String path, JsonNode node) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException(path + " must be a number, got " + node);
        }
        return node.doubleValue();
    }

    private static String text(String path, JsonNode node) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException(path + " must be a text, got " + node);
        }
        return node.asText();
    }
}
