package vn.kehoach.parser.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.kehoach.parser.Vocabulary;

/**
 * Splits words that careless extraction glued together ("ĐẨYMẠNH" → "ĐẨY MẠNH", "côngvụ" → "công vụ",
 * "Kếhoạch" → "Kế hoạch", "30c/NQ-CPngày" → "30c/NQ-CP ngày"), inserting single spaces.
 *
 * <p>A word (a run of letters) is split only when it cannot be one Vietnamese syllable ({@link SyllableInventory})
 * and it can be cut entirely into valid syllables. Among the ways to cut it the splitter takes, in this order:
 * the fewest pieces; then the fewest pieces missing from the frequent syllables ({@code frequent-syllables.txt}:
 * "nền hành", not "nềnh ành"); then the fewest pieces after the first that start with a vowel; then the
 * shortest first piece, so that consonants between two vowels go to the onset of the next syllable (the maximal
 * onset principle: "chí trong", not "chít rong"). A lower-case letter followed by a capital is always a cut
 * ("củaTrung"), and capitals glued to a lower-case word are an acronym or a symbol kept whole ("CPngày" →
 * "CP ngày", "TTgngày" → "TTg ngày", "UBNDTỉnh" → "UBND Tỉnh").
 *
 * <p>Left alone: every valid syllable, however long ("nghiêng", "khuỷu"); words of capitals that are not
 * syllables (acronyms: "UBND", "HĐND", "CCCVCC"); words without a letter particular to Vietnamese (foreign words
 * and acronyms: "online", "Internet", "ISO"), unless a change of case joins frequent syllables ("choBan");
 * whole URLs and e-mail addresses; and, next to digits and the signs of document symbols ({@code / & - . : _}),
 * everything but the acronym-and-word split above. A Vietnamese word touching a number is set off from it
 * ("ngày18/10/2012" → "ngày 18/10/2012"). A word that cannot be cut entirely into syllables stays whole.
 *
 * <p>A line with nothing to split is returned as the same instance. Thread-safe; immutable.
 */
public final class SyllableSplitter {
    /** With the syllables and the abbreviations shipped with the parser. */
    public static final SyllableSplitter DEFAULT = new SyllableSplitter(SyllableInventory.DEFAULT,
            Vocabulary.words("abbreviations.tsv"));

    /** Words longer than this are not split (no real glued run of syllables is that long). */
    static final int MAX_RUN = 80;

    private static final int IMPOSSIBLE = Integer.MAX_VALUE;
    // A way to cut is scored by pieces, then pieces not frequent, then later pieces without an onset.
    private static final int PIECE = 1 << 20;
    private static final int RARE = 1 << 10;
    private static final int ONSETLESS = 1;

    private final SyllableInventory syllables;
    private final Set<String> abbreviations = new HashSet<>();
    private final int longestAbbreviation;

