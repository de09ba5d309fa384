package vn.kehoach.parser.normalize;

import java.text.Normalizer;

/**
 * Moves tone marks between the old placement and the modern one (spec: "hòa", "thủy", "Ủy") in open syllables
 * with the clusters oa, oe and uy: "hoà" → "hòa", "khoẻ" → "khỏe", "thuỷ" → "thủy", "Uỷ" → "Ủy". Closed
 * syllables ("hoàn", "thuyết") are the same in both styles, and in "qu" + y ("quý", "quỹ") the u belongs to
 * the onset: both are left alone. Input must be NFC.
 *
 * <p>Thread-safe; stateless.
 */
public final class ToneMarks {
    private ToneMarks() {
    }

    /** {@code s} with the modern tone placement; the same instance when nothing moves. */
    public static String modernize(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i + 1 < n; i++) {
            char first = s.charAt(i);
            if (!isPlain(first, "oOuU")) {
                continue;
            }
            char second = s.charAt(i + 1);
            char base2 = Fold.fold(second);
            boolean cluster = (first == 'o' || first == 'O') ? base2 == 'a' || base2 == 'e' : base2 == 'y';
            if (!cluster || i + 2 < n && Character.isLetter(s.charAt(i + 2))) {
                continue; // not oa/oe/uy, or a closed syllable where both styles agree
            }
            if ((first == 'u' || first == 'U') && i > 0 && Fold.fold(s.charAt(i - 1)) == 'q') {
                continue; // "qu" is the onset: quý, quỹ
            }
            String d = Normalizer.normalize(String.valueOf(second), Normalizer.Form.NFD);
            if (d.length() != 2 || !isTone(d.charAt(1))) {
                continue; // no tone on the second vowel (or â, ê: other clusters)
            }
            if (out == null) {
                out = new StringBuilder(s);
            }
            out.setCharAt(i, Normalizer.normalize(first + String.valueOf(d.charAt(1)), Normalizer.Form.NFC).charAt(0));
            out.setCharAt(i + 1, d.charAt(0));
        }
        return out == null ? s : out.toString();
    }

    /** The reverse of {@link #modernize}: "hòa" → "hoà", "thủy" → "thuỷ", "Ủy" → "Uỷ". */
    static String toOld(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i + 1 < n; i++) {
            char first = s.charAt(i);
            char second = s.charAt(i + 1);
            char base1 = Fold.fold(first);
            boolean cluster = base1 == 'o' ? isPlain(second, "aAeE") : base1 == 'u' && isPlain(second, "yY");
            if (!cluster || i + 2 < n && Character.isLetter(s.charAt(i + 2))
                    || base1 == 'u' && i > 0 && Fold.fold(s.charAt(i - 1)) == 'q') {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(first), Normalizer.Form.NFD);
            if (d.length() != 2 || !isTone(d.charAt(1))) {
                continue; // no tone on the first vowel (or ô, ơ: other vowels)
            }
            if (out == null) {
                out = new StringBuilder(s);
            }
            out.setCharAt(i, d.charAt(0));
            out.setCharAt(i + 1, Normalizer.normalize(second + String.valueOf(d.charAt(1)), Normalizer.Form.NFC).charAt(0));
        }
        return out == null ? s : out.toString();
    }

    private static boolean isPlain(char c, String letters) {
        return letters.indexOf(c) >= 0;
    }

    private static boolean isTone(char mark) {
        // grave, acute, tilde, hook above, dot below
        return mark == '\u0300' || mark == '\u0301' || mark == '\u0303' || mark == '\u0309' || mark == '\u0323';
    }
}
