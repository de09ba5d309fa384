package vn.kehoach.parser.entity;

import java.util.Optional;
import vn.kehoach.model.Agency;
import vn.kehoach.model.DocumentType;
import vn.kehoach.parser.time.DateMention;

/**
 * What the header block says, with the lines where each part was found (0 when absent).
 *
 * @param type the document type, {@link DocumentType#ARTICLE} for a news text, OTHER when unknown
 * @param typeName the type name in sentence case, or null
 * @param number the number and symbol, if found
 * @param numberLine its line
 * @param issuer the issuing body, or null
 * @param parentIssuer the body above the issuer, or null
 * @param place the place of the place-and-date line, or null
 * @param issueDate the date of the place-and-date line (possibly not a real date), or null
 * @param dateLine its line
 * @param title the title in printed case, or null
 * @param titleLine the title's first line
 * @param mottoLine the line of the national motto (or the Party header), 0 when absent
 */
public record Header(DocumentType type, String typeName, Optional<SymbolParser.Found> number, int numberLine,
        Agency issuer, Agency parentIssuer, String place, DateMention issueDate, int dateLine, String title,
        int titleLine, int mottoLine) {
}
