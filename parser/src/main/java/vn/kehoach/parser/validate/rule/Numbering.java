package vn.kehoach.parser.validate.rule;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.parser.outline.HeadingMarker;
import vn.kehoach.parser.outline.PointLetters;
import vn.kehoach.parser.outline.RomanNumerals;

/**
 * Where a heading's label stands in its sequence, and which label comes next: I, II, III; 1, 2, 3; 1.1, 1.2;
 * a, b, c, d, đ, e, g (the Vietnamese point letters); "Điều 9", "Điều 10". An inserted label ("Điều 9a", the
 * way amending documents number insertions) has no place of its own.
 */
final class Numbering {
    /** A container's number after its word: "Điều 9a" → "9", "a"; "Chương IV" → "IV". */
    private static final Pattern CONTAINER = Pattern.compile("^\\S+\\s+(\\d+|[IVXLC]+)([a-zđ]?)$");

    private Numbering() {
    }

    /**
     * A label's place: its value in the sequence (1-based), under a prefix for decimals ("1.3" is 3 under "1").
     *
     * @param prefix the parent number of a decimal label ("1" for "1.3", "2.1" for "2.1.4"), else ""
     * @param value the position in the sequence, from 1
     */
    record Place(String prefix, int value) {
    }

    /** The place of a label, or empty for an inserted label, an ordinal word ("Phần thứ nhất") or anything unread. */
    static Optional<Place> place(HeadingMarker marker, String label) {
        switch (marker) {
            case ROMAN:
                return RomanNumerals.isValid(label) ? Optional.of(new Place("", RomanNumerals.value(label)))
                        : Optional.empty();
            case ARABIC:
                return Optional.of(new Place("", Integer.parseInt(label)));
            case DECIMAL: {
                int dot = label.lastIndexOf('.');
                return Optional.of(new Place(normalDecimal(label.substring(0, dot)),
                        Integer.parseInt(label.substring(dot + 1))));
            }
            case LETTER: {
                int i = PointLetters.index(label);
                return i < 0 ? Optional.empty() : Optional.of(new Place("", i + 1));
            }
            default: {
                Matcher m = CONTAINER.matcher(label);
                if (!m.matches() || !m.group(2).isEmpty()) {
                    return Optional.empty(); // "Điều 9a" is inserted between 9 and 10
                }
                String n = m.group(1);
                if (Character.isDigit(n.charAt(0))) {
                    return Optional.of(new Place("", Integer.parseInt(n)));
                }
                return RomanNumerals.isValid(n) ? Optional.of(new Place("", RomanNumerals.value(n)))
                        : Optional.empty();
            }
        }
    }

    /** An inserted label: "Điều 9a" between Điều 9 and Điều 10, as amending documents number insertions. */
    static boolean inserted(HeadingMarker marker, String label) {
        if (!marker.isContainer()) {
            return false;
        }
        Matcher m = CONTAINER.matcher(label);
        return m.matches() && !m.group(2).isEmpty();
    }

    /** "01.2" and "1.2" are the same prefix. */
    private static String normalDecimal(String s) {
        StringBuilder sb = new StringBuilder();
        for (String part : s.split("\\.")) {
            sb.append(sb.length() == 0 ? "" : ".").append(Integer.parseInt(part));
        }
        return sb.toString();
    }

    /** The label that follows this one, printed as {@link #printed} prints labels; empty at the end of the letters. */
    static Optional<String> next(HeadingMarker marker, String label) {
        switch (marker) {
            case ROMAN:
                return Optional.of(printed(marker, roman(RomanNumerals.value(label) + 1)));
            case ARABIC:
                return Optional.of(printed(marker, String.valueOf(Integer.parseInt(label) + 1)));
            case DECIMAL: {
                int dot = label.lastIndexOf('.');
                return Optional.of(printed(marker, label.substring(0, dot + 1)
                        + (Integer.parseInt(label.substring(dot + 1)) + 1)));
            }
            case LETTER:
                return PointLetters.next(label).map(l -> printed(marker, l));
            default: {
                Matcher m = CONTAINER.matcher(label);
                if (!m.matches()) {
                    return Optional.empty();
                }
                String word = label.substring(0, label.indexOf(' '));
                String n = m.group(1);
                String following = Character.isDigit(n.charAt(0)) ? String.valueOf(Integer.parseInt(n) + 1)
                        : roman(RomanNumerals.value(n) + 1);
                return Optional.of(word + " " + following);
            }
        }
    }

    /** A label as it is printed in a heading: "II.", "3.", "1.2", "đ)", "Điều 4". */
    static String printed(HeadingMarker marker, String label) {
        return switch (marker) {
            case ROMAN, ARABIC -> label + ".";
            case LETTER -> label + ")";
            default -> label;
        };
    }

    /** The Roman numeral of a value from 1 to 399. */
    static String roman(int value) {
        String[] hundreds = {"", "C", "CC", "CCC"};
        String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return hundreds[value / 100 % 4] + tens[value / 10 % 10] + ones[value % 10];
    }
}
