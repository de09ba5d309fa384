package vn.kehoach.parser;

import java.util.List;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.PlanMetadata;
import vn.kehoach.model.Source;
import vn.kehoach.parser.extract.ExtractedDocument;
import vn.kehoach.parser.normalize.NormalizedText;

/** Runs the understanding stages over normalized text and puts their results together. */
final class PlanAssembler {

    PlanDocument assemble(ExtractedDocument extracted, NormalizedText text) {
        Source source = new Source(extracted.name(), extracted.mediaType(), extracted.sha256(), text.characters());
        return new PlanDocument(PlanDocument.SCHEMA_VERSION, source, PlanMetadata.EMPTY, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
