package vn.kehoach.parser.normalize;

import java.text.Normalizer;

/**
 * How much a text looks like Vietnamese, counted over the words that carry a letter outside ASCII (ASCII words
 * read the same in every encoding, so they cannot tell encodings apart): how many are well-formed syllables,
 * how many are not, and how many symbols stand where Vietnamese text has none (¸ µ · ¶ ¹ ¨ © ª « ¬ ® ¦ §:
 * the TCVN3 codes of common letters, seen as Windows-1252). Words of consonants only ("QĐ") count neither way.
 *
 * @param valid words with a non-ASCII letter that are Vietnamese syllables ("hòa", "Việt")
 * @param invalid words with a non-ASCII letter that are not ("hoµ", "Coäng", "café")
 * @param junk symbols of the Latin-1 range that Vietnamese text does not use
 */
public record Plausibility(int valid, int invalid, int junk) {
    /** A reading needs this many more points than another to be called clearly better. */
    static final int MARGIN = 3;

    /** Counts the words and symbols of {@code text} (any normalization form). */
    public static Plausibility of(CharSequence text) {
        String s = text.toString();
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        int valid = 0;
        int invalid = 0;
        int junk = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isWordChar(c)) {
                junk += isJunk(c) ? 1 : 0;
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && isWordChar(s.charAt(i))) {
                ascii &= s.charAt(i) < 0x80;
                i++;
            }
            if (!ascii) {
                switch (SyllableShape.of(s.subSequence(start, i))) {
                    case SYLLABLE -> valid++;
                    case OTHER -> invalid++;
                    case CONSONANTS -> { }
                }
            }
        }
        return new Plausibility(valid, invalid, junk);
    }

    /** Valid words less invalid words and junk. */
    public int score() {
        return valid - invalid - junk;
    }

    /**
     * True when this reading is the clearly better one: at least two syllables, at most one bad word in four,
     * and {@value #MARGIN} points more than {@code other}.
     */
    public boolean clearlyBeats(Plausibility other) {
        return valid >= 2 && invalid * 3 <= valid && score() >= other.score() + MARGIN;
    }

    /**
     * True when this reading is mostly syllables and scores no less than {@code other}: enough where the
     * document around it has already shown its encoding.
     */
    public boolean holdsUpAgainst(Plausibility other) {
        return invalid * 3 <= valid && score() >= other.score() && (valid > 0 || junk < other.junk);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Symbols of A1..BF, and × ÷: never in Vietnamese prose, and where the TCVN3 letters sit. */
    private static boolean isJunk(char c) {
        return c >= '\u00A1' && c <= '\u00BF' || c == '\u00D7' || c == '\u00F7';
    }
}
