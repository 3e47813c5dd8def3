package org.otexplorer.io;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A scenario: the whole state a user sees (DESIGN.md "Scenario files"), saved as versioned JSON. The GUI,
 * {@code otx fit} and {@code otx export} read the same files, so a figure can be regenerated from its
 * scenario. The top-level {@code seed} drives all randomness.
 *
 * @param schema      file-format version, currently {@value #SCHEMA_VERSION}
 * @param name        a short title
 * @param description what the scenario teaches (shown in the explorer)
 * @param seed        seed of every random draw
 * @param data        data generator and its parameters
 * @param engine      OT solver settings
 * @param regression  regression settings, or {@code null} for a pure OT scenario
 * @param view        view settings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scenario(Integer schema, String name, String description, Long seed, DataSpec data,
                       EngineSpec engine, RegressionSpec regression, ViewSpec view) {
    /** The schema version this build reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    /** Fills defaults for missing optional parts. */
    public Scenario {
        schema = schema == null ? SCHEMA_VERSION : schema;
        name = name == null ? "Untitled" : name;
        description = description == null ? "" : description;
        seed = seed == null ? 0L : seed;
        data = data == null ? DataSpec.defaults() : data;
        engine = engine == null ? EngineSpec.defaults() : engine;
        view = view == null ? ViewSpec.defaults() : view;
    }

    /** Throws {@link IllegalArgumentException} naming the first field that is out of range. */
    public Scenario validate() {
        if (schema != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schema: version " + schema + " is not supported (this build reads "
                    + SCHEMA_VERSION + ")");
        }
        data.validate("data");
        engine.validate("engine");
        if (regression != null) {
            regression.validate("regression");
        }
        view.validate("view");
        return this;
    }

    public Scenario withData(DataSpec value) {
        return new Scenario(schema, name, description, seed, value, engine, regression, view);
    }

    public Scenario withEngine(EngineSpec value) {
        return new Scenario(schema, name, description, seed, data, value, regression, view);
    }

    public Scenario withRegression(RegressionSpec value) {
        return new Scenario(schema, name, description, seed, data, engine, value, view);
    }

    public Scenario withView(ViewSpec value) {
        return new Scenario(schema, name, description, seed, data, engine, regression, value);
    }

    public Scenario withSeed(long value) {
        return new Scenario(schema, name, description, value, data, engine, regression, view);
    }

    public Scenario withName(String value) {
        return new Scenario(schema, value, description, seed, data, engine, regression, view);
    }
}
