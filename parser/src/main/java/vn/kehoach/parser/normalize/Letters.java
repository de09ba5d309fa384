package vn.kehoach.parser.normalize;

import java.text.Normalizer;

/**
 * What each character is to a Vietnamese syllable, looked up in a table: its letter without tone (one of the 29
 * letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, as a code 1..29, or 0 for any other letter),
 * its tone, its case, and whether it is a letter only Vietnamese uses (đ, or a vowel with a mark). Input is NFC;
 * the Icelandic eth (Ð, ð), which legacy converters leave for Đ, counts as đ.
 *
 * <p>Thread-safe; stateless.
 */
final class Letters {
    /** The letters in code order, from code 1. */
    static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
    /** Tones in code order: ngang (none), huyền, sắc, hỏi, ngã, nặng. */
    static final int NGANG = 0;
    static final int HUYEN = 1;
    static final int SAC = 2;
    static final int HOI = 3;
    static final int NGA = 4;
    static final int NANG = 5;

    private static final int CODE = 0x1F;
    private static final int TONE_SHIFT = 5;
    private static final int UPPER = 1 << 8;
    private static final int LETTER = 1 << 9;
    private static final int VIETNAMESE = 1 << 10;
    private static final int ASCII = 1 << 11;

    // Up to U+1EFF, past the precomposed Vietnamese letters of Latin Extended Additional: one load a character.
    private static final short[] TABLE = new short[0x1F00];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = compute(c);
        }
    }

    private Letters() {
    }

    /** The packed properties of {@code c}; read them with the other methods. */
    static int info(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        return Character.isLetter(c) ? LETTER | (Character.isUpperCase(c) ? UPPER : 0) : 0;
    }

    static boolean isLetter(int info) {
        return (info & LETTER) != 0;
    }

    /** The letter without tone, 1..29 in {@link #ALPHABET} order, or 0 for a letter Vietnamese does not spell with. */
    static int code(int info) {
        return info & CODE;
    }

    static int tone(int info) {
        return (info >> TONE_SHIFT) & 7;
    }

    static boolean isUpper(int info) {
        return (info & UPPER) != 0;
    }

    /** đ, or a vowel carrying a tone or a vowel mark: letters an English or French word does not have. */
    static boolean isVietnamese(int info) {
        return (info & VIETNAMESE) != 0;
    }

    static boolean isAscii(int info) {
        return (info & ASCII) != 0;
    }

    private static short compute(char c) {
        if (!Character.isLetter(c)) {
            return 0;
        }
        int upper = Character.isUpperCase(c) ? UPPER : 0;
        if (c < 0x80) {
            int code = ALPHABET.indexOf(Character.toLowerCase(c)) + 1;
            return (short) (LETTER | ASCII | upper | code);
        }
        if (c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð') {
            return (short) (LETTER | VIETNAMESE | upper | (ALPHABET.indexOf('đ') + 1));
        }
        if (c < 0xC0 || c >= 0x250 && c < 0x1E00) {
            return (short) (LETTER | upper); // not Latin, or Latin without Vietnamese letters
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = Character.toLowerCase(d.charAt(0));
        if (base >= 0x80 || "aeiouy".indexOf(base) < 0) {
            return (short) (LETTER | upper);
        }
        int tone = NGANG;
        for (int i = 1; i < d.length(); i++) {
            char mark = d.charAt(i);
            switch (mark) {
                case '\u0300' -> tone = HUYEN;
                case '\u0301' -> tone = SAC;
                case '\u0309' -> tone = HOI;
                case '\u0303' -> tone = NGA;
                case '\u0323' -> tone = NANG;
                case '\u0306' -> base = base == 'a' ? 'ă' : '?';
                case '\u0302' -> base = base == 'a' ? 'â' : base == 'e' ? 'ê' : base == 'o' ? 'ô' : '?';
                case '\u031B' -> base = base == 'o' ? 'ơ' : base == 'u' ? 'ư' : '?';
                default -> base = '?';
            }
        }
        int code = ALPHABET.indexOf(base) + 1;
        if (code == 0) {
            return (short) (LETTER | upper); // a mark Vietnamese does not use: ü, ç, ñ, ā...
        }
        return (short) (LETTER | VIETNAMESE | upper | tone << TONE_SHIFT | code);
    }
}
