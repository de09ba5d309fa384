package vn.kehoach.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * Validates plan JSON against the shipped JSON Schema ({@link PlanJson#schema()}), with {@code format}
 * asserted (so "2013-13-45" fails as a date). Other modules' tests use it through the model's test-jar.
 *
 * <p>Thread-safe: the compiled schema is built once.
 */
public final class SchemaAssertions {
    private static final Schema SCHEMA = SchemaRegistry
            .withDefaultDialect(SpecificationVersion.DRAFT_2020_12, registry -> registry.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(PlanJson.schema(), InputFormat.JSON);

    private SchemaAssertions() {
    }

    /** The violations of {@code json}, each as "instance path: message"; empty when it conforms. */
    public static List<String> violations(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** Fails with every violation listed unless {@code plan}, serialized by {@link PlanJson#write}, conforms. */
    public static void assertConforms(PlanDocument plan) {
        assertConforms(PlanJson.write(plan), plan.source().path());
    }

    /** Fails with every violation listed unless {@code json} conforms; {@code name} goes into the message. */
    public static void assertConforms(String json, String name) {
        assertThat(violations(json)).as("schema violations of %s", name).isEmpty();
    }
}
