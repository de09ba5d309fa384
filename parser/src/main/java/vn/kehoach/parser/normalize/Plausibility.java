package vn.kehoach.parser.normalize;

import java.text.Normalizer;

/**
 * How much a text looks like Vietnamese, word by word ({@link SyllableShape}).
 *
 * <p>Encodings are told apart by the words that carry a letter outside ASCII (ASCII reads the same in each):
 * how many are well-formed syllables, how many are not, and how many symbols stand where Vietnamese text has
 * none (¸ µ · ¶ ¹ ¨ © ª « ¬ ® ¦ §: the TCVN3 codes of common letters, seen as Windows-1252). Whether the text
 * is Vietnamese at all is told by all its words: "på" and "gå" read in TCVN3 are the syllables "pồ" and
 * "gồ", but the Norwegian around them ("kan", "til", "videre") is no syllable. Words of consonants only
 * ("QĐ", "TTg") count neither way, nor do ASCII words in capitals ("UBND", "IV"), nor a syllable of one
 * letter ("ở", but also "ì" and "ã", what TCVN3 makes of "×" and "·"), nor words with a digit ("5G",
 * "ọt2sọ").
 *
 * @param valid words with a non-ASCII letter that are syllables ("hòa", "Việt")
 * @param invalid words with a non-ASCII letter that are not ("hoµ", "Coäng", "café")
 * @param junk symbols of the Latin-1 range that Vietnamese text does not use
 * @param plainValid ASCII words that are syllables ("Nam", "trong")
 * @param plainInvalid ASCII words that are not ("the", "til")
 */
public record Plausibility(int valid, int invalid, int junk, int plainValid, int plainInvalid) {
    /** A reading needs this many more points than another to be called clearly better. */
    static final int MARGIN = 2;

    /** Counts the words and symbols of {@code text} (any normalization form). */
    public static Plausibility of(CharSequence text) {
        String s = text.toString();
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        int[] counts = new int[5];
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isWordChar(c)) {
                counts[2] += isJunk(c) ? 1 : 0;
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            boolean capitals = true;
            boolean digit = false;
            while (i < n && (isWordChar(s.charAt(i)) || Character.isDigit(s.charAt(i)))) {
                char w = s.charAt(i);
                ascii &= w < 0x80;
                capitals &= Character.isUpperCase(w);
                digit |= Character.isDigit(w);
                i++;
            }
            if (digit || ascii && capitals && i - start > 1) {
                continue; // "5G", "m2"; "UBND", "KGVX", "IV": codes, abbreviations and Roman numerals
            }
            SyllableShape shape = SyllableShape.of(s, start, i);
            int base = ascii ? 3 : 0;
            if (shape == SyllableShape.OTHER) {
                counts[base + 1]++;
            } else if (shape == SyllableShape.SYLLABLE && i - start > 1) {
                counts[base]++; // "ở" is a word, but so is what "·" becomes
            }
        }
        return new Plausibility(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /** Valid words less invalid words and junk, over the words with a non-ASCII letter. */
    public int score() {
        return valid - invalid - junk;
    }

    /**
     * True when this reading is the clearly better one: at least two syllables with marks, at most one bad
     * word in four of those, three syllables in five of all words, no junk (a legacy font has no "¿" or "°"
     * to leave behind), and {@value #MARGIN} points more than {@code other}.
     */
    public boolean clearlyBeats(Plausibility other) {
        return valid >= 2 && invalid * 3 <= valid && junk == 0 && isMostlySyllables()
                && score() >= other.score() + MARGIN;
    }

    /**
     * True when this reading is mostly syllables and scores no less than {@code other}: enough where the
     * document around it has already shown its encoding.
     */
    public boolean holdsUpAgainst(Plausibility other) {
        return invalid * 3 <= valid && isMostlySyllables() && score() >= other.score()
                && (valid > 0 || junk < other.junk);
    }

    /** Three syllables for every two other words, counting ASCII words too. */
    private boolean isMostlySyllables() {
        return 2 * (valid + plainValid) >= 3 * (invalid + plainInvalid);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Symbols of A1..BF, and × ÷: never in Vietnamese prose, and where the TCVN3 letters sit; and the
     * Windows-1252 symbols of 80..9F but quotes, dashes, ellipsis and bullet (€ ™ †: what UTF-8 read as
     * Windows-1252 is full of, "â€™").
     */
    private static boolean isJunk(char c) {
        return c >= '\u00A1' && c <= '\u00BF' || c == '\u00D7' || c == '\u00F7' || "€†‡‰‹›˜™".indexOf(c) >= 0;
    }
}
