package vn.kehoach.parser.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One word that is not a syllable, and how to cut it ({@link SyllableSplitter} says when). The word is first cut
 * at its case changes into segments, each a run of capitals followed by a run of small letters ("Kế", "hoạch",
 * "CPngày", "ĐẨYMẠNH"); each segment is then cut into syllables by dynamic programming over positions, scored by
 * pieces, then the rarity of the pieces (how seldom they occur: {@link SyllableInventory#rarity}), then later
 * pieces without an onset; on a tie the shorter first piece wins (maximal onset).
 *
 * <p>Not thread-safe: one instance per word, on the splitter's rare path.
 */
final class GluedWord {
    private static final int IMPOSSIBLE = Integer.MAX_VALUE;
    // A way to cut scores PIECE a piece, RARITY a unit of rarity of its pieces, ONSETLESS a later piece without
    // an onset; lower is better, and each weight outweighs the sum of the lighter ones (at most MAX_RUN pieces).
    private static final int PIECE = 1 << 22;
    private static final int RARITY = 1 << 7;
    private static final int ONSETLESS = 1;

    private final SyllableInventory syllables;
    private final Acronyms acronyms;
    private final String s;
    private final int start;
    private final int end;
    private final List<int[]> segments = new ArrayList<>();
    private final boolean vietnamese;

    /** Acronyms kept whole when glued to a word, as they are spelled ("UBND", "TTg"). */
    record Acronyms(Set<String> spellings, int longest) {
        Acronyms(Collection<String> abbreviations) {
            // Only plain letter acronyms can be glued: "KH&ĐT" is read as two runs of letters.
            this(abbreviations.stream().filter(a -> a.chars().allMatch(Character::isLetter))
                    .collect(Collectors.toUnmodifiableSet()));
        }

        private Acronyms(Set<String> spellings) {
            this(spellings, spellings.stream().mapToInt(String::length).max().orElse(0));
        }

        boolean contains(String s, int from, int to) {
            return to - from <= longest && spellings.contains(s.substring(from, to));
        }
    }

    GluedWord(SyllableInventory syllables, Acronyms acronyms, String s, int start, int end) {
        this.syllables = syllables;
        this.acronyms = acronyms;
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
        this.vietnamese = SyllableSplitter.hasVietnamese(s, start, end);
    }

    /**
     * Cuts for a word in plain text. A misspelt syllable often reads as two rare ones, the second without an onset
     * ("xuát" as "xu át"), so a piece after the first that starts with a vowel must be a listed syllable, and
     * without a change of case at least one piece must be.
     */
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
                return SyllableSplitter.NONE;
            }
            if (segments.size() == 1 && best.listed == 0) {
                return SyllableSplitter.NONE; // a misspelt syllable ("xuát", "nguời"), not two rare ones glued
            }
            cuts.addAll(best.cuts);
        }
        return toArray(cuts);
    }

    /** In a symbol, only capitals glued to a small-letter word at the start: "CPngày", "TTgngày". */
    int[] acronymAndWord() {
        if (segments.size() != 1) {
            return SyllableSplitter.NONE;
        }
        int a = start;
        int u = upperEnd(a, end);
        if (u - a < 2 || u == end) {
            return SyllableSplitter.NONE;
        }
        Cut best = acronymHeads(a, end, false);
        return best == null || !vietnamese && best.listed < best.pieces ? SyllableSplitter.NONE : toArray(best.cuts);
    }

    /**
     * A word without Vietnamese letters looks like a foreign word ("contain" is not "con ta in", "online" not
     * "on li ne"), an acronym or folded text ("diem"), so it is cut only at its case changes ("choBan") and after
     * capitals ("UBNDcho"), and only when every piece left is an acronym or a frequent syllable of two letters or
     * more.
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
                return SyllableSplitter.NONE;
            }
            if (u - a >= 2) {
                cuts.add(u);
                a = u; // an acronym, then its word
            }
            if (b - a < 2 || !syllables.isFrequent(s.subSequence(a, b))) {
                return SyllableSplitter.NONE;
            }
        }
        return toArray(cuts);
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
        for (int len = 2; len <= acronyms.longest() && a + len < b; len++) {
            if (len != u - a && (!titleToo || len != u - 1 - a) && acronyms.contains(s, a, a + len)
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
        boolean known = acronyms.contains(s, a, acronymEnd);
        List<Integer> cuts = new ArrayList<>();
        cuts.add(acronymEnd);
        cuts.addAll(rest.cuts);
        int rarity = known ? 0 : syllables.unlistedRarity();
        return new Cut(rest.cost + PIECE + rarity * RARITY, cuts, rest.pieces + 1, rest.listed + (known ? 1 : 0));
    }

    /** A segment all in capitals: syllables ("ĐẨYMẠNH") and known acronyms ("UBNDTỈNH"), or nothing. */
    private Cut upperCase(int a, int b) {
        if (!SyllableSplitter.hasVietnamese(s, a, b) || acronyms.contains(s, a, b)) {
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
            if (syllables.toned(s, from, to) >= 0 && SyllableSplitter.hasVietnamese(s, from, to)) {
                return cut;
            }
            from = to;
        }
        return null;
    }

    /**
     * The best cut of {@code [a, b)} into syllables by dynamic programming over positions, or null; letters
     * before {@code upperEnd} are capitals, and a piece may only cross from them into the small letters at the
     * last capital (title case). With {@code withAcronyms}, known acronyms are pieces too.
     */
    private Cut dynamic(int a, int b, int upperEnd, boolean withAcronyms) {
        int n = b - a;
        int[] cost = new int[n + 1];
        int[] next = new int[n + 1];
        int[] listed = new int[n + 1]; // pieces in the frequent list, from here to the end
        cost[n] = 0;
        for (int p = n - 1; p >= 0; p--) {
            cost[p] = IMPOSSIBLE;
            int longest = Math.min(n - p,
                    Math.max(SyllableInventory.MAX_LETTERS, withAcronyms ? acronyms.longest() : 0));
            for (int len = 1; len <= longest; len++) { // on a tie the shorter piece wins: maximal onset
                int q = p + len;
                if (cost[q] == IMPOSSIBLE) {
                    continue;
                }
                int piece = pieceCost(a + p, a + q, upperEnd, withAcronyms);
                if (piece == IMPOSSIBLE) {
                    continue;
                }
                int total = piece + cost[q];
                if (total < cost[p]) {
                    cost[p] = total;
                    next[p] = q;
                    listed[p] = listed[q] + (isListed(piece) ? 1 : 0);
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
        return new Cut(cost[0], cuts, cuts.size() + 1, listed[0]);
    }

    private int pieceCost(int from, int to, int upperEnd, boolean withAcronyms) {
        if (from < upperEnd && to > upperEnd && from != upperEnd - 1) {
            return IMPOSSIBLE; // "CPngày" is not one piece
        }
        long key = to - from <= SyllableInventory.MAX_LETTERS ? syllables.toned(s, from, to) : -1;
        if (key < 0) {
            return withAcronyms && acronyms.contains(s, from, to) ? PIECE : IMPOSSIBLE;
        }
        int rarity = syllables.rarity(key);
        boolean onsetless = from != start && isVowel(from);
        if (onsetless && rarity >= syllables.unlistedRarity()) {
            return IMPOSSIBLE; // a misspelt syllable reads so: "xuát" as "xu át", "nguời" as "ngu ời"
        }
        return PIECE + rarity * RARITY + (onsetless ? ONSETLESS : 0);
    }

    private boolean isListed(int pieceCost) {
        return pieceCost % PIECE / RARITY < syllables.unlistedRarity();
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

    /** One way to cut: its score (lower is better), where the spaces go, its pieces and how many are listed. */
    private record Cut(int cost, List<Integer> cuts, int pieces, int listed) {
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
