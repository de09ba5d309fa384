package vn.kehoach.parser.table;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.parser.outline.RomanNumerals;

/**
 * The number of a task-table row, as printed in its number cell.
 *
 * @param kind the numbering style
 * @param parts for {@link Kind#ARABIC}, the numbers ("1.2" → 1, 2); else one value (Roman value, letter ordinal)
 * @param printed the number as printed, without a trailing "." or ")"
 */
record RowNumber(Kind kind, int[] parts, String printed) {
    private static final Pattern ARABIC = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})*)[.)]?");
    private static final Pattern ROMAN = Pattern.compile("([IVXLC]{1,7})[.)]?");
    private static final Pattern UPPER = Pattern.compile("([A-Z])[.)]?");
    private static final Pattern LOWER = Pattern.compile("([a-zđ])[.)]?");
    /** A number in front of text in the same cell or line: "1.1 Tuyên truyền ...", "I. CẢI CÁCH", "A. NHIỆM VỤ". */
    private static final Pattern LEADING = Pattern.compile(
            "((?:\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,7})[.)]?|[A-Z][.)])\\s+(\\S.*)");

    /** Numbering styles, with the level they group at (smaller groups larger). */
    enum Kind {
        /** "I", "II.": sections. */
        ROMAN,
        /** "A", "B.": sections. */
        UPPER,
        /** "1", "1.2", "2.": the level is the number of parts. */
        ARABIC,
        /** "a", "b)": under an Arabic row. */
        LOWER
    }

    /** The number a whole cell is, if it is one. */
    static Optional<RowNumber> parse(String cell) {
        String s = cell.strip();
        Matcher m = ARABIC.matcher(s);
        if (m.matches()) {
            int[] parts = Arrays.stream(m.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray();
            return Optional.of(new RowNumber(Kind.ARABIC, parts, m.group(1)));
        }
        m = ROMAN.matcher(s);
        if (m.matches() && RomanNumerals.isValid(m.group(1))) {
            return Optional.of(new RowNumber(Kind.ROMAN, new int[] {RomanNumerals.value(m.group(1))}, m.group(1)));
        }
        m = UPPER.matcher(s);
        if (m.matches()) {
            return Optional.of(new RowNumber(Kind.UPPER, new int[] {m.group(1).charAt(0) - 'A' + 1}, m.group(1)));
        }
        m = LOWER.matcher(s);
        if (m.matches()) {
            return Optional.of(new RowNumber(Kind.LOWER, new int[] {letterOrdinal(m.group(1).charAt(0))}, m.group(1)));
        }
        return Optional.empty();
    }

    /** A number printed in front of text ("1.1 Tuyên truyền", "II. ĐẨY MẠNH"): the number and the rest. */
    static Optional<Leading> leading(String text) {
        Matcher m = LEADING.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return parse(m.group(1)).map(n -> new Leading(n, m.group(2)));
    }

    /** A number in front of text. */
    record Leading(RowNumber number, String rest) {
    }

    /** How deep it groups: sections 0, then "1" at 2, "1.1" at 3, letters at 10 (titles sit at 1). */
    int level() {
        return switch (kind) {
            case ROMAN, UPPER -> 0;
            case ARABIC -> parts.length + 1;
            case LOWER -> 10;
        };
    }

    /** True when {@code other} is a row directly under this one: "1.1" under "1", "a" under "1". */
    boolean isParentOf(RowNumber other) {
        if (kind == Kind.ARABIC && other.kind == Kind.ARABIC) {
            return other.parts.length == parts.length + 1 && other.parts[parts.length] == 1
                    && Arrays.equals(parts, Arrays.copyOf(other.parts, parts.length));
        }
        return kind == Kind.ARABIC && other.kind == Kind.LOWER && other.parts[0] == 1;
    }

    /** "đ" comes after "d" in Vietnamese lists. */
    private static int letterOrdinal(char c) {
        if (c == 'đ') {
            return 5;
        }
        return c - 'a' + 1 + (c > 'd' ? 1 : 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowNumber r && r.kind == kind && Arrays.equals(r.parts, parts);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return printed;
    }
}
