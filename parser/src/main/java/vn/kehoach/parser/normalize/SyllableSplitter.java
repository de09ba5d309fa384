package vn.kehoach.parser.normalize;

import java.util.Collection;
import java.util.Objects;
import vn.kehoach.parser.Vocabulary;

/**
 * Splits words that careless extraction glued together ("ĐẨYMẠNH" → "ĐẨY MẠNH", "côngvụ" → "công vụ",
 * "Kếhoạch" → "Kế hoạch", "30c/NQ-CPngày" → "30c/NQ-CP ngày"), inserting single spaces.
 *
 * <p>A word (a run of letters) is split only when it cannot be one Vietnamese syllable ({@link SyllableInventory})
 * and it can be cut entirely into valid syllables. Among the ways to cut it the splitter takes, in this order:
 * the fewest pieces; then the pieces that occur most often (the least total rarity by the counts of
 * {@code frequent-syllables.txt}: "nền hành", not "nềnh ành"; "các ứng", not "cá cứng"); then the fewest pieces
 * after the first that start with a vowel; then the shortest first piece, so that consonants between two vowels
 * go to the onset of the next syllable (the maximal onset principle: "chí trong", not "chít rong"). A small
 * letter followed by a capital is always a cut ("củaTrung"), and capitals glued to a small-letter word are an
 * acronym or a symbol kept whole ("CPngày" → "CP ngày", "TTgngày" → "TTg ngày", "UBNDTỉnh" → "UBND Tỉnh").
 *
 * <p>Left alone: every valid syllable, however long ("nghiêng", "khuỷu"); words of capitals that are not
 * syllables (acronyms: "UBND", "HĐND", "CCCVCC"); words without a letter particular to Vietnamese (foreign words,
 * acronyms and folded text: "online", "contain", "ISO", "diem"), unless a change of case joins frequent syllables
 * ("choBan"); whole URLs and e-mail addresses; and, next to digits and the signs of document symbols
 * ({@code / & - . : _} between capitals or digits), everything but the acronym-and-word split above. A Vietnamese
 * word touching a number is set off from it ("ngày18/10/2012" → "ngày 18/10/2012"). A word that cannot be cut
 * entirely into syllables stays whole, and so does what looks like a misspelt syllable: pieces none of which is
 * listed as frequent, or a later piece starting with a vowel that is not listed ("xuát" is not "xu át").
 *
 * <p>A line with nothing to split is returned as the same instance. Thread-safe; immutable.
 */
public final class SyllableSplitter {
    /** With the syllables and the abbreviations shipped with the parser. */
    public static final SyllableSplitter DEFAULT = new SyllableSplitter(SyllableInventory.DEFAULT,
            Vocabulary.words("abbreviations.tsv"));

    /** Words longer than this are not split (no real glued run of syllables is that long). */
    static final int MAX_RUN = 80;

    private final SyllableInventory syllables;
    private final GluedWord.Acronyms acronyms;

    /**
     * @param syllables the valid and frequent syllables
     * @param abbreviations acronyms kept whole when glued to a word, as they are spelled ("UBND", "TTg")
     */
    public SyllableSplitter(SyllableInventory syllables, Collection<String> abbreviations) {
        this.syllables = Objects.requireNonNull(syllables, "syllables");
        this.acronyms = new GluedWord.Acronyms(abbreviations);
    }

    /** The line with its glued words split; the same instance when there is nothing to split. */
    public String split(String line) {
        StringBuilder out = null;
        int copied = 0;
        int n = line.length();
        int i = 0;
        while (i < n) {
            if (!Letters.isLetter(Letters.info(line.charAt(i)))) {
                i++;
                continue;
            }
            // One pass packs the word as a syllable would be packed, for the common case: it is one.
            int start = i;
            long key = 0;
            int tone = Letters.NGANG;
            boolean packable = true;
            for (int info; i < n && Letters.isLetter(info = Letters.info(line.charAt(i))); i++) {
                int code = Letters.code(info);
                int t = Letters.tone(info);
                packable &= code != 0 && (t == Letters.NGANG || tone == Letters.NGANG);
                tone = t == Letters.NGANG ? tone : t;
                key = key << 5 | code;
            }
            boolean syllable = packable && i - start <= SyllableInventory.MAX_LETTERS
                    && syllables.toned(key, tone) >= 0;
            int[] cuts = syllable ? numberCuts(line, start, i) : cuts(line, start, i);
            if (cuts.length == 0) {
                continue;
            }
            if (out == null) {
                if (isForeign(line)) {
                    return line; // "Résumé of the café’s naïve façade": not Vietnamese words glued together
                }
                out = new StringBuilder(n + 16);
            }
            for (int cut : cuts) {
                out.append(line, copied, cut).append(' ');
                copied = cut;
            }
        }
        if (out == null) {
            return line;
        }
        return out.append(line, copied, n).toString();
    }

    static final int[] NONE = new int[0];

