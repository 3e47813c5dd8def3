package org.otexplorer.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.workbench.Workbenches;

/**
 * A scenario: the whole state a user sees, saved as versioned JSON. The GUI, {@code otx fit} and
 * {@code otx export} read the same files, so a figure can be regenerated from its scenario. The top-level
 * {@code seed} drives all randomness; {@code workbench} names the workbench the scenario opens in; the sections
 * {@code data}, {@code engine}, {@code regression} and {@code view} are the transport workbench's, and every
 * other top-level key is a section a registered workbench declares ({@link Workbenches#section}).
 *
 * @param schema      file-format version, currently {@value #SCHEMA_VERSION}
 * @param name        a short title
 * @param description what the scenario teaches (shown in the explorer)
 * @param seed        seed of every random draw
 * @param workbench   the workbench it opens in ({@link Workbenches#DEFAULT} when absent)
 * @param data        data generator and its parameters
 * @param engine      OT solver settings
 * @param regression  regression settings, or {@code null} for a pure OT scenario
 * @param view        view settings
 * @param sections    the other workbenches' sections, by name (values checked against their declarations)
 */
@JsonSerialize(using = ScenarioJson.Writer.class)
@JsonDeserialize(using = ScenarioJson.Reader.class)
public record Scenario(Integer schema, String name, String description, Long seed, String workbench, DataSpec data,
                       EngineSpec engine, RegressionSpec regression, ViewSpec view,
                       Map<String, ParameterValues> sections) {
    /** The schema version this build reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    /** Fills defaults for missing optional parts. */
    public Scenario {
        schema = schema == null ? SCHEMA_VERSION : schema;
        name = name == null ? "Untitled" : name;
        description = description == null ? "" : description;
        seed = seed == null ? 0L : seed;
        workbench = workbench == null ? Workbenches.DEFAULT : workbench;
        data = data == null ? DataSpec.defaults() : data;
        engine = engine == null ? EngineSpec.defaults() : engine;
        view = view == null ? ViewSpec.defaults() : view;
        sections = sections == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** A scenario of the transport workbench (the shared sections only). */
    public Scenario(Integer schema, String name, String description, Long seed, DataSpec data, EngineSpec engine,
                    RegressionSpec regression, ViewSpec view) {
        this(schema, name, description, seed, null, data, engine, regression, view, null);
    }

    /** Throws {@link IllegalArgumentException} naming the first field that is out of range. */
    public Scenario validate() {
        if (schema != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schema: version " + schema + " is not supported (this build reads "
                    + SCHEMA_VERSION + ")");
        }
        Fields.oneOf("workbench", workbench, Workbenches.ids());
        data.validate("data");
        engine.validate("engine");
        if (regression != null) {
            regression.validate("regression");
        }
        view.validate("view", coordinateLimit(), regression != null ? "the largest dimension"
                : "data.d = " + data.d() + (data.d() == 1 ? ": points on rails" : ""));
        for (String section : sections.keySet()) {
            if (Workbenches.section(section) == null) {
                throw new IllegalArgumentException(section + ": no workbench declares this section");
            }
        }
        return this;
    }

    /**
     * The largest coordinate the source-and-target panel may draw ({@code view.xCoordinate},
     * {@code view.yCoordinate}): the points' dimension {@code data.d}, at least 2 (the default pair 1, 2 stands for
     * one-dimensional points, which lie on rails); for a regression scenario, whose panel draws the model's
     * responses (of a dimension the model decides, not {@code data.d}), {@link DataSpec#MAX_DIMENSION}. Points
     * with fewer coordinates than a valid choice (a regression's responses, the unit circle's two) are drawn on
     * coordinates 1 and 2 instead.
     */
    public int coordinateLimit() {
        return regression != null ? DataSpec.MAX_DIMENSION : Math.max(2, data.d());
    }

    /** A section's values (empty: every parameter at its default). */
    public ParameterValues section(String name) {
        return sections.getOrDefault(name, ParameterValues.empty());
    }

    public Scenario withSection(String sectionName, ParameterValues values) {
        Map<String, ParameterValues> next = new LinkedHashMap<>(sections);
        next.put(sectionName, values);
        return new Scenario(schema, name, description, seed, workbench, data, engine, regression, view, next);
    }

    public Scenario withWorkbench(String value) {
        return new Scenario(schema, name, description, seed, value, data, engine, regression, view, sections);
    }

    /**
     * Other data; a chosen coordinate the new data do not have (a smaller d) falls back to coordinates 1 and 2 in
     * the same edit ({@link ViewSpec#withCoordinatesWithin}), so the scenario stays valid and undo brings both back.
     */
    public Scenario withData(DataSpec value) {
        return new Scenario(schema, name, description, seed, workbench, value, engine, regression, view, sections)
                .withCoordinatesFitted();
    }

    public Scenario withEngine(EngineSpec value) {
        return new Scenario(schema, name, description, seed, workbench, data, value, regression, view, sections);
    }

    /** Other regression settings ({@code null}: a pure OT scenario); the coordinates fall back as for new data. */
    public Scenario withRegression(RegressionSpec value) {
        return new Scenario(schema, name, description, seed, workbench, data, engine, value, view, sections)
                .withCoordinatesFitted();
    }

    private Scenario withCoordinatesFitted() {
        ViewSpec fitted = view.withCoordinatesWithin(coordinateLimit());
        return fitted == view ? this : withView(fitted);
    }

    public Scenario withView(ViewSpec value) {
        return new Scenario(schema, name, description, seed, workbench, data, engine, regression, value, sections);
    }

    public Scenario withSeed(long value) {
        return new Scenario(schema, name, description, value, workbench, data, engine, regression, view, sections);
    }

    public Scenario withName(String value) {
        return new Scenario(schema, value, description, seed, workbench, data, engine, regression, view, sections);
    }
}
