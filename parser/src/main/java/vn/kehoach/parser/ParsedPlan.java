package vn.kehoach.parser;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.kehoach.model.PlanDocument;

/**
 * A parsed document together with its source text, for tools that show findings in context (the text report of
 * {@code kehoach validate}). The source lines are the lines the output's {@code line} numbers count: for plain
 * text the file's lines, for other formats the extracted paragraphs and table cells.
 *
 * @param document the parsed document
 * @param sourceLines the source lines; line n is element n - 1
 */
public record ParsedPlan(PlanDocument document, List<String> sourceLines) {
    public ParsedPlan {
        Objects.requireNonNull(document, "document");
        sourceLines = List.copyOf(sourceLines);
    }

    /** Source line {@code line} (1-based), if there is one. */
    public Optional<String> sourceLine(int line) {
        return line >= 1 && line <= sourceLines.size() ? Optional.of(sourceLines.get(line - 1)) : Optional.empty();
    }
}
