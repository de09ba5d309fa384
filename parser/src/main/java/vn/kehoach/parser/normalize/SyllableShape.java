package vn.kehoach.parser.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.kehoach.parser.Vocabulary;

/**
 * What a word looks like to a reader of Vietnamese spelling: one well-formed syllable, a run of consonants
 * (an abbreviation such as "QĐ", "HĐND"), or neither. Structure only (onset, rhyme, one tone, the tones a
 * closed rhyme takes), not a dictionary: "cộng", "hòa" and also the unused "àm" are syllables; "hoµ",
 * "Coäng", "héi" and "café" are not. The parts are in {@code syllable-parts.tsv}.
 *
 * <p>Thread-safe; immutable.
 */
enum SyllableShape {
    /** Onset, rhyme and at most one tone, spelt the Vietnamese way: "nghiêng", "Quý", "khuỷu". */
    SYLLABLE,
    /** Vietnamese letters without a vowel: "QĐ", "HĐND", "đ". */
    CONSONANTS,
    /** Anything else: foreign letters, two tones, a rhyme Vietnamese does not have. */
    OTHER;

    /** No Vietnamese syllable is longer: "nghiêng", "khuyếch" have seven letters. */
    private static final int MAX_LETTERS = 7;
    private static final int ACUTE = 1;
    private static final int DOT_BELOW = 5;
    /** By character: the lower-case letter without its tone (vowel marks kept), or 0 for no Vietnamese letter. */
    private static final char[] BASE = new char[0x1F00];
    /** By character: 0 none, 1 acute, 2 grave, 3 hook above, 4 tilde, 5 dot below. */
    private static final byte[] TONE = new byte[0x1F00];
    private static final String TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323";
    /** Every onset + rhyme, without tone, spelt right: built once from the parts. */
    private static final Set<String> SYLLABLES = new HashSet<>();

    static {
        for (char c = 0; c < BASE.length; c++) {
            classifyLetter(c);
        }
        List<String> onsets = new ArrayList<>(List.of(""));
        List<String> rhymes = new ArrayList<>();
        for (String[] row : Vocabulary.rows("syllable-parts.tsv")) {
            String part = Normalizer.normalize(row[1].strip(), Normalizer.Form.NFC);
            switch (row[0].strip()) {
                case "onset" -> onsets.add(part);
                case "rhyme" -> rhymes.add(part);
                default -> throw new IllegalStateException("syllable-parts.tsv: unknown kind " + row[0]);
            }
        }
        for (String onset : onsets) {
            for (String rhyme : rhymes) {
                if (isSpelt(onset, rhyme)) {
                    SYLLABLES.add(onset + rhyme);
                }
                if (onset.equals("qu") && rhyme.length() > 1 && rhyme.charAt(0) == 'u') {
                    SYLLABLES.add(onset + rhyme.substring(1)); // the glide is in the onset: quân, quyết
                }
                if (onset.equals("gi") && rhyme.length() > 1 && rhyme.charAt(0) == 'i') {
                    SYLLABLES.add(onset + rhyme.substring(1)); // gi + iêng is written giêng
                }
            }
        }
    }

    /** The shape of one word (letters only, NFC); upper and lower case are the same. */
    static SyllableShape of(CharSequence word) {
        return of(word, 0, word.length());
    }

    /** The shape of the word {@code text[start, end)}. */
    static SyllableShape of(CharSequence text, int start, int end) {
        int n = end - start;
        if (n <= 0) {
            return OTHER;
        }
        char[] bare = new char[n];
        int tone = 0;
        boolean vowel = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(start + i);
            char base = c < BASE.length ? BASE[c] : 0;
            if (base == 0) {
                return OTHER;
            }
            if (TONE[c] != 0) {
                if (tone != 0) {
                    return OTHER;
                }
                tone = TONE[c];
            }
            vowel |= isVowel(base);
            bare[i] = base;
        }
        if (!vowel) {
            return tone == 0 ? CONSONANTS : OTHER;
        }
        if (n > MAX_LETTERS || !SYLLABLES.contains(new String(bare))) {
            return OTHER;
        }
        char last = bare[n - 1];
        boolean closed = last == 'p' || last == 't' || last == 'c' || last == 'h' && n > 1 && bare[n - 2] == 'c';
        return !closed || tone == ACUTE || tone == DOT_BELOW ? SYLLABLE : OTHER;
    }

    /** Spelling at the onset: k gh ngh before i e ê y, c ng not; g not before e ê (gi is written g before i). */
    private static boolean isSpelt(String onset, String rhyme) {
        boolean front = "ieêy".indexOf(rhyme.charAt(0)) >= 0;
        return switch (onset) {
            case "k", "gh", "ngh" -> front;
            case "c", "ng" -> !front;
            case "g" -> rhyme.charAt(0) != 'e' && rhyme.charAt(0) != 'ê';
            default -> true;
        };
    }

    private static boolean isVowel(char base) {
        return "aăâeêioôơuưy".indexOf(base) >= 0;
    }

    /** Fills BASE and TONE for {@code c} from its canonical decomposition. */
    private static void classifyLetter(char c) {
        if (c == 'đ' || c == 'Đ') {
            BASE[c] = 'đ';
            return;
        }
        if (!Character.isLetter(c)) {
            return;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char letter = Character.toLowerCase(d.charAt(0));
        if (letter < 'a' || letter > 'z') {
            return;
        }
        StringBuilder base = new StringBuilder().append(letter);
        int tone = 0;
        for (int i = 1; i < d.length(); i++) {
            char mark = d.charAt(i);
            int t = TONE_MARKS.indexOf(mark) + 1;
            if (t > 0 && tone == 0) {
                tone = t;
            } else if (base.length() == 1 && isVowelMark(letter, mark)) {
                base.append(mark);
            } else {
                return; // a mark Vietnamese does not write on this letter (ü, ñ, ç, å, ǎ, ...)
            }
        }
        if (tone != 0 && !isVowel(letter)) {
            return;
        }
        BASE[c] = Normalizer.normalize(base, Normalizer.Form.NFC).charAt(0);
        TONE[c] = (byte) tone;
    }

    /** Circumflex on a e o, breve on a, horn on o u. */
    private static boolean isVowelMark(char letter, char mark) {
        return mark == '\u0302' && (letter == 'a' || letter == 'e' || letter == 'o')
                || mark == '\u0306' && letter == 'a'
                || mark == '\u031B' && (letter == 'o' || letter == 'u');
    }
}
