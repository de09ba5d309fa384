package vn.kehoach.parser.time;

import java.util.List;

/**
 * The lexemes of one normalized text, with bounds-safe access for the grammar: past either end, {@link #at} gives a
 * lexeme that matches nothing.
 */
final class Lexemes {
    private static final Lexeme NONE = new Lexeme(Lexeme.Type.OTHER, 0, 0, null, 0, -1, 0, 0, true);

    private final Lexeme[] items;
    private final String text;

    Lexemes(List<Lexeme> items, String text) {
        this.items = items.toArray(new Lexeme[0]);
        this.text = text;
    }

    /** The normalized text the offsets point into. */
    String text() {
        return text;
    }

    int size() {
        return items.length;
    }

    Lexeme at(int i) {
        return i >= 0 && i < items.length ? items[i] : NONE;
    }

    boolean is(int i, Cue cue) {
        return at(i).cue() == cue;
    }

    /** Offset in the text where lexeme {@code i} starts. */
    int start(int i) {
        return i < 0 ? 0 : i < items.length ? items[i].start() : text.length();
    }

    /** Offset in the text after the last of the lexemes before {@code next}. */
    int end(int next) {
        return next <= 0 ? 0 : items[Math.min(next, items.length) - 1].end();
    }

    /** The text of lexemes {@code [first, next)} as written. */
    String text(int first, int next) {
        return text.substring(start(first), end(next));
    }

    /** The value of a number written in digits, or -1. */
    int digits(int i, int minDigits, int maxDigits) {
        Lexeme l = at(i);
        return l.isNumber() && l.digits() >= minDigits && l.digits() <= maxDigits ? l.number() : -1;
    }

    /** The value of a number in digits (up to two) or in words, or -1. */
    int small(int i) {
        Lexeme l = at(i);
        if (l.isNumber()) {
            return l.digits() <= 2 ? l.number() : -1;
        }
        return l.number();
    }

    /** True when a year written in four or five digits stands at {@code i}. */
    boolean isYear(int i) {
        Lexeme l = at(i);
        return l.isNumber() && (l.digits() == 4 || l.digits() == 5);
    }
}
