package org.otexplorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import org.otexplorer.engine.CostScale;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.SolverParameters;
import org.otexplorer.engine.SolverSettings;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterValues;

/**
 * Engine settings of a scenario: the method id and the values of the solver parameters
 * ({@link SolverFactory#allParameters()}: each solver declares what it reads). The section may hold the values
 * of every solver's parameters, so that switching methods loses nothing; unknown keys are rejected. ε is written
 * as {@code epsilon} with {@code relativeEpsilon} (absent: relative to the mean cost, see {@link ParameterJson}).
 * Parameters that are not set take their declared defaults.
 *
 * @param method the solver method id
 * @param values the parameter values set
 */
@JsonSerialize(using = EngineSpec.Writer.class)
@JsonDeserialize(using = EngineSpec.Reader.class)
public record EngineSpec(String method, ParameterValues values) {
    private static final String METHOD = "method";

    /** Fills defaults for missing parts. */
    public EngineSpec {
        method = method == null ? "sinkhorn-log" : method;
        values = values == null ? ParameterValues.empty() : values;
    }

    /** Defaults: log-domain Sinkhorn at ε = 0.05·mean(C). */
    public static EngineSpec defaults() {
        return new EngineSpec(null, null);
    }

    void validate(String path) {
        Fields.oneOf(path + "." + METHOD, method, SolverFactory.methodIds());
    }

    /** A parameter's value (its declared default when not set). */
    public <T> T get(Parameter<T> p) {
        return values.get(p);
    }

    /** A copy with a parameter set, checked against its declaration. */
    public <T> EngineSpec with(Parameter<T> p, T value) {
        return new EngineSpec(method, values.with(p, value));
    }

    public EngineSpec withMethod(String value) {
        return new EngineSpec(value, values);
    }

    /** ε as given: value and reference. */
    public Epsilon epsilon() {
        return get(SolverParameters.EPSILON);
    }

    /** A copy with ε's value changed and its reference kept. */
    public EngineSpec withEpsilonValue(double value) {
        return with(SolverParameters.EPSILON, epsilon().withValue(value));
    }

    /** A copy with ε relative to the mean cost ({@code relative}) or absolute. */
    public EngineSpec withEpsilon(double value, boolean relative) {
        return with(SolverParameters.EPSILON, relative ? Epsilon.relativeToMean(value) : Epsilon.absolute(value));
    }

    public double tolerance() {
        return get(SolverParameters.TOLERANCE);
    }

    public int maxIterations() {
        return get(SolverParameters.MAX_ITERATIONS);
    }

    public EngineSpec withStopping(double tol, int maxIter) {
        return with(SolverParameters.TOLERANCE, tol).with(SolverParameters.MAX_ITERATIONS, maxIter);
    }

    /** The absolute ε for this problem ({@link Epsilon#absolute}). */
    public double absoluteEpsilon(CostScale problem) {
        return epsilon().absolute(problem);
    }

    /** Solver settings for the given problem (resolving a relative ε and relative radii ρ). */
    public SolverSettings toSettings(TransportProblem problem) {
        return SolverSettings.of(values, problem);
    }

    /** Reads the section: {@code method} and the declared solver parameters. */
    static final class Reader extends JsonDeserializer<EngineSpec> {
        @Override
        public EngineSpec deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            JsonNode method = node.get(METHOD);
            if (method != null && !method.isTextual()) {
                throw new IllegalArgumentException("engine.method must be a method id, got " + method);
            }
            return new EngineSpec(method == null ? null : method.asText(),
                    ParameterJson.read("engine", node, SolverFactory.allParameters(), Set.of(METHOD)));
        }
    }

    /** Writes the section: {@code method} and the parameters set. */
    static final class Writer extends JsonSerializer<EngineSpec> {
        @Override
        public void serialize(EngineSpec spec, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeStringField(METHOD, Objects.requireNonNull(spec.method()));
            ParameterJson.write(out, spec.values(), SolverFactory.allParameters());
            out.writeEndObject();
        }
    }
}
