package vn.kehoach.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

/** The JSON Schema of the contract against the model that writes it, and against the spec's keys. */
class SchemaTest {

    @Test
    void fullyPopulatedPlanConforms() {
        SchemaAssertions.assertConforms(FullPlan.plan());
    }

    @Test
    void emptyPlanConforms() {
        PlanDocument empty = new PlanDocument(null, new Source("-", "text/plain", "0".repeat(64), 0), null, null,
                null, null, null, null, null, null, null);
        SchemaAssertions.assertConforms(empty);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DocumentType.class)
    void planOfEveryDocumentTypeConforms(DocumentType type) {
        SchemaAssertions.assertConforms(FullPlan.plan(type, SigningAuthority.TM));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SigningAuthority.class)
    @NullSource
    void planWithEverySigningAuthorityConforms(SigningAuthority authority) {
        SchemaAssertions.assertConforms(FullPlan.plan(DocumentType.QUYET_DINH, authority));
    }

    @Test
    void fullPlanUsesEveryConstantOfTheOtherEnumerations() {
        PlanDocument plan = FullPlan.plan();
        List<Deadline> deadlines = new ArrayList<>();
        plan.tasks().forEach(t -> collect(t.deadline(), deadlines));
        plan.objectives().forEach(o -> o.targets().forEach(t -> collect(t.deadline(), deadlines)));
        List<Section> sections = new ArrayList<>();
        plan.sections().forEach(s -> collect(s, sections));

        assertThat(plan.agencies().stream().map(Agency::kind)).containsAll(EnumSet.allOf(AgencyKind.class));
        assertThat(deadlines.stream().map(Deadline::kind)).containsAll(EnumSet.allOf(DeadlineKind.class));
        assertThat(deadlines.stream().filter(d -> d.recurrence() != null).map(d -> d.recurrence().frequency()))
                .containsAll(EnumSet.allOf(Frequency.class));
        assertThat(sections.stream().map(Section::role)).containsAll(EnumSet.allOf(SectionRole.class));
        assertThat(plan.objectives().stream().flatMap(o -> o.targets().stream()).map(Target::comparator))
                .containsAll(EnumSet.allOf(Comparison.class));
        assertThat(plan.objectives().stream().map(Objective::kind)).containsAll(EnumSet.allOf(ObjectiveKind.class));
        assertThat(plan.tasks().stream().map(Task::origin)).containsAll(EnumSet.allOf(TaskOrigin.class));
        assertThat(plan.diagnostics().stream().map(Diagnostic::severity)).containsAll(EnumSet.allOf(Severity.class));
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("unknown document type", "/document/type", n -> obj(n, "/document").put("type", "KEHOACH")),
                broken("unknown deadline kind", "/tasks/1/deadline/kind",
                        n -> obj(n, "/tasks/1/deadline").put("kind", "SOON")),
                broken("lower-case agency kind", "/agencies/0/kind", n -> obj(n, "/agencies/0").put("kind", "department")),
                broken("impossible date 2013-13-45", "/document/issuedOn",
                        n -> obj(n, "/document").put("issuedOn", "2013-13-45")),
                broken("date in Vietnamese order", "/legalBases/0/issuedOn",
                        n -> obj(n, "/legalBases/0").put("issuedOn", "22/06/2023")),
                broken("missing source", "", n -> n.remove("source")),
                broken("schemaVersion 2", "/schemaVersion", n -> n.put("schemaVersion", "2")),
                broken("schemaVersion as a number", "/schemaVersion", n -> n.put("schemaVersion", 1)),
                broken("agency without name", "/agencies/0", n -> obj(n, "/agencies/0").remove("name")),
                broken("issuer without collective", "/document/issuer",
                        n -> obj(n, "/document/issuer").remove("collective")),
                broken("upper-case sha256", "/source/sha256",
                        n -> obj(n, "/source").put("sha256", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08")),
                broken("tasks missing", "", n -> n.remove("tasks")),
                broken("tasks null", "/tasks", n -> n.putNull("tasks")),
                broken("empty title", "/document/title", n -> obj(n, "/document").put("title", "")),
                broken("line 0", "/tasks/0/line", n -> obj(n, "/tasks/0").put("line", 0)),
                broken("period year as a string", "/document/period/from",
                        n -> obj(n, "/document/period").put("from", "2025")),
                broken("milestone with a bad kind", "/tasks/15/deadline/milestones/0/kind",
                        n -> obj(n, "/tasks/15/deadline/milestones/0").put("kind", "LATER")),
                broken("child section without role", "/sections/1/children/0",
                        n -> obj(n, "/sections/1/children/0").remove("role")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void schemaRejects(String what, String path, Consumer<ObjectNode> damage) throws IOException {
        ObjectNode json = (ObjectNode) PlanJson.mapper().readTree(PlanJson.write(FullPlan.plan()));
        damage.accept(json);

        List<String> violations = SchemaAssertions.violations(PlanJson.mapper().writeValueAsString(json));

        assertThat(violations).as(what).isNotEmpty();
        assertThat(violations).as(what).anyMatch(v -> v.startsWith(path + ": "));
    }

    @Test
    void explicitNullsAreAcceptedWhereValuesMayBeOmitted() throws IOException {
        ObjectNode json = (ObjectNode) PlanJson.mapper().readTree(PlanJson.write(FullPlan.plan()));
        obj(json, "/document").putNull("parentIssuer").putNull("period").putNull("issuedOn").putNull("title");
        obj(json, "/document/symbol").putNull("year");
        obj(json, "/document/signer").putNull("authority");
        obj(json, "/tasks/0").putNull("group").putNull("product").putNull("deadline");
        obj(json, "/tasks/2/deadline").putNull("recurrence").putNull("start").putNull("label");
        obj(json, "/diagnostics/0").putNull("line").putNull("column").putNull("excerpt");
        String text = PlanJson.mapper().writeValueAsString(json);

        SchemaAssertions.assertConforms(text, "plan with explicit nulls");
        assertThat(PlanJson.read(text).document().period()).isNull();
    }

    @Test
    void roundTripGivesAnEqualDocument() throws IOException {
        PlanDocument plan = FullPlan.plan();

        assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
        assertThat(PlanJson.read(PlanJson.writePretty(plan))).isEqualTo(plan);
    }

    @Test
    void serializedKeysAreTheSpecKeys() throws IOException {
        JsonNode json = PlanJson.mapper().readTree(PlanJson.write(FullPlan.plan()));

        // The spec's keys in its order, then the additions (fields may be added, never renamed or dropped).
        assertThat(keys(json)).containsExactly("schemaVersion", "source", "document", "legalBases", "sections",
                "objectives", "tasks", "responsibilities", "agencies", "diagnostics", "timeline");
        assertThat(keys(json.at("/timeline/0"))).containsExactly("context", "deadline", "line");
        assertThat(keys(json.at("/source"))).containsExactly("path", "mediaType", "sha256", "characters");
        assertThat(keys(json.at("/document"))).containsExactly("type", "typeName", "number", "symbol", "issuer",
                "parentIssuer", "place", "issuedOn", "title", "period", "signer", "recipients", "appendices");
        assertThat(keys(json.at("/document/symbol"))).containsExactlyInAnyOrder("number", "typeCode",
                "issuerCode");
        assertThat(keys(json.at("/document/signer"))).containsExactlyInAnyOrder("name", "position", "authority",
                "onBehalfOf");
        assertThat(keys(json.at("/document/period"))).containsExactlyInAnyOrder("from", "to");
        assertThat(keys(json.at("/legalBases/1"))).containsExactlyInAnyOrder("text", "type", "number", "issuedOn",
                "issuer", "title", "line");
        assertThat(keys(json.at("/tasks/1"))).containsExactlyInAnyOrder("ref", "origin", "text", "lead",
                "cooperating", "product", "deadline", "line");
        assertThat(keys(json.at("/tasks/15"))).containsExactlyInAnyOrder("ref", "origin", "text", "group", "lead",
                "cooperating", "product", "deadline", "line");
        assertThat(keys(json.at("/tasks/15/deadline"))).containsExactlyInAnyOrder("text", "kind", "start", "end",
                "milestones");
        assertThat(keys(json.at("/tasks/15/deadline/milestones/0"))).containsExactlyInAnyOrder("text", "kind",
                "start", "end", "milestones", "label");
        assertThat(keys(json.at("/tasks/8/deadline"))).containsExactlyInAnyOrder("text", "kind", "start", "end",
                "recurrence", "milestones");
        assertThat(keys(json.at("/tasks/8/deadline/recurrence"))).containsExactlyInAnyOrder("frequency", "within");
        assertThat(keys(json.at("/agencies/0"))).containsExactlyInAnyOrder("name", "canonical", "kind",
                "collective");
        assertThat(keys(json.at("/sections/1"))).containsExactlyInAnyOrder("ref", "heading", "role", "line",
                "children");
        assertThat(keys(json.at("/objectives/1"))).containsExactlyInAnyOrder("ref", "text", "kind", "targets",
                "line");
        assertThat(keys(json.at("/objectives/1/targets/0"))).containsExactlyInAnyOrder("text", "value", "unit",
                "comparator", "deadline");
        assertThat(keys(json.at("/responsibilities/0"))).containsExactlyInAnyOrder("agency", "duties", "line");
        assertThat(keys(json.at("/diagnostics/0"))).containsExactlyInAnyOrder("code", "severity", "message", "line",
                "column", "excerpt");
        assertThat(keys(json.at("/document/appendices/1"))).containsExactlyInAnyOrder("label", "number", "line");
    }

    @Test
    void valuesAreWrittenAsTheSpecSays() throws IOException {
        JsonNode json = PlanJson.mapper().readTree(PlanJson.write(FullPlan.plan()));

        assertThat(json.at("/schemaVersion").textValue()).isEqualTo("1");
        assertThat(json.at("/document/issuedOn").textValue()).isEqualTo("2025-03-05");
        assertThat(json.at("/tasks/15/deadline/start").textValue()).isEqualTo("2025-04-01");
        assertThat(json.at("/document/type").textValue()).isEqualTo("KE_HOACH");
        assertThat(json.at("/document/signer/authority").textValue()).isEqualTo("KT");
        assertThat(json.at("/document/issuer/collective").isBoolean()).isTrue();
        assertThat(json.at("/objectives/1/targets/0/value").isNumber()).isTrue();
        assertThat(json.at("/document/period/from").intValue()).isEqualTo(2025);
    }

    @Test
    void nullsAreOmittedAndEmptyListsKept() throws IOException {
        JsonNode json = PlanJson.mapper().readTree(PlanJson.write(FullPlan.plan()));

        assertThat(nodes(json)).noneMatch(JsonNode::isNull);
        assertThat(json.at("/document/symbol").has("year")).isFalse();
        assertThat(json.at("/tasks/0").has("deadline")).isFalse();
        assertThat(json.at("/tasks/0/cooperating")).isEqualTo(PlanJson.mapper().createArrayNode());
        assertThat(json.at("/tasks/1/deadline/milestones")).isEqualTo(PlanJson.mapper().createArrayNode());
        assertThat(json.at("/objectives/0/targets")).isEqualTo(PlanJson.mapper().createArrayNode());
        assertThat(json.at("/responsibilities/1/duties")).isEqualTo(PlanJson.mapper().createArrayNode());

        JsonNode empty = PlanJson.mapper().readTree(PlanJson.write(new PlanDocument(null,
                new Source("-", "text/plain", "0".repeat(64), 0), null, null, null, null, null, null, null, null, null)));
        for (String list : List.of("legalBases", "sections", "objectives", "tasks", "responsibilities", "agencies",
                "diagnostics", "timeline")) {
            assertThat(empty.get(list)).as(list).isEqualTo(PlanJson.mapper().createArrayNode());
        }
        assertThat(empty.at("/document/recipients")).isEqualTo(PlanJson.mapper().createArrayNode());
        assertThat(keys(empty.at("/document"))).containsExactly("type", "recipients", "appendices");
    }

    /** Each record's definition in the schema lists exactly the record's components, typed by the same enums. */
    @Test
    void schemaDefinitionsMatchTheModel() throws IOException {
        JsonNode schema = PlanJson.mapper().readTree(PlanJson.schema());
        JsonNode defs = schema.get("$defs");
        Map<Class<? extends Record>, JsonNode> definitions = Map.ofEntries(
                Map.entry(PlanDocument.class, schema), Map.entry(Source.class, defs.get("source")),
                Map.entry(PlanMetadata.class, defs.get("document")), Map.entry(Agency.class, defs.get("agency")),
                Map.entry(DocumentSymbol.class, defs.get("symbol")), Map.entry(Period.class, defs.get("period")),
                Map.entry(Signer.class, defs.get("signer")), Map.entry(Appendix.class, defs.get("appendix")),
                Map.entry(LegalBasis.class, defs.get("legalBasis")), Map.entry(Section.class, defs.get("section")),
                Map.entry(Recurrence.class, defs.get("recurrence")), Map.entry(Deadline.class, defs.get("deadline")),
                Map.entry(Target.class, defs.get("target")), Map.entry(Objective.class, defs.get("objective")),
                Map.entry(Task.class, defs.get("task")), Map.entry(Responsibility.class, defs.get("responsibility")),
                Map.entry(Diagnostic.class, defs.get("diagnostic")),
                Map.entry(TimelineEntry.class, defs.get("timelineEntry")));
        definitions.forEach((type, definition) -> {
            Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            assertThat(keys(definition.get("properties"))).as(type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(components);
        });

        Map<Class<? extends Enum<?>>, String> enums = Map.of(DocumentType.class, "documentType", AgencyKind.class,
                "agencyKind", SectionRole.class, "sectionRole", ObjectiveKind.class, "objectiveKind",
                Comparison.class, "comparison", DeadlineKind.class, "deadlineKind", Frequency.class, "frequency",
                SigningAuthority.class, "signingAuthority", Severity.class, "severity", TaskOrigin.class, "taskOrigin");
        enums.forEach((type, name) -> {
            List<String> inSchema = new ArrayList<>();
            defs.get(name).get("enum").forEach(v -> inSchema.add(v.textValue()));
            assertThat(inSchema).as(name).containsExactly(
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new));
        });
    }

    private static Arguments broken(String what, String path, Consumer<ObjectNode> damage) {
        return Arguments.of(what, path, damage);
    }

    private static ObjectNode obj(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static List<String> keys(JsonNode object) {
        assertThat(object.getNodeType()).isEqualTo(JsonNodeType.OBJECT);
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<JsonNode> nodes(JsonNode root) {
        List<JsonNode> all = new ArrayList<>();
        all.add(root);
        if (root.isContainerNode()) {
            root.elements().forEachRemaining(child -> all.addAll(nodes(child)));
        }
        return all;
    }

    private static void collect(Deadline deadline, List<Deadline> into) {
        if (deadline != null) {
            into.add(deadline);
            deadline.milestones().forEach(m -> collect(m, into));
        }
    }

    private static void collect(Section section, List<Section> into) {
        into.add(section);
        section.children().forEach(c -> collect(c, into));
    }
}
