package vn.kehoach.parser.normalize;

import java.text.Normalizer;

/**
 * The one diacritic-insensitive matcher of the parser: folds text to lower-case ASCII letters, {@code đ} to
 * {@code d}, dropping tone and vowel marks, so "CỘNG HOÀ", "Cộng hòa" and "cong hoa" all fold to
 * "cong hoa"; curly quotes fold to straight ones. Folding keeps the length of NFC text, so an index found in the folded string is an index into
 * the original one.
 *
 * <p>Thread-safe; stateless.
 */
public final class Fold {
    /** Up to U+20FF: Latin, the precomposed Vietnamese letters (U+1E00..U+1EFF) and punctuation. */
    private static final char[] TABLE = new char[0x2100];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = compute(c);
        }
    }

    private Fold() {
    }

    /** The folded form of {@code s}, of the same length. */
    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /** The folded form of one character. */
    public static char fold(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        return Character.toLowerCase(c);
    }

    /** True when {@code text} folds to a string that starts with the folded {@code prefix}. */
    public static boolean startsWith(String text, String prefix) {
        return fold(text).startsWith(fold(prefix));
    }

    /** True when the folded {@code text} contains the folded {@code needle}. */
    public static boolean contains(String text, String needle) {
        return fold(text).contains(fold(needle));
    }

    /** True when both fold to the same string. */
    public static boolean equals(String a, String b) {
        return a.length() == b.length() && fold(a).equals(fold(b));
    }

    /** Folded, with runs of anything but letters and digits turned into single spaces and trimmed. */
    public static String words(String text) {
        String f = fold(text);
        StringBuilder sb = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    private static char compute(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
            return '"'; // curly and angle quotes match straight ones
        }
        if (c == '\u2018' || c == '\u2019' || c == '\u201A') {
            return '\'';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        if (d.length() > 1 && base < 0x80 && Character.isLetter(base)) {
            return Character.toLowerCase(base);
        }
        return Character.toLowerCase(c);
    }
}
