package vn.kehoach.parser.extract;

import java.util.List;
import java.util.Objects;

/**
 * What the extract stage read: the blocks of a document in reading order.
 *
 * <p>Plain text yields one {@link TextBlock} per source line (blank lines included), so line numbers of
 * the output match the file. Other formats yield one block per paragraph and one {@link TableBlock} per
 * table.
 *
 * @param name the source name as given
 * @param mediaType the detected media type ("text/plain", "application/pdf", ...)
 * @param sha256 lower-case hex SHA-256 of the input bytes
 * @param blocks paragraphs and tables in reading order
 */
public record ExtractedDocument(String name, String mediaType, String sha256, List<Block> blocks) {
    public ExtractedDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        blocks = List.copyOf(blocks);
    }
}
