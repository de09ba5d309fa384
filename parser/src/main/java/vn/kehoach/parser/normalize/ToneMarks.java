package vn.kehoach.parser.normalize;

import java.text.Normalizer;

/**
 * Moves tone marks from the old placement to the modern one in open syllables with the clusters oa, oe and
 * uy: "hoà" → "hòa", "khoẻ" → "khỏe", "thuỷ" → "thủy", "Uỷ" → "Ủy". Closed syllables ("hoàn", "thuyết") and
 * "qu" + y ("quý") are the same in both styles and are left alone. Input must be NFC.
 */
final class ToneMarks {
    private ToneMarks() {
    }

    static String modernize(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i + 1 < n; i++) {
            char first = s.charAt(i);
            char second = s.charAt(i + 1);
            char base1 = Fold.fold(first);
            char base2 = Fold.fold(second);
            boolean cluster = (base1 == 'o' && (base2 == 'a' || base2 == 'e')) || (base1 == 'u' && base2 == 'y');
            if (!cluster || !isPlainLetter(second)) {
                continue;
            }
            if (i + 2 < n && Character.isLetter(s.charAt(i + 2))) {
                continue; // closed syllable: the mark already sits where both styles put it
            }
            if (base1 == 'u' && i > 0 && Fold.fold(s.charAt(i - 1)) == 'q') {
                continue; // "qu" is the onset: quý, quỹ
            }
            String d = Normalizer.normalize(String.valueOf(first), Normalizer.Form.NFD);
            if (d.length() != 2 || !isTone(d.charAt(1))) {
                continue; // ô, ơ, ư or a mark that is not a tone
            }
            if (out == null) {
                out = new StringBuilder(s);
            }
            out.setCharAt(i, d.charAt(0));
            out.setCharAt(i + 1, Normalizer.normalize(second + String.valueOf(d.charAt(1)), Normalizer.Form.NFC).charAt(0));
        }
        return out == null ? s : out.toString();
    }

    private static boolean isPlainLetter(char c) {
        return c == 'a' || c == 'e' || c == 'y' || c == 'A' || c == 'E' || c == 'Y';
    }

    private static boolean isTone(char mark) {
        // grave, acute, tilde, hook above, dot below
        return mark == '\u0300' || mark == '\u0301' || mark == '\u0303' || mark == '\u0309' || mark == '\u0323';
    }
}
