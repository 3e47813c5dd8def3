package org.otexplorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.workbench.ScenarioSection;
import org.otexplorer.workbench.Workbenches;

/**
 * Scenario files: the shared keys map to their records, every other top-level key must be a section some
 * registered workbench declares and is read against its declaration ({@link ParameterJson}); anything else is an
 * unknown field, named with the keys a scenario may hold.
 */
final class ScenarioJson {
    private static final List<String> SHARED = List.of("schema", "name", "description", "seed", "workbench", "data",
            "engine", "regression", "view");

    private ScenarioJson() {
    }

    /** Reads a scenario object token by token, so that errors keep their line and their JSON path. */
    static final class Reader extends JsonDeserializer<Scenario> {
        @Override
        public Scenario deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw JsonMappingException.from(p, "a scenario is a JSON object");
            }
            Map<String, Object> shared = new LinkedHashMap<>();
            Map<String, ParameterValues> sections = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                try {
                    if (SHARED.contains(key)) {
                        shared.put(key, ctxt.readValue(p, type(key)));
                    } else {
                        ScenarioSection section = Workbenches.section(key);
                        if (section == null) {
                            throw UnrecognizedPropertyException.from(p, Scenario.class, key, knownKeys());
                        }
                        JsonNode node = p.readValueAsTree();
                        sections.put(key, ParameterJson.read(key, node, section.parameters(), Set.of()));
                    }
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, Scenario.class, key);
                }
            }
            return new Scenario((Integer) shared.get("schema"), (String) shared.get("name"),
                    (String) shared.get("description"), (Long) shared.get("seed"), (String) shared.get("workbench"),
                    (DataSpec) shared.get("data"), (EngineSpec) shared.get("engine"),
                    (RegressionSpec) shared.get("regression"), (ViewSpec) shared.get("view"), sections);
        }

        private static Class<?> type(String key) {
            return switch (key) {
                case "schema" -> Integer.class;
                case "seed" -> Long.class;
                case "data" -> DataSpec.class;
                case "engine" -> EngineSpec.class;
                case "regression" -> RegressionSpec.class;
                case "view" -> ViewSpec.class;
                default -> String.class;
            };
        }

        private static List<Object> knownKeys() {
            List<Object> keys = new ArrayList<>(SHARED);
            keys.addAll(Workbenches.sections().keySet());
            return keys;
        }
    }

    /** Writes the shared keys, then the other workbenches' sections. */
    static final class Writer extends JsonSerializer<Scenario> {
        @Override
        public void serialize(Scenario s, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeNumberField("schema", s.schema());
            out.writeStringField("name", s.name());
            out.writeStringField("description", s.description());
            out.writeNumberField("seed", s.seed());
            out.writeStringField("workbench", s.workbench());
            provider.defaultSerializeField("data", s.data(), out);
            provider.defaultSerializeField("engine", s.engine(), out);
            if (s.regression() != null) {
                provider.defaultSerializeField("regression", s.regression(), out);
            }
            provider.defaultSerializeField("view", s.view(), out);
            for (Map.Entry<String, ParameterValues> e : s.sections().entrySet()) {
                ScenarioSection section = Workbenches.section(e.getKey());
                out.writeObjectFieldStart(e.getKey());
                ParameterJson.write(out, e.getValue(), section.parameters());
                out.writeEndObject();
            }
            out.writeEndObject();
        }
    }
}
