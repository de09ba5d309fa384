package vn.kehoach.cli.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * The part of SARIF 2.1.0 that kehoach writes, as typed records named after the specification's objects
 * (§3.13 sarifLog, §3.14 run, §3.18 tool, §3.19 toolComponent, §3.49 reportingDescriptor, §3.27 result, ...).
 * Null components are left out of the JSON; {@link #write} serializes a log once.
 */
final class Sarif {
    /** The schema this output conforms to. */
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String VERSION = "2.1.0";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Sarif() {
    }

    /** The log as indented JSON with a final newline. */
    static String write(Log log) {
        try {
            return MAPPER.writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SARIF log cannot be serialized: " + e.getOriginalMessage(), e);
        }
    }

    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    record Run(Tool tool, List<Invocation> invocations, String language, String columnKind, List<Result> results) {
    }

    record Tool(ToolComponent driver) {
    }

    record ToolComponent(String name, String version, String informationUri, List<ReportingDescriptor> rules) {
    }

    record ReportingDescriptor(String id, MultiformatMessageString shortDescription,
            MultiformatMessageString fullDescription, MultiformatMessageString help,
            ReportingConfiguration defaultConfiguration) {
    }

    record MultiformatMessageString(String text) {
    }

    /** {@code enabled} null means the default (true); {@code level} null means the default or unchanged. */
    record ReportingConfiguration(Boolean enabled, String level) {
    }

    record Invocation(boolean executionSuccessful, List<ConfigurationOverride> ruleConfigurationOverrides,
            List<Notification> toolExecutionNotifications) {
    }

    record ConfigurationOverride(ReportingConfiguration configuration, ReportingDescriptorReference descriptor) {
    }

    record ReportingDescriptorReference(String id, Integer index) {
    }

    record Notification(String level, Message message, List<Location> locations) {
    }

    record Result(String ruleId, Integer ruleIndex, String level, Message message, List<Location> locations) {
    }

    record Message(String text) {
    }

    record Location(PhysicalLocation physicalLocation) {
    }

    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    /** {@code uri} for a file, or only a {@code description} for standard input, which has no URI. */
    record ArtifactLocation(String uri, Message description) {
    }

    record Region(int startLine, Integer startColumn) {
    }
}
