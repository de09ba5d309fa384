package vn.kehoach.parser.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * A stretch of calendar time as written: a day, month, quarter, half or year, with or without its year
 * ("Quý IV" takes its year from the plan). Numbers are kept as written, so a unit may not exist
 * ({@link #exists}: "31/9/2013").
 *
 * @param grain how much time it covers
 * @param year the year, or 0 when not written
 * @param month the month of a day or month, else 0
 * @param day the day of a day, else 0
 * @param part the quarter (1-4) or half (1-2), else 0
 * @param from offset in the normalized text where it is written
 * @param to offset after it
 * @param yearFrom offset of the year's digits, or -1
 * @param yearTo offset after the year's digits, or -1
 * @param yearDigits how many digits the year was written with (a five-digit year is a slip), or 0
 */
record Unit(Grain grain, int year, int month, int day, int part, int from, int to, int yearFrom, int yearTo,
        int yearDigits) {

    static Unit of(Grain grain, int month, int day, int part, int from, int to) {
        return new Unit(grain, 0, month, day, part, from, to, -1, -1, 0);
    }

    /** This unit with the year written in {@code lexeme}. */
    Unit year(Lexeme lexeme) {
        return new Unit(grain, lexeme.number(), month, day, part, from, Math.max(to, lexeme.end()), lexeme.start(),
                lexeme.end(), lexeme.digits());
    }

    /** This unit in year {@code y}, a year not written but inferred. */
    Unit inYear(int y) {
        return new Unit(grain, y, month, day, part, from, to, yearFrom, yearTo, yearDigits == 0 ? 4 : yearDigits);
    }

    boolean hasYear() {
        return year != 0 || grain == Grain.NOW;
    }

    /** Whether the written numbers name real calendar time (the year aside; a yearless 29/2 exists). */
    boolean exists() {
        return switch (grain) {
            case DAY -> month >= 1 && month <= 12 && day >= 1
                    && day <= (year > 0 && year <= 9999 ? YearMonth.of(year, month).lengthOfMonth()
                            : Month.of(month).maxLength());
            case DAY_OF_MONTH -> day >= 1 && day <= 31;
            case MONTH -> month >= 1 && month <= 12;
            default -> true;
        };
    }

    /** The first day; the unit must have a real year and exist. */
    LocalDate first() {
        return switch (grain) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> LocalDate.of(year, month, 1);
            case QUARTER -> LocalDate.of(year, part * 3 - 2, 1);
            case HALF -> LocalDate.of(year, part == 1 ? 1 : 7, 1);
            case NINE_MONTHS, YEAR -> LocalDate.of(year, 1, 1);
            case DAY_OF_MONTH, NOW -> throw new IllegalStateException(grain + " has no first day of its own");
        };
    }

    /** The last day; the unit must have a real year and exist. */
    LocalDate last() {
        return switch (grain) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, part * 3).atEndOfMonth();
            case HALF -> part == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            case NINE_MONTHS -> LocalDate.of(year, 9, 30);
            case YEAR -> LocalDate.of(year, 12, 31);
            case DAY_OF_MONTH, NOW -> throw new IllegalStateException(grain + " has no last day of its own");
        };
    }

    /**
     * Where in each cycle a yearless unit falls, for a recurrence: "Q4", "H1", "12" (a month), "12-15" (month-day),
     * "20" (a day of the month); null for a whole year or nine months.
     */
    String within() {
        return switch (grain) {
            case QUARTER -> "Q" + part;
            case HALF -> "H" + part;
            case MONTH -> two(month);
            case DAY -> two(month) + "-" + two(day);
            case DAY_OF_MONTH -> two(day);
            default -> null;
        };
    }

    /** Its position in a sequence of units of its grain, for telling whether two follow each other. */
    int ordinal() {
        return switch (grain) {
            case DAY -> exists() && year > 0 && year <= 9999 ? (int) first().toEpochDay() : Integer.MIN_VALUE;
            case MONTH -> year * 12 + month;
            case QUARTER -> year * 4 + part;
            case HALF -> year * 2 + part;
            case YEAR -> year;
            default -> Integer.MIN_VALUE;
        };
    }

    /**
     * This unit completed by the other end of its range or list: a yearless unit takes the other's year (the year
     * before when it would otherwise come after it: "tháng 11 - 2/2025" starts in 2024), and a bare day of the
     * month takes the other's month ("ngày 01 - 15/7/2024").
     */
    Unit completedBy(Unit other, boolean before) {
        Unit u = this;
        if (u.grain == Grain.DAY_OF_MONTH && other.grain == Grain.DAY) {
            u = new Unit(Grain.DAY, 0, other.month, u.day, 0, u.from, u.to, -1, -1, 0);
        }
        if (u.hasYear() || !other.hasYear() || other.grain == Grain.NOW || u.grain == Grain.DAY_OF_MONTH) {
            return u;
        }
        Unit same = u.inYear(other.year);
        if (!same.exists() || !other.exists() || u.grain == Grain.YEAR || other.year > 9999) {
            return same;
        }
        if (before && same.first().isAfter(other.last())) {
            return u.inYear(other.year - 1);
        }
        if (!before && same.last().isBefore(other.first())) {
            return u.inYear(other.year + 1);
        }
        return same;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
