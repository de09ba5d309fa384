package vn.kehoach.parser.validate;

import vn.kehoach.parser.entity.Header;
import vn.kehoach.parser.normalize.Fold;
import vn.kehoach.parser.normalize.NormalizedText;

/**
 * Which formal rules a document answers to. State administrative documents follow Nghị định 30/2020/NĐ-CP
 * (before 5 March 2020, Thông tư 01/2011/TT-BNV); Party documents follow Quy định 66-QĐ/TW and Hướng dẫn
 * 36-HD/VPTW, whose header, symbol and signing marks differ; a news article reporting on a plan has no thể
 * thức at all.
 */
public enum DocumentFamily {
    STATE,
    PARTY,
    ARTICLE;

    /**
     * The family from the header: a Party header line ("ĐẢNG CỘNG SẢN VIỆT NAM") or a Party symbol
     * ({@code 18-NQ/TW}: a hyphen after the number, a slash before the issuer) makes a Party document.
     */
    public static DocumentFamily of(Header header, NormalizedText text) {
        if (header.type() == vn.kehoach.model.DocumentType.ARTICLE) {
            return ARTICLE;
        }
        if (header.mottoLine() > 0 && header.mottoLine() <= text.size()
                && Fold.fold(text.line(header.mottoLine()).text()).contains("dang cong san viet nam")) {
            return PARTY;
        }
        if (header.number().isPresent() && header.number().get().text().matches("(?U)\\d+\\w*\\s*-\\s*\\w+\\s*/.*")) {
            return PARTY;
        }
        return STATE;
    }
}
