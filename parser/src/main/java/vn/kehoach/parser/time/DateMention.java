package vn.kehoach.parser.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A calendar date written in text, as day, month and year numbers that may not form a real date
 * ("31/9/2013").
 *
 * @param day day of month as written
 * @param month month as written
 * @param year year as written
 * @param start offset of the first character of the mention
 * @param end offset after the last character
 */
public record DateMention(int day, int month, int year, int start, int end) {

    /** The date, or empty when day and month do not exist in that year or the year has not four digits. */
    public Optional<LocalDate> date() {
        if (year < 1000 || year > 9999) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True when the year has four digits (a five-digit year is a typing slip, not a calendar question). */
    public boolean hasFourDigitYear() {
        return year >= 1000 && year <= 9999;
    }

    /** True when the numbers form a real calendar date. */
    public boolean isValid() {
        return date().isPresent();
    }
}
