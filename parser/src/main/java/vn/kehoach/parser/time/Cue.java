package vn.kehoach.parser.time;

/**
 * The role of a word or phrase of the deadline lexicon ({@code deadline-words.tsv}, where each role is
 * explained with examples).
 */
enum Cue {
    DAY, MONTH, QUARTER, YEAR, YEAR_PART, HALF, SCHOOL_YEAR,
    BY, UNTIL, FROM, AFTER, AFTER_EVENT, WITHIN, NOW, ONWARD,
    EVERY, PERIODIC, TIMES, COUNTER, ONGOING, DURATION, VISION, CLOCK, LUNAR, AND, LEAD,
    NUMBER, ROMAN;

    /** Parts of a year named by {@link #YEAR_PART}. */
    static final int FIRST = 1;
    static final int LAST = 2;
    static final int WHOLE = 3;
}
