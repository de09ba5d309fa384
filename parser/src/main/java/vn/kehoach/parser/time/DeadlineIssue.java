package vn.kehoach.parser.time;

import java.util.Objects;

/**
 * Something wrong with a deadline phrase, for the validator to report as a diagnostic.
 *
 * @param code {@link #DATE_INVALID}, {@link #YEAR_IMPLAUSIBLE} or {@link #DEADLINE_UNPARSED}
 * @param start offset in the text given to the parser where the problem starts
 * @param end offset after it
 * @param excerpt the words at fault, normalized ("31/9/2013", "3030", or the whole phrase)
 */
public record DeadlineIssue(String code, int start, int end, String excerpt) {
    /** A day or month that the calendar does not have: "31/9/2013", "30/02/2024", "tháng 13/2024". */
    public static final String DATE_INVALID = "DATE_INVALID";
    /** A year before 1945, more than 50 years after the plan's year, or with five digits: "2026-3030". */
    public static final String YEAR_IMPLAUSIBLE = "YEAR_IMPLAUSIBLE";
    /** A phrase the grammar cannot read as a deadline, or a range that ends before it starts. */
    public static final String DEADLINE_UNPARSED = "DEADLINE_UNPARSED";

    public DeadlineIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(excerpt, "excerpt");
    }
}
