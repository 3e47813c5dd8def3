package org.otexplorer.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.otexplorer.regression.Trace;
import org.otexplorer.regression.TraceEntry;

/**
 * The shared Jackson mapper. Doubles are written in a shortest round-trip representation by Jackson's Schubfach
 * writer ({@code USE_FAST_DOUBLE_WRITER}: parsing the text gives back the identical double; about twice as fast as
 * {@code Double.toString}, which the 15 MB Hessian of {@code otx derivatives} at N = 400 feels); unknown fields are
 * rejected when reading, and so are duplicate keys and fractions where an integer belongs. Results never hold
 * non-finite numbers, so none are written.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // 20.5 for an integer is an error, not 20; a key given twice is an error, not the last value.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            // Trace numbers that are unknown (no truth, no test set) are left out rather than written as null.
            .addMixIn(Trace.Summary.class, OmitNulls.class)
            .addMixIn(TraceEntry.class, OmitNulls.class)
            .build();

    /** Leaves out the null components of a record when writing it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private abstract static class OmitNulls {
    }

    private Json() {
    }

    /** The shared mapper (thread-safe once configured; do not reconfigure). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes a value as JSON to a file, or to the writer when {@code file} is null. */
    public static void write(Object value, Path file, Writer fallback) {
        try {
            if (file == null) {
                MAPPER.writeValue(fallback, value);
                fallback.write(System.lineSeparator());
                fallback.flush();
            } else {
                AtomicFiles.write(file, out -> MAPPER.writeValue(out, value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to " + (file == null ? "stdout" : file) + ": "
                    + e.getMessage(), e);
        }
    }
}
