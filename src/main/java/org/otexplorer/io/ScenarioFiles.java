package org.otexplorer.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads and saves scenario files. Loading is strict: invalid JSON, unknown fields and out-of-range values
 * are rejected with an {@link IllegalArgumentException} whose message names the file and the field.
 * Saving writes to a temporary file and moves it into place, so a failed save never destroys the old file.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /** Reads and validates a scenario file. */
    public static Scenario load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read scenario file " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scenario file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses and validates scenario JSON. */
    public static Scenario parse(String json) {
        Scenario s;
        try {
            JsonNode tree = Json.mapper().readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new IllegalArgumentException("empty scenario");
            }
            if (!tree.isObject()) {
                throw new IllegalArgumentException("a scenario is a JSON object, got " + tree.getNodeType());
            }
            if (!tree.has("schema")) {
                throw new IllegalArgumentException("schema: missing; a scenario file names its format version, "
                        + "\"schema\": " + Scenario.SCHEMA_VERSION);
            }
            s = Json.mapper().readValue(json, Scenario.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown field '" + e.getPropertyName() + "'" + where(e), e);
        } catch (com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
            // e.g. "n": 20.5 — never rounded or truncated quietly
            throw new IllegalArgumentException("invalid value" + where(e) + ": expected " + kind(e.getTargetType())
                    + ", got " + e.getValue(), e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof IllegalArgumentException named) {
                // A section reader's own message already names the field.
                throw new IllegalArgumentException(named.getMessage() + location(e.getLocation()), named);
            }
            throw new IllegalArgumentException("invalid value" + where(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON" + location(e.getLocation()) + ": "
                    + e.getOriginalMessage(), e);
        }
        if (s == null) {
            throw new IllegalArgumentException("empty scenario");
        }
        return s.validate();
    }

    private static String kind(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        return type == Boolean.class || type == boolean.class ? "true or false" : "a " + type.getSimpleName();
    }

    /** Serialises a scenario to JSON text. */
    public static String toJson(Scenario scenario) {
        try {
            return Json.mapper().writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise scenario: " + e.getOriginalMessage(), e);
        }
    }

    /** Validates and writes a scenario atomically (temporary file, then move). */
    public static void save(Scenario scenario, Path file) throws IOException {
        scenario.validate();
        byte[] json = (toJson(scenario) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, out -> out.write(json));
        } catch (java.io.UncheckedIOException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
    }

    private static String where(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
        return (path.isEmpty() ? "" : " at " + path) + location(e.getLocation());
    }

    private static String location(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }
}
