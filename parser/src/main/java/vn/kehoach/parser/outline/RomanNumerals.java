package vn.kehoach.parser.outline;

import java.util.regex.Pattern;

/** Roman numerals as used for mục and phụ lục (I to XXXIX and beyond). */
public final class RomanNumerals {
    private static final Pattern VALID = Pattern.compile("(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    private RomanNumerals() {
    }

    /** True for a well-formed numeral ("IV", "XII"); false for "IIII", "VX", "". */
    public static boolean isValid(String s) {
        return s != null && !s.isEmpty() && VALID.matcher(s).matches();
    }

    /** The value of a well-formed numeral. */
    public static int value(String s) {
        if (!isValid(s)) {
            throw new IllegalArgumentException("not a Roman numeral: " + s);
        }
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = digit(s.charAt(i));
            if (i + 1 < s.length() && v < digit(s.charAt(i + 1))) {
                total -= v;
            } else {
                total += v;
            }
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            default -> throw new IllegalArgumentException("not a Roman digit: " + c);
        };
    }
}
