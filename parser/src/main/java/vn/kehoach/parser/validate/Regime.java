package vn.kehoach.parser.validate;

import java.time.LocalDate;

/**
 * The regulation on thể thức in force on a state document's issue date. Most rules are the same in both; the
 * type codes differ (ND30 renamed GN, TTh, UQ and NP) and the sources cited differ.
 */
public enum Regime {
    /** Thông tư 01/2011/TT-BNV, for documents issued before 5 March 2020. */
    TT01("TT 01/2011/TT-BNV"),
    /** Nghị định 30/2020/NĐ-CP, in force from 5 March 2020; also assumed when the issue date is unknown. */
    ND30("NĐ 30/2020/NĐ-CP");

    /** The day Nghị định 30/2020/NĐ-CP took effect. */
    public static final LocalDate ND30_IN_FORCE = LocalDate.of(2020, 3, 5);

    private final String citation;

    Regime(String citation) {
        this.citation = citation;
    }

    /** The short citation of the regulation ("NĐ 30/2020/NĐ-CP"). */
    public String citation() {
        return citation;
    }

    /** The regime on an issue date; ND30 when the date is unknown. */
    public static Regime on(LocalDate issued) {
        return issued != null && issued.isBefore(ND30_IN_FORCE) ? TT01 : ND30;
    }
}
