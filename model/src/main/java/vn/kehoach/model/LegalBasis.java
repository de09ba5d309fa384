package vn.kehoach.model;

import java.util.Objects;

import java.time.LocalDate;

/**
 * One document cited in the preamble ("Căn cứ Nghị định số 36/2013/NĐ-CP ngày 22/4/2013 của Chính phủ ...").
 *
 * @param text the whole clause citing it
 * @param type the cited document's type name ("Nghị quyết")
 * @param number its number and symbol, or null (a Luật may be cited by name and date only)
 * @param issuedOn its date, or null
 * @param issuer its issuer as written after "của", or null
 * @param title its name or trích yếu, or null
 * @param line where the citation starts
 */
public record LegalBasis(String text, String type, String number, LocalDate issuedOn, String issuer, String title,
        int line) {
    public LegalBasis {
        Objects.requireNonNull(text, "text");
    }
}
