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
    /**
     * A mass organisation or other body with a header of its own (Đoàn TNCS Hồ Chí Minh, Hội, Mặt trận: "Số:
     * 125-KH/TĐTN-PT" under "ĐOÀN TNCS HỒ CHÍ MINH"), or a Party document whose Party line was lost: no quốc hiệu,
     * no Party line, a number in the Party form. Their own guidance applies; the checks of the state and Party
     * header forms keep quiet.
     */
    ORGANIZATION,
    ARTICLE;

    /**
     * The family from the header: the Party line ("ĐẢNG CỘNG SẢN VIỆT NAM") makes a Party document, the quốc
     * hiệu a state one; with neither, a number in the Party form ({@code 125-KH/TĐTN-PT}: a hyphen after the
     * number, a slash before the issuer) makes an {@link #ORGANIZATION}'s. A header with neither and a state
     * number is taken for a state document whose quốc hiệu was lost.
     */
    public static DocumentFamily of(Header header, NormalizedText text) {
        if (header.type() == vn.kehoach.model.DocumentType.ARTICLE) {
            return ARTICLE;
        }
        if (header.mottoLine() > 0 && header.mottoLine() <= text.size()
                && Fold.fold(text.line(header.mottoLine()).text()).contains("dang cong san viet nam")) {
            return PARTY;
        }
        if (header.mottoLine() == 0 && header.number().isPresent()
                && header.number().get().text().matches("(?U)\\d+\\w*\\s*-\\s*\\w+\\s*/.*")) {
            return ORGANIZATION;
        }
        return STATE;
    }
}
