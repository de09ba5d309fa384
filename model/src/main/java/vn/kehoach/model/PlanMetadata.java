package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code document} object: what the header, title and closing of a document say about it.
 *
 * @param type document type; {@link DocumentType#ARTICLE} for a news text about a plan
 * @param typeName the type name as printed, in sentence case ("Kế hoạch")
 * @param number the full number and symbol without spaces ("55/KH-UBND")
 * @param symbol the number parsed into its parts
 * @param issuer the issuing body as named in the header, lines joined
 * @param parentIssuer the body above the issuer when the header names two, else null
 * @param place the place in the place-and-date line ("Nam Định")
 * @param issuedOn the issue date
 * @param title the trích yếu, lines joined
 * @param period the plan period, from the title or else the body
 * @param signer the signature block
 * @param recipients the "Nơi nhận" items without their leading dash
 * @param appendices each appendix present in the text
 */
@JsonPropertyOrder({"type", "typeName", "number", "symbol", "issuer", "parentIssuer", "place", "issuedOn", "title",
        "period", "signer", "recipients", "appendices"})
public record PlanMetadata(
        DocumentType type,
        String typeName,
        String number,
        DocumentSymbol symbol,
        Agency issuer,
        Agency parentIssuer,
        String place,
        LocalDate issuedOn,
        String title,
        Period period,
        Signer signer,
        List<String> recipients,
        List<Appendix> appendices) {

    /** Metadata of a document nothing could be read from. */
    public static final PlanMetadata EMPTY = new PlanMetadata(DocumentType.OTHER, null, null, null, null, null, null,
            null, null, null, null, List.of(), List.of());

    public PlanMetadata {
        type = type == null ? DocumentType.OTHER : type;
        recipients = Lists.copy(recipients);
        appendices = Lists.copy(appendices);
    }
}