    /**
     * True when at least two of the line's words in lower or title case, and half of them, are neither a
     * syllable nor a run of syllables: the line is in another language, and its words are not to be cut.
     */
    private boolean isForeign(String line) {
        int words = 0;
        int foreign = 0;
        int n = line.length();
        for (int i = 0; i < n; ) {
            if (!Letters.isLetter(Letters.info(line.charAt(i)))) {
                i++;
                continue;
            }
            int start = i;
            boolean lower = false;
            while (i < n && Letters.isLetter(Letters.info(line.charAt(i)))) {
                lower |= Character.isLowerCase(line.charAt(i));
                i++;
            }
            if (!lower) {
                continue; // acronyms and words in capitals say nothing of the language
            }
            words++;
            if (!syllables.contains(line.substring(start, i)) && cuts(line, start, i).length == 0) {
                foreign++;
            }
        }
        return foreign >= 2 && foreign * 2 >= words;
    }

    /**
     * Where spaces go in the word {@code s[start, end)}, which is not one syllable: positions from start to end,
     * none for no change.
     */
    private int[] cuts(String s, int start, int end) {
        if (end - start > MAX_RUN || !mayBeGlued(s, start, end)) {
            return NONE;
        }
        Span span = Span.around(s, start, end);
        if (span == Span.ADDRESS) {
            return NONE;
        }
        GluedWord word = new GluedWord(syllables, acronyms, s, start, end);
        return span == Span.SYMBOL ? word.acronymAndWord() : word.split();
    }

    /**
     * False for what is surely not glued: a word without Vietnamese letters that has neither a small letter
     * before a capital ("choBan") nor capitals before a small letter ("UBNDcho"): "UBND", "online", "Website".
     */
    private static boolean mayBeGlued(String s, int start, int end) {
        boolean upperBefore = false;
        for (int i = start; i < end; i++) {
            int info = Letters.info(s.charAt(i));
            if (Letters.isVietnamese(info)) {
                return true;
            }
            boolean upper = Letters.isUpper(info);
            if (i > start && upper != Letters.isUpper(Letters.info(s.charAt(i - 1))) && (upper || upperBefore)) {
                return true;
            }
            upperBefore = upper && i > start;
        }
        return false;
    }

    /** A syllable with a Vietnamese letter set off from a number it touches: "ngày18", "2011của". */
    private static int[] numberCuts(String s, int start, int end) {
        boolean before = start > 0 && isDigit(s.charAt(start - 1));
        boolean after = end < s.length() && isDigit(s.charAt(end));
        if (!before && !after || end - start < 2 || !hasVietnamese(s, start, end) || !lowerOrTitle(s, start, end)) {
            return NONE;
        }
        if (before && after) {
            return new int[] {start, end};
        }
        return new int[] {before ? start : end};
    }

    static boolean hasVietnamese(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Letters.isVietnamese(Letters.info(s.charAt(i)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerOrTitle(String s, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (Letters.isUpper(Letters.info(s.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    /** What surrounds a word, seen on the rare path only. */
    private enum Span {
        /** Plain text. */
        TEXT,
        /** Touches a digit or a sign of a document symbol: "30c/NQ-CPngày", "KH&ĐTvà". */
        SYMBOL,
        /** Part of a URL or an e-mail address: nothing in it is split. */
        ADDRESS;

        static Span around(String s, int start, int end) {
            int from = start;
            while (from > 0 && !Character.isWhitespace(s.charAt(from - 1))) {
                from--;
            }
            int to = end;
            while (to < s.length() && !Character.isWhitespace(s.charAt(to))) {
                to++;
            }
            if (s.regionMatches(true, from, "www.", 0, 4)) {
                return ADDRESS;
            }
            for (int i = from; i < to; i++) {
                if (s.charAt(i) == '@' || s.startsWith("://", i)) {
                    return ADDRESS;
                }
            }
            return touchesSymbol(s, start - 1, start - 2) || touchesSymbol(s, end, end + 1) ? SYMBOL : TEXT;
        }

        /**
         * The character at {@code at} is a digit or a sign of a symbol: always for _ \\ @ # + = %; for a hyphen,
         * a slash or an ampersand only with a capital or a digit beyond it ("NQ-CP", "55/KH", "KH&ĐT",
         * "COVID-19", not "kinh tế-xã hội", "và/hoặc"); for a full stop or a colon only inside a word ("TP.HCM",
         * "vpcp.gov.vn", not "... công chức.").
         */
        private static boolean touchesSymbol(String s, int at, int beyond) {
            if (at < 0 || at >= s.length()) {
                return false;
            }
            char c = s.charAt(at);
            if (isDigit(c) || "_\\@#+=%".indexOf(c) >= 0) {
                return true;
            }
            if (beyond < 0 || beyond >= s.length()) {
                return false;
            }
            char other = s.charAt(beyond);
            return switch (c) {
                case '-', '/', '&' -> isDigit(other) || Character.isUpperCase(other);
                case '.', ':' -> Character.isLetterOrDigit(other);
                default -> false;
            };
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
