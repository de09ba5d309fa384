package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads and writes the plan JSON contract: camelCase keys, ISO dates, enums by name, nulls omitted.
 *
 * <p>Thread-safe; the mapper is configured once.
 */
public final class PlanJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private PlanJson() {
    }

    /** The configured mapper, for callers that serialize parts of the model (a deadline, a diagnostic). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Compact JSON on one line. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model cannot be serialized: " + e.getOriginalMessage(), e);
        }
    }

    /** Indented JSON with a trailing newline, as stored in samples/. */
    public static String writePretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model cannot be serialized: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a document written by {@link #write}. */
    public static PlanDocument read(String json) throws IOException {
        return MAPPER.readValue(json, PlanDocument.class);
    }

    /** Reads a document written by {@link #write}. */
    public static PlanDocument read(InputStream json) throws IOException {
        return MAPPER.readValue(json, PlanDocument.class);
    }

    /** The JSON Schema (draft 2020-12) of the contract, as shipped in this module. */
    public static String schema() {
        try (InputStream in = PlanJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Classpath location of the JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/vn/kehoach/model/plan-v1.schema.json";
}
