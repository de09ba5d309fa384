package vn.kehoach.model;

/** Frequencies of recurring deadlines (hằng năm, định kỳ 6 tháng, hằng quý, hằng tháng). */
public enum Frequency {
    YEARLY, HALF_YEARLY, QUARTERLY, MONTHLY
}
