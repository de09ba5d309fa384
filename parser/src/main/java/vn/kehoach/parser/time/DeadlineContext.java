package vn.kehoach.parser.time;

import java.time.LocalDate;
import vn.kehoach.model.Period;

/**
 * What a deadline phrase takes from its plan: the issue date (the year of "trước ngày 15/12", the anchor of "kể từ
 * ngày ban hành", the start of "từ nay") and the period (the bounds of recurring, ongoing and open-ended
 * deadlines, and the year of year-less phrases when the issue date is unknown).
 *
 * @param issuedOn the plan's issue date, or null when unknown
 * @param period the years the plan covers, or null when unknown
 */
public record DeadlineContext(LocalDate issuedOn, Period period) {
    /** No context: year-less phrases and open bounds stay unresolved (null). */
    public static final DeadlineContext NONE = new DeadlineContext(null, null);
}