    /**
     * @param syllables the valid and frequent syllables
     * @param abbreviations acronyms kept whole when glued to a word, as they are spelled ("UBND", "TTg")
     */
    public SyllableSplitter(SyllableInventory syllables, Collection<String> abbreviations) {
        this.syllables = syllables;
        int longest = 0;
        for (String a : abbreviations) {
            // Only plain letter acronyms can be glued: "KH&ĐT" is read as two runs of letters.
            if (a.chars().allMatch(Character::isLetter)) {
                this.abbreviations.add(a);
                longest = Math.max(longest, a.length());
            }
        }
        this.longestAbbreviation = longest;
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
            boolean syllable = packable && i - start <= SyllableInventory.MAX_LETTERS && syllables.toned(key, tone) >= 0;
            int[] cuts = syllable ? numberCuts(line, start, i) : cuts(line, start, i);
            if (cuts.length == 0) {
                continue;
            }
            if (out == null) {
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

    private static final int[] NONE = new int[0];

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
        Word word = new Word(s, start, end);
        if (span == Span.SYMBOL) {
            return word.acronymAndWord();
        }
        return word.split();
    }

    /** False for a word of capitals without Vietnamese letters, an acronym: "UBND", "ISO", "XII". */
    private static boolean mayBeGlued(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            int info = Letters.info(s.charAt(i));
            if (Letters.isVietnamese(info) || !Letters.isUpper(info)) {
                return true;
            }
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasVietnamese(String s, int start, int end) {
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
         * The character at {@code at} is a digit or a sign of a symbol: always for / & _ \\ @ # + = %; for a
         * hyphen only with a capital or a digit beyond it ("NQ-CP", "COVID-19", not "kinh tế-xã hội"); for a
         * full stop or a colon only inside a word ("TP.HCM", "vpcp.gov.vn", not "... công chức.").
         */
        private static boolean touchesSymbol(String s, int at, int beyond) {
            if (at < 0 || at >= s.length()) {
                return false;
            }
            char c = s.charAt(at);
            if (isDigit(c) || "/&_\\@#+=%".indexOf(c) >= 0) {
                return true;
            }
            if (beyond < 0 || beyond >= s.length()) {
                return false;
            }
            char other = s.charAt(beyond);
            return switch (c) {
                case '-' -> isDigit(other) || Character.isUpperCase(other);
                case '.', ':' -> Character.isLetterOrDigit(other);
                default -> false;
            };
        }
    }

    /**
     * One word that is not a syllable, cut at its case changes into segments, each a run of capitals followed by
     * a run of small letters ("Kế", "hoạch", "CPngày", "ĐẨYMẠNH").
     */
    private final class Word {
        private final String s;
        private final int start;
        private final int end;
        private final List<int[]> segments = new ArrayList<>();
        private final boolean vietnamese;

        Word(String s, int start, int end) {
            this.s = s;
            this.start = start;
            this.end = end;
            int from = start;
            for (int i = start + 1; i < end; i++) {
                if (!isUpper(i - 1) && isUpper(i)) {
                    segments.add(new int[] {from, i});
                    from = i;
                }
            }
            segments.add(new int[] {from, end});
            this.vietnamese = hasVietnamese(s, start, end);
        }

        /** Cuts for a word in plain text. */
        int[] split() {
            if (!vietnamese) {
                return plainLetters();
            }
            List<Integer> cuts = new ArrayList<>();
            for (int k = 0; k < segments.size(); k++) {
                int a = segments.get(k)[0];
                int b = segments.get(k)[1];
                if (k > 0) {
                    cuts.add(a);
                }
                Cut best = bestOfSegment(a, b);
                if (best == null && segments.size() > 1 && upperEnd(a, b) == b && b - a >= 2) {
                    continue; // an acronym glued to words: "củaUBND"
                }
                if (best == null) {
                    return NONE;
                }
                cuts.addAll(best.cuts);
            }
            return toArray(cuts);
        }

        /** In a symbol, only capitals glued to a small-letter word at the start: "CPngày", "TTgngày". */
        int[] acronymAndWord() {
            if (segments.size() != 1) {
                return NONE;
            }
            int a = start;
            int u = upperEnd(a, end);
            if (u - a < 2 || u == end) {
                return NONE;
            }
            Cut best = acronymHeads(a, end, false);
            return best == null || !vietnamese && !allFrequent(best) ? NONE : toArray(best.cuts);
        }

        /**
         * A word without Vietnamese letters (what foreign words and acronyms look like) is cut only into frequent
         * syllables of two letters or more: at its case changes ("choBan"), after capitals ("UBNDcho"), and inside
         * a run of small letters only when a piece ends in a consonant or starts with two consonant letters, a
         * shape that loans such as "taxi", "data" or "camera" do not have ("anninh" → "an ninh").
         */
        private int[] plainLetters() {
            List<Integer> cuts = new ArrayList<>();
            for (int k = 0; k < segments.size(); k++) {
                int a = segments.get(k)[0];
                int b = segments.get(k)[1];
                int u = upperEnd(a, b);
                if (k > 0) {
                    cuts.add(a);
                }
                if (u == b) {
                    if (b - a >= 2 && segments.size() > 1) {
                        continue; // an acronym between words
                    }
                    return NONE;
                }
                if (u - a >= 2) {
                    cuts.add(u);
                    a = u; // an acronym, then its word
                }
                Cut cut = dynamic(a, b, u, false);
                if (cut == null || !plainPieces(a, b, cut.cuts)) {
                    return NONE;
                }
                cuts.addAll(cut.cuts);
            }
            return toArray(cuts);
        }

        private boolean plainPieces(int a, int b, List<Integer> cuts) {
            boolean shaped = cuts.isEmpty();
            int from = a;
            for (int i = 0; i <= cuts.size(); i++) {
                int to = i < cuts.size() ? cuts.get(i) : b;
                if (to - from < 2 || !syllables.isFrequent(s.subSequence(from, to))) {
                    return false;
                }
                shaped |= !isVowel(to - 1) || !isVowel(from) && !isVowel(from + 1);
                from = to;
            }
            return shaped;
        }

        /** The best way to cut one segment into pieces, or null. */
        private Cut bestOfSegment(int a, int b) {
            int u = upperEnd(a, b);
            if (u == b) {
                return upperCase(a, b);
            }
            if (u - a <= 1) {
                return dynamic(a, b, u, false);
            }
            return acronymHeads(a, b, true);
        }

        /** Capitals then small letters: an acronym, then a word; or an acronym, then a word in title case. */
        private Cut acronymHeads(int a, int b, boolean titleToo) {
            int u = upperEnd(a, b);
            Cut best = null;
            best = better(best, acronymThen(a, u, b, u));
            if (titleToo && u - 1 - a >= 2) {
                best = better(best, acronymThen(a, u - 1, b, u));
            }
            for (int len = 2; len <= longestAbbreviation && a + len < b; len++) {
                if (len != u - a && (!titleToo || len != u - 1 - a) && abbreviations.contains(s.substring(a, a + len))
                        && (a + len >= u || titleToo)) {
                    best = better(best, acronymThen(a, a + len, b, Math.max(u, a + len)));
                }
            }
            return best;
        }

        private Cut acronymThen(int a, int acronymEnd, int b, int upperEnd) {
            Cut rest = dynamic(acronymEnd, b, upperEnd, false);
            if (rest == null) {
                return null;
            }
            boolean known = abbreviations.contains(s.substring(a, acronymEnd));
            List<Integer> cuts = new ArrayList<>();
            cuts.add(acronymEnd);
            cuts.addAll(rest.cuts);
            return new Cut(rest.cost + PIECE + (known ? 0 : RARE), cuts, rest.frequentOnly && known);
        }

        /** A segment all in capitals: syllables ("ĐẨYMẠNH") and known acronyms ("UBNDTỈNH"), or nothing. */
        private Cut upperCase(int a, int b) {
            if (!hasVietnamese(s, a, b) || abbreviations.contains(s.substring(a, b))) {
                return null;
            }
            Cut cut = dynamic(a, b, b, true);
            if (cut == null || cut.cuts.isEmpty() && segments.size() == 1) {
                return null;
            }
            // Acronyms alone ("BCĐCCCVCC") are not split: a syllable with a Vietnamese letter must be among them.
            int from = a;
            for (int i = 0; i <= cut.cuts.size(); i++) {
                int to = i < cut.cuts.size() ? cut.cuts.get(i) : b;
                if (syllables.toned(s, from, to) >= 0 && hasVietnamese(s, from, to)) {
                    return cut;
                }
                from = to;
            }
            return null;
        }

        /**
         * The best cut of {@code [a, b)} into syllables by dynamic programming over positions, or null; letters
         * before {@code upperEnd} are capitals, and a piece may only cross from them into the small letters at the
         * last capital (title case). With {@code acronyms}, known acronyms are pieces too.
         */
        private Cut dynamic(int a, int b, int upperEnd, boolean acronyms) {
            int n = b - a;
            int[] cost = new int[n + 1];
            int[] next = new int[n + 1];
            boolean[] frequentOnly = new boolean[n + 1];
            cost[n] = 0;
            frequentOnly[n] = true;
            for (int p = n - 1; p >= 0; p--) {
                cost[p] = IMPOSSIBLE;
                int longest = Math.min(n - p, Math.max(SyllableInventory.MAX_LETTERS, acronyms ? longestAbbreviation : 0));
                for (int len = 1; len <= longest; len++) { // on a tie the shorter piece wins: maximal onset
                    int q = p + len;
                    if (cost[q] == IMPOSSIBLE) {
                        continue;
                    }
                    int piece = pieceCost(a + p, a + q, upperEnd, acronyms);
                    if (piece == IMPOSSIBLE) {
                        continue;
                    }
                    int total = piece + cost[q];
                    if (total < cost[p]) {
                        cost[p] = total;
                        next[p] = q;
                        frequentOnly[p] = frequentOnly[q] && piece % PIECE < RARE;
                    }
                }
            }
            if (cost[0] == IMPOSSIBLE) {
                return null;
            }
            List<Integer> cuts = new ArrayList<>();
            for (int p = next[0]; p < n; p = next[p]) {
                cuts.add(a + p);
            }
            return new Cut(cost[0], cuts, frequentOnly[0]);
        }

        private int pieceCost(int from, int to, int upperEnd, boolean acronyms) {
            if (from < upperEnd && to > upperEnd && from != upperEnd - 1) {
                return IMPOSSIBLE; // "CPngày" is not one piece
            }
            long key = to - from <= SyllableInventory.MAX_LETTERS ? syllables.toned(s, from, to) : -1;
            if (key < 0) {
                return acronyms && abbreviations.contains(s.substring(from, to)) ? PIECE : IMPOSSIBLE;
            }
            int cost = PIECE;
            if (!syllables.isFrequent(key)) {
                cost += RARE;
            }
            if (from != start && isVowel(from)) {
                cost += ONSETLESS;
            }
            return cost;
        }

        private boolean allFrequent(Cut cut) {
            return cut.frequentOnly;
        }

        private boolean isUpper(int i) {
            return Letters.isUpper(Letters.info(s.charAt(i)));
        }

        private int upperEnd(int a, int b) {
            int u = a;
            while (u < b && isUpper(u)) {
                u++;
            }
            return u;
        }

        private boolean isVowel(int i) {
            int code = Letters.code(Letters.info(s.charAt(i)));
            return code > 0 && "aăâeêioôơuưy".indexOf(Letters.ALPHABET.charAt(code - 1)) >= 0;
        }
    }

    /** One way to cut: its score (lower is better), where the spaces go, and whether every piece is frequent. */
    private record Cut(int cost, List<Integer> cuts, boolean frequentOnly) {
    }

    private static Cut better(Cut a, Cut b) {
        if (a == null) {
            return b;
        }
        return b == null || a.cost <= b.cost ? a : b;
    }

    private static int[] toArray(List<Integer> cuts) {
        int[] out = new int[cuts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cuts.get(i);
        }
        return out;
    }
}
