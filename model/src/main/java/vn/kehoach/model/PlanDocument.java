package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Everything kehoach extracted from one input: the top level of the plan JSON contract.
 *
 * <p>Lists are never null (absent means empty) and are unmodifiable.
 *
 * @param schemaVersion always {@link #SCHEMA_VERSION}
 * @param source where the document came from
 * @param document header metadata
 * @param legalBases documents cited in the "Căn cứ ..." / "Thực hiện ..." preamble
 * @param sections the outline
 * @param objectives goals and quantitative targets
 * @param tasks every task, from the body and from appendix tables
 * @param responsibilities duties assigned per agency in the organization part
 * @param agencies every distinct agency in lead, cooperating or responsibility roles
 * @param diagnostics what the parser and validator found wrong
 * @param timeline the times the body states outside tasks and targets (an addition to the contract)
 */
@JsonPropertyOrder({"schemaVersion", "source", "document", "legalBases", "sections", "objectives", "tasks",
        "responsibilities", "agencies", "diagnostics", "timeline"})
public record PlanDocument(
        String schemaVersion,
        Source source,
        PlanMetadata document,
        List<LegalBasis> legalBases,
        List<Section> sections,
        List<Objective> objectives,
        List<Task> tasks,
        List<Responsibility> responsibilities,
        List<Agency> agencies,
        List<Diagnostic> diagnostics,
        List<TimelineEntry> timeline) {

    /** The contract version this model writes. */
    public static final String SCHEMA_VERSION = "1";

    public PlanDocument {
        schemaVersion = schemaVersion == null ? SCHEMA_VERSION : schemaVersion;
        Objects.requireNonNull(source, "source");
        document = document == null ? PlanMetadata.EMPTY : document;
        legalBases = Lists.copy(legalBases);
        sections = Lists.copy(sections);
        objectives = Lists.copy(objectives);
        tasks = Lists.copy(tasks);
        responsibilities = Lists.copy(responsibilities);
        agencies = Lists.copy(agencies);
        diagnostics = Lists.copy(diagnostics);
        timeline = Lists.copy(timeline);
    }
}
